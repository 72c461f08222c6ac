package com.larkspur.recipes.data;

import android.content.Context;

import com.android.volley.RequestQueue;
import com.android.volley.toolbox.HurlStack;
import com.android.volley.toolbox.Volley;

import java.io.InputStream;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Volley queue for the recipe API; its BKS trust store lives in res/raw/recipes_truststore.bks. */
public final class VolleyQueueFactory {

    private static final char[] TRUST_STORE_PASSWORD = "recipes".toCharArray();

    private VolleyQueueFactory() {
    }

    public static RequestQueue create(Context context) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(loadTrustStore(context));
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, tmf.getTrustManagers(), null);
        return Volley.newRequestQueue(context, new HurlStack(null, sslContext.getSocketFactory()));
    }

    private static KeyStore loadTrustStore(Context context) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("BKS");
        InputStream in = context.getResources().openRawResource(R.raw.recipes_truststore); // ph-expect: android-bundled-trust-store
        try {
            trustStore.load(in, TRUST_STORE_PASSWORD);
        } finally {
            in.close();
        }
        return trustStore;
    }
}
