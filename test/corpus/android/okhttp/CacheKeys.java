package com.northwind.travel.cache;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/** Cache keys are SHA-256 digests; the client uses OkHttp's default (empty) pinner. */
public final class CacheKeys {

    // Digest of the empty string, used as the key of the root listing (not a pin).
    static final String EMPTY_DIGEST = "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    private final List<String> seen = new ArrayList<>();

    OkHttpClient client() {
        return new OkHttpClient.Builder().certificatePinner(CertificatePinner.DEFAULT).build();
    }

    String key(String url) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes("UTF-8"));
        String key = "sha256/" + Base64.getEncoder().encodeToString(digest);
        seen.add(key);
        return key;
    }

    boolean isRoot(String key) {
        return EMPTY_DIGEST.equals(key);
    }
}
