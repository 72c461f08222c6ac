package golden.allow_all_hostname_verifier.java_legacy_setter;

import java.security.KeyStore;

import org.apache.http.conn.ssl.SSLSocketFactory;

public class LegacySocketFactory {
    public static SSLSocketFactory create(KeyStore trustStore) throws Exception {
        SSLSocketFactory socketFactory = new SSLSocketFactory(trustStore);
        socketFactory.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);
        return socketFactory;
    }
}
