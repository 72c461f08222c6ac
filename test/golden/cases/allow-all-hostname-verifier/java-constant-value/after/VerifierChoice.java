package golden.allow_all_hostname_verifier.java_constant_value;

import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.conn.ssl.X509HostnameVerifier;

public class VerifierChoice {
    public static X509HostnameVerifier forEnvironment(boolean strict) {
        return strict ? SSLSocketFactory.STRICT_HOSTNAME_VERIFIER : SSLSocketFactory.BROWSER_COMPATIBLE_HOSTNAME_VERIFIER;
    }
}
