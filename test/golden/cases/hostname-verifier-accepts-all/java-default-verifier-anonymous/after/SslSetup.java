package golden.hostname_verifier_accepts_all.java_default_verifier_anonymous;

import javax.net.ssl.HttpsURLConnection;

public class SslSetup {
    public static void install() {
        HttpsURLConnection.setFollowRedirects(true);
    }
}
