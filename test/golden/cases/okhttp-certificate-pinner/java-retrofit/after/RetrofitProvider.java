package golden.okhttp_certificate_pinner.java_retrofit;

import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import io.approov.service.retrofit.ApproovService;

public class RetrofitProvider {
    private static final String API_HOST = "api.northwind.example";

    private static Retrofit retrofit;

    public static synchronized Retrofit get() {
        if (retrofit == null) {
            ApproovService.setOkHttpClientBuilder(new OkHttpClient.Builder());
            retrofit = ApproovService.getRetrofit(new Retrofit.Builder()
                    .baseUrl("https://" + API_HOST + "/"));
        }
        return retrofit;
    }
}
