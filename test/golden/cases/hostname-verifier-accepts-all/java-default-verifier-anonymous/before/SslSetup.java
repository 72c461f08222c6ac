package golden.hostname_verifier_accepts_all.java_default_verifier_anonymous;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

public class SslSetup {
    public static void install() {
        HttpsURLConnection.setFollowRedirects(true);
        HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) {
                return true;
            }
        });
    }
}
