package golden.apache_trust_all_strategy.java_anonymous_strategy_file;

import java.io.File;

import javax.net.ssl.SSLContext;

import org.apache.http.ssl.SSLContexts;

public class TrustFile {
    public static SSLContext fromFile(File trustStore, char[] password) throws Exception {
        return SSLContexts.custom().loadTrustMaterial(trustStore, password).build();
    }
}
