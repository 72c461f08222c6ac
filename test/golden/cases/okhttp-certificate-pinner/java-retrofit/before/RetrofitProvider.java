package golden.okhttp_certificate_pinner.java_retrofit;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

public class RetrofitProvider {
    private static final String API_HOST = "api.northwind.example";

    private static Retrofit retrofit;

    public static synchronized Retrofit get() {
        if (retrofit == null) {
            OkHttpClient okHttp = new OkHttpClient.Builder()
                    .certificatePinner(new CertificatePinner.Builder()
                            .add(API_HOST, "sha256/akwmrCWAV6Mf5ZlA/E6kn2JfD5BPlHTjDCe0TTnVOcQ=")
                            .add(API_HOST, "sha256/f5sDAjUEeVhWhwByPneRAfWsDMPb28Q2X1COyHBuHkw=")
                            .build())
                    .build();
            retrofit = new Retrofit.Builder()
                    .baseUrl("https://" + API_HOST + "/")
                    .client(okHttp)
                    .build();
        }
        return retrofit;
    }
}
