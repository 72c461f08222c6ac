package golden.ssl_certificate_socket_factory_insecure.java_socket_factory;

import android.content.Context;
import android.net.SSLCertificateSocketFactory;
import android.net.SSLSessionCache;

import javax.net.ssl.SSLSocketFactory;

public class RawSocketClient {
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

    public SSLSocketFactory socketFactory(Context context) {
        SSLSessionCache cache = new SSLSessionCache(context);
        return SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache);
    }
}
