package golden.allow_all_hostname_verifier.java_socket_factory_argument;

import javax.net.ssl.SSLContext;

import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

public class SocketFactories {
    public static SSLConnectionSocketFactory lenient(SSLContext context) {
        return new SSLConnectionSocketFactory(context, new NoopHostnameVerifier());
    }

    public static SSLConnectionSocketFactory tls12(SSLContext context) {
        return new SSLConnectionSocketFactory(context, new String[] {"TLSv1.2"}, null, NoopHostnameVerifier.INSTANCE);
    }
}
