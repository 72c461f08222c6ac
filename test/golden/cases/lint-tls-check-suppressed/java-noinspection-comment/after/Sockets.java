package golden.lint_tls_check_suppressed.java_noinspection_comment;

import javax.net.ssl.SSLSocketFactory;

public class Sockets {
    public static SSLSocketFactory factory() {
        return (SSLSocketFactory) SSLSocketFactory.getDefault();
    }
}
