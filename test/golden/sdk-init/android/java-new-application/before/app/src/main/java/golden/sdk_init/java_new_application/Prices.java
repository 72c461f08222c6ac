package golden.sdk_init.java_new_application;

import java.util.ArrayList;
import java.util.List;

/** Prices as the server sends them, in cents. */
public final class Prices {
    private final List<Long> cents = new ArrayList<>();

    public void add(long value) {
        cents.add(value);
    }

    public long total() {
        long sum = 0;
        for (long c : cents) sum += c;
        return sum;
    }
}
