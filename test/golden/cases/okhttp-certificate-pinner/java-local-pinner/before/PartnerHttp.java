package golden.okhttp_certificate_pinner.java_local_pinner;

import java.util.concurrent.TimeUnit;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/** Client for the partner API. */
public final class PartnerHttp {
    private static final String PARTNER_HOST = "partner.shop.example";
    private static final String PARTNER_PIN = "sha256/PeIsuIkxbRtvwdJwIIay7/KUjsvnB0zj5EekaoBkemE=";

    private static volatile OkHttpClient client;

    private PartnerHttp() {}

    public static OkHttpClient get() {
        OkHttpClient local = client;
        if (local == null) {
            synchronized (PartnerHttp.class) {
                local = client;
                if (local == null) {
                    CertificatePinner pinner = new CertificatePinner.Builder()
                            .add(PARTNER_HOST, PARTNER_PIN)
                            .add(PARTNER_HOST, "sha256/G2+ZfQpiC95LZnFubx4VM+SQAWcnfcx5g3w0XJmgols=")
                            .build();
                    local = new OkHttpClient.Builder()
                            .certificatePinner(pinner)
                            .connectTimeout(20, TimeUnit.SECONDS)
                            .build();
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
