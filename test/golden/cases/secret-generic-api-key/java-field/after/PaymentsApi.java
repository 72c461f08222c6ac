package golden.secret_generic_api_key.java_field;

import java.util.HashMap;
import java.util.Map;
import io.approov.service.okhttp.ApproovService;
import io.approov.service.okhttp.ApproovException;

public class PaymentsApi {
    /** An Approov secure string, fetched at runtime on every use (register it with `approov secstrings`). */
    private static String approovSecureString(String key) {
        try {
            return ApproovService.fetchSecureString(key, null);
        } catch (ApproovException e) {
            throw new IllegalStateException("Approov secure string " + key + " is not available", e);
        }
    }

    private static final String CLIENT_SECRET = approovSecureString("CLIENT_SECRET");

    public Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Client-Secret", CLIENT_SECRET);
        return headers;
    }

    static final class Retry {
        int attempts = 3;
    }
}
