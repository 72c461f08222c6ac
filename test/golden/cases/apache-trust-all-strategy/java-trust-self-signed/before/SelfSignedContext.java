package golden.apache_trust_all_strategy.java_trust_self_signed;

import javax.net.ssl.SSLContext;

import org.apache.http.conn.ssl.TrustSelfSignedStrategy;
import org.apache.http.ssl.SSLContextBuilder;

public class SelfSignedContext {
    public static SSLContext create() throws Exception {
        return new SSLContextBuilder().loadTrustMaterial(null, new TrustSelfSignedStrategy()).build();
    }
}
