package org.civicdesk.staff.net;

import android.content.Context;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Connections to the council intranet, whose certificate is issued by the council's own CA
 * (exported from the browser and saved as assets/intranet_ca.crt).
 */
public final class IntranetConnection {

    private final Context context;
    private SSLContext sslContext;

    public IntranetConnection(Context context) {
        this.context = context;
    }

    public HttpsURLConnection open(String address) throws IOException, GeneralSecurityException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(address).openConnection();
        connection.setSSLSocketFactory(sslContext().getSocketFactory());
        return connection;
    }

    private synchronized SSLContext sslContext() throws IOException, GeneralSecurityException {
        if (sslContext != null) {
            return sslContext;
        }
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        Certificate ca;
        InputStream caInput = new BufferedInputStream(context.getAssets().open("intranet_ca.crt")); // ph-expect: android-bundled-trust-store
        try {
            ca = cf.generateCertificate(caInput);
        } finally {
            caInput.close();
        }

        String keyStoreType = KeyStore.getDefaultType();
        KeyStore keyStore = KeyStore.getInstance(keyStoreType);
        keyStore.load(null, null);
        keyStore.setCertificateEntry("ca", ca);

        String tmfAlgorithm = TrustManagerFactory.getDefaultAlgorithm();
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(tmfAlgorithm);
        tmf.init(keyStore);

        sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, tmf.getTrustManagers(), null);
        return sslContext;
    }
}
