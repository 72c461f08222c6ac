package golden.okhttp_certificate_pinner.java_crlf;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

public class WindowsClient {
    public OkHttpClient client() {
        CertificatePinner pinner = new CertificatePinner.Builder()
                .add("api.windows.example", "sha256/u9K/Wj25RgDoirVPQexKK+wgNaGXZpDclPM9iHyqwns=")
                .add("api.windows.example", "sha256/SqCRuvWL/BAhzVEBdl8UnNFA3jCv8eL3fvdJf9uQFAU=")
                .build();
        OkHttpClient client = new OkHttpClient.Builder()
                .certificatePinner(pinner)
                .build();
        return client;
    }
}
