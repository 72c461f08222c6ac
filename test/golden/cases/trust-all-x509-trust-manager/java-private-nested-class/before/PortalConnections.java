package golden.trust_all_x509_trust_manager.java_private_nested_class;

import java.io.IOException;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class PortalConnections {
    private static class TrustAllManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }

    public HttpsURLConnection open(String url) throws IOException, GeneralSecurityException {
        HttpsURLConnection c = (HttpsURLConnection) new URL(url).openConnection();
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new TrustAllManager()}, null);
        c.setSSLSocketFactory(ctx.getSocketFactory());
        return c;
    }
}
