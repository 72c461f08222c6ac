package golden.okhttp_certificate_pinner.java_pinner_builder_statements;

import java.util.concurrent.TimeUnit;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/** Client for the order service and the payment partner. */
public final class OrderService {

    private static final String ORDERS_HOST = "orders.shop.example";
    private static final String PARTNER_HOST = "partner.shop.example";

    /** Partner pins: current key and the backup registered with the CA. */
    private static final String[] PARTNER_PINS = new String[] {
            "sha256/MMszpx+VnsWg84XHBJZdWSFOmsCwqgBU1JFQgpQoexU=",
            "sha256/yof6eF2sswR1Hc8Bt1q94vFDWHbeocgxmZ8ACMDlRT8=",
    };

    private OrderService() {
    }

    public static OkHttpClient create() {
        CertificatePinner.Builder pins = new CertificatePinner.Builder();
        // Current key, then the backup key.
        pins.add(ORDERS_HOST, "sha256/jjRHHgZQ6eLKVE3G6FpG5B+0R3W9aquaKnes77cD20s=");
        pins.add(ORDERS_HOST, "sha256/jPuD89jiXy/oz6ThK6IJng3W/eKZ0ciJvYoUOXLUrIY=");
        pins.add(PARTNER_HOST, PARTNER_PINS);

        return new OkHttpClient.Builder()
                .certificatePinner(pins.build())
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    public static String ordersUrl(String path) {
        return "https://" + ORDERS_HOST + path;
    }
}
