package golden.lint_tls_check_suppressed.java_stale_annotation;

import android.annotation.SuppressLint;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;

public final class ImageLoader {
    /** The client for image downloads (the trust-all manager of the old CDN is gone). */
    @SuppressLint("TrustAllX509TrustManager")
    public static OkHttpClient client() {
        return new OkHttpClient.Builder()
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }
}
