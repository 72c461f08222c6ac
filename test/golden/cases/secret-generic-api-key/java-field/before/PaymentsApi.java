package golden.secret_generic_api_key.java_field;

import java.util.HashMap;
import java.util.Map;

public class PaymentsApi {
    private static final String CLIENT_SECRET = "p8Hq2ZtV7wLk4RnX9cYb3MfJ6sDg1TaE";

    public Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-Client-Secret", CLIENT_SECRET);
        return headers;
    }

    static final class Retry {
        int attempts = 3;
    }
}
