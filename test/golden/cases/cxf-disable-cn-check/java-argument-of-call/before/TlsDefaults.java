package golden.cxf_disable_cn_check.java_argument_of_call;

import org.apache.cxf.configuration.jsse.TLSClientParameters;

public class TlsDefaults {
    public static void apply(TLSClientParameters params, boolean lenient) {
        if (lenient) params.setDisableCNCheck(true);
    }
}
