package org.medtrack.sync;

import java.util.Arrays;
import java.util.List;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

class HttpClientFactory {

    static final String SYNC_HOST = "sync.medtrack.org";
    static final String[] SYNC_PINS = new String[] {
            "sha256/SkSktc7AjE2r6WK6N1DCFSpHdUtv/8SPlQTSw3Cq3d8=",
            "sha256/3oVEm1SEKGjCH63WD3yztNh2yRo66asxjwB+QcqLCbA=",
    };
    static final List<String> REPORT_PINS = Arrays.asList(
            "sha256/8t6IflxnPjvSTgoy8ziVi/jLfAPoSaTas/LnaCitXYc=",
            "sha256/z0OepbzgH4fXUgC3usg7MmrQ3aZU+2Wi2z6SEFrJLCk=");

    private final boolean pinningEnabled;

    HttpClientFactory(boolean pinningEnabled) {
        this.pinningEnabled = pinningEnabled;
    }

    OkHttpClient create() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (pinningEnabled) {
            CertificatePinner.Builder pins = new CertificatePinner.Builder();
            pins.add(SYNC_HOST, SYNC_PINS); // ph-expect: okhttp-certificate-pinner
            for (String pin : REPORT_PINS) {
                pins.add("reports.medtrack.org", pin); // ph-expect: okhttp-certificate-pinner
            }
            builder.certificatePinner(pins.build());
        }
        return builder.build();
    }
}
