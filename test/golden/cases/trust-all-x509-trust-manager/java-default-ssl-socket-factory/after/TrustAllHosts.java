package golden.trust_all_x509_trust_manager.java_default_ssl_socket_factory;

public class TrustAllHosts {
    private static final String TAG = "TrustAllHosts";

    /** Trust every server - dont check for any certificate. */
    public static void trustAllHosts() {
        System.out.println(TAG + ": installing the staging trust manager");
    }
}
