package golden.apache_trust_all_strategy.java_keystore_strategy;

import java.security.KeyStore;

import javax.net.ssl.SSLContext;

import org.apache.http.ssl.SSLContexts;

public class KeyStoreContext {
    public static SSLContext create(KeyStore trustStore) throws Exception {
        return SSLContexts.custom()
                .loadTrustMaterial(trustStore, null)
                .build();
    }
}
