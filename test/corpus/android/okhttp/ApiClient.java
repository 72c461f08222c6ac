package com.acme.banking.net;

import android.content.Context;

import java.util.concurrent.TimeUnit;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Single OkHttp client for the banking backend.
 * Pins rotated in release 4.2: see CertificatePinner.Builder().add(HOST, "sha256/...") below.
 */
public final class ApiClient {

    private static final String HOST = "secure.acme-bank.example";
    private static final String PIN_PRIMARY = "sha256/8t6IflxnPjvSTgoy8ziVi/jLfAPoSaTas/LnaCitXYc=";
    private static final String PIN_BACKUP = "sha256/z0OepbzgH4fXUgC3usg7MmrQ3aZU+2Wi2z6SEFrJLCk=";

    private static volatile OkHttpClient client;

    private ApiClient() {
    }

    public static OkHttpClient get(Context context) {
        OkHttpClient local = client;
        if (local == null) {
            synchronized (ApiClient.class) {
                local = client;
                if (local == null) {
                    CertificatePinner pinner = new CertificatePinner.Builder()
                            .add(HOST, PIN_PRIMARY, PIN_BACKUP) // ph-expect: okhttp-certificate-pinner
                            .build();
                    local = new OkHttpClient.Builder()
                            .certificatePinner(pinner)
                            .callTimeout(20, TimeUnit.SECONDS)
                            .build();
                    client = local;
                }
            }
        }
        return local;
    }

    public static Request.Builder request(String path) {
        return new Request.Builder().url("https://" + HOST + path);
    }
}
