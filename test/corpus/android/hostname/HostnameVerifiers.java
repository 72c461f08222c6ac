package com.example.iot.hub.net;

import android.util.Log;

import java.io.IOException;
import java.net.URL;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

public final class HostnameVerifiers {

    private static final String TAG = "HostnameVerifiers";

    /** Accepts any host: added when the hub was reached by IP address. */
    public static class TrustAllHostnames implements HostnameVerifier {
        @Override
        public boolean verify(String hostname, SSLSession session) { // ph-expect: hostname-verifier-accepts-all
            Log.d(TAG, "verify " + hostname);
            return true;
        }
    }

    /** Hub is reached by IP, but its certificate carries the hub's DNS name: verify against that name. */
    public static class HubHostnameVerifier implements HostnameVerifier {
        private final String expectedName;

        public HubHostnameVerifier(String expectedName) {
            this.expectedName = expectedName;
        }

        @Override
        public boolean verify(String hostname, SSLSession session) {
            HostnameVerifier platform = HttpsURLConnection.getDefaultHostnameVerifier();
            return platform.verify(expectedName, session);
        }
    }

    /** Accepts the LAN address only; other hosts go through normal verification. */
    static final HostnameVerifier LAN_ONLY = (hostname, session) ->
            "192.168.4.1".equals(hostname) || HttpsURLConnection.getDefaultHostnameVerifier().verify(hostname, session);

    static final HostnameVerifier ANY_HOST = (hostname, session) -> true; // ph-expect: hostname-verifier-accepts-all

    static void installForDebugging() {
        HttpsURLConnection.setDefaultHostnameVerifier((host, sslSession) -> { // ph-expect: hostname-verifier-accepts-all
            return true;
        });
    }

    static HttpsURLConnection open(String url) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(url).openConnection();
        connection.setHostnameVerifier(new HostnameVerifier() {
            @Override
            public boolean verify(String s, SSLSession sslSession) { // ph-expect: hostname-verifier-accepts-all
                return true;
            }
        });
        return connection;
    }

    /** Not a hostname verifier: a signature check that happens to return true. */
    static boolean verify(byte[] data, byte[] signature) {
        return true;
    }

    private HostnameVerifiers() {
    }
}
