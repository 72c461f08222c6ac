package golden.apache_trust_all_strategy.java_anonymous_strategy_file;

import java.io.File;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;

import org.apache.http.ssl.SSLContexts;
import org.apache.http.ssl.TrustStrategy;

public class TrustFile {
    public static SSLContext fromFile(File trustStore, char[] password) throws Exception {
        TrustStrategy trustAll = new TrustStrategy() {
            @Override
            public boolean isTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                return true;
            }
        };
        return SSLContexts.custom().loadTrustMaterial(trustStore, password, trustAll).build();
    }
}
