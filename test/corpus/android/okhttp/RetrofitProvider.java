package com.northwind.travel.data;

import com.northwind.travel.BuildConfig;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

public class RetrofitProvider {

    private static Retrofit retrofit;

    public static synchronized Retrofit get() {
        if (retrofit == null) {
            OkHttpClient okHttp = new OkHttpClient.Builder()
                    .certificatePinner(
                            new CertificatePinner.Builder()
                                    .add(BuildConfig.API_HOST, // ph-expect: okhttp-certificate-pinner
                                            "sha256/u8sFh5PO06rPK8huBj4oZkjOMaFvoPwOf8kC3Rlw7ec=") // ph-expect: pin-no-backup
                                    .add(BuildConfig.API_HOST,
                                            BuildConfig.API_PIN_BACKUP)
                                    .build())
                    .build();
            retrofit = new Retrofit.Builder()
                    .baseUrl("https://" + BuildConfig.API_HOST + "/")
                    .client(okHttp)
                    .addConverterFactory(GsonConverterFactory.create())
                    .build();
        }
        return retrofit;
    }
}
