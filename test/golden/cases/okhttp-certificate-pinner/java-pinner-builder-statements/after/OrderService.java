package golden.okhttp_certificate_pinner.java_pinner_builder_statements;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import io.approov.service.okhttp.ApproovService;

/** Client for the order service and the payment partner. */
public final class OrderService {

    private static final String ORDERS_HOST = "orders.shop.example";

    private OrderService() {
    }

    public static OkHttpClient create() {
        ApproovService.setOkHttpClientBuilder(new OkHttpClient.Builder()
                .readTimeout(30, TimeUnit.SECONDS));
        return ApproovService.getOkHttpClient();
    }

    public static String ordersUrl(String path) {
        return "https://" + ORDERS_HOST + path;
    }
}
