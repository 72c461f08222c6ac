package com.example.shop.net;

import java.util.concurrent.TimeUnit;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/** Client for the legacy order service and the payment partner, still on Java. */
public final class LegacyPinning {

    private static final String LEGACY_HOST = "legacy.shop.example.com";
    private static final String PARTNER_HOST = "partner.shop.example.com";

    /**
     * TrustKit-style configs require two pins, so the partner integration added a dummy one.
     * The real backup key was never generated.
     */
    private static final String[] PARTNER_PINS = new String[] {
            "sha256/0U7kp8RNw4PN1lM0nGxW+SOsq5XLgp6szkJw6SSY5Mo=", // ph-expect: pin-no-backup
            "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    };

    private LegacyPinning() {
    }

    public static OkHttpClient create() {
        CertificatePinner.Builder pins = new CertificatePinner.Builder();
        // Current key, then the backup key registered with the CA in 2024.
        pins.add(LEGACY_HOST, "sha256/JS1vXIRRn+ew0kHq6UfYW2CqX8klAyE2ND1b0k1JYRg="); // ph-expect: okhttp-certificate-pinner
        pins.add(LEGACY_HOST, "sha256/PdwDvS6cXlcB3Bhd0TSTYcdGw3tf7wBV7mL9MLqx4Zs="); // ph-expect: okhttp-certificate-pinner
        pins.add(PARTNER_HOST, PARTNER_PINS); // ph-expect: okhttp-certificate-pinner

        return new OkHttpClient.Builder()
                .certificatePinner(pins.build())
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }
}
