package golden.okhttp_certificate_pinner.java_builder_variable_pins_array;

import java.util.concurrent.TimeUnit;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import io.approov.service.okhttp.ApproovService;

class SyncClientFactory {

    private final Interceptor auth;

    SyncClientFactory(Interceptor auth) {
        this.auth = auth;
    }

    OkHttpClient create() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .readTimeout(60, TimeUnit.SECONDS);
        builder.addInterceptor(auth);
        ApproovService.setOkHttpClientBuilder(builder);
        return ApproovService.getOkHttpClient();
    }
}
