package golden.okhttp_certificate_pinner.java_local_pinner;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import io.approov.service.okhttp.ApproovService;

/** Client for the partner API. */
public final class PartnerHttp {
    private static final String PARTNER_HOST = "partner.shop.example";

    private static volatile OkHttpClient client;

    private PartnerHttp() {}

    public static OkHttpClient get() {
        OkHttpClient local = client;
        if (local == null) {
            synchronized (PartnerHttp.class) {
                local = client;
                if (local == null) {
                    ApproovService.setOkHttpClientBuilder(new OkHttpClient.Builder()
                            .connectTimeout(20, TimeUnit.SECONDS));
                    local = ApproovService.getOkHttpClient();
                    client = local;
                }
            }
        }
        return local;
    }

    public static String baseUrl() {
        return "https://" + PARTNER_HOST + "/v1/";
    }
}
