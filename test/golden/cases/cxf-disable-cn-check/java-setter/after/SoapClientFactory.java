package golden.cxf_disable_cn_check.java_setter;

import org.apache.cxf.configuration.jsse.TLSClientParameters;

public class SoapClientFactory {
    public TLSClientParameters tlsParameters() {
        TLSClientParameters tlsParams = new TLSClientParameters();
        tlsParams.setSecureSocketProtocol("TLSv1.2");
        return tlsParams;
    }
}
