package net.harborlabs.vault.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;

import javax.net.ssl.X509TrustManager;

/**
 * Checks the chain with the platform trust manager, then requires one of the SPKI hashes
 * delivered by the remote configuration service.
 */
final class SpkiTrustManager implements X509TrustManager {

    private final X509TrustManager platform;
    private final PinSource pinSource;

    interface PinSource {
        Set<String> currentPins(String host);
    }

    SpkiTrustManager(X509TrustManager platform, PinSource pinSource) {
        this.platform = platform;
        this.pinSource = pinSource;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("empty chain");
        }
        Set<String> pins = pinSource.currentPins("vault.harborlabs.net");
        for (X509Certificate certificate : chain) {
            if (pins.contains(spki(certificate))) {
                return;
            }
        }
        throw new CertificateException("no pinned key in chain");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return platform.getAcceptedIssuers();
    }

    private static String spki(X509Certificate certificate) throws CertificateException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
            return android.util.Base64.encodeToString(digest, android.util.Base64.NO_WRAP);
        } catch (NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
    }
}
