package golden.okhttp_certificate_pinner.java_crlf;

import okhttp3.OkHttpClient;
import io.approov.service.okhttp.ApproovService;

public class WindowsClient {
    public OkHttpClient client() {
        ApproovService.setOkHttpClientBuilder(new OkHttpClient.Builder());
        OkHttpClient client = ApproovService.getOkHttpClient();
        return client;
    }
}
