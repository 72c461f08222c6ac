package com.example.mqtt.transport;

import android.net.SSLCertificateSocketFactory;
import android.net.SSLSessionCache;

import java.io.IOException;
import java.net.Socket;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocket;

/** Opens TLS sockets for the MQTT broker. */
public final class LegacySocketFactory {

    private static final int HANDSHAKE_TIMEOUT_MS = 15_000;

    public static SocketFactory forBroker(SSLSessionCache cache, boolean selfSignedBroker) {
        if (selfSignedBroker) {
            // Broker in the field uses a self-signed certificate.
            return SSLCertificateSocketFactory.getInsecure(HANDSHAKE_TIMEOUT_MS, cache); // ph-expect: ssl-certificate-socket-factory-insecure
        }
        return SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache);
    }

    public static Socket connect(String host, int port, SSLSessionCache cache) throws IOException {
        SSLCertificateSocketFactory factory =
                (SSLCertificateSocketFactory) SSLCertificateSocketFactory.getDefault(HANDSHAKE_TIMEOUT_MS, cache);
        SSLSocket socket = (SSLSocket) factory.createSocket(host, port);
        socket.startHandshake();
        return socket;
    }

    /** Comments and strings do not count: "SSLCertificateSocketFactory.getInsecure(0, null)". */
    static String describe() {
        return "SSLCertificateSocketFactory.getInsecure(0, null) is never used";
    }

    private LegacySocketFactory() {
    }
}
