package com.tideway.billing.soap;

import javax.net.ssl.SSLSocketFactory;

import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/** SOAP clients for the billing back office. */
public final class SoapClientFactory {

    private SoapClientFactory() {
    }

    /** The back office in the data centre is reached by IP address, hence no CN check (BILL-77). */
    public static void configureBackOffice(Object port, SSLSocketFactory socketFactory) {
        Client client = ClientProxy.getClient(port);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(15_000);
        conduit.setClient(policy);

        TLSClientParameters tls = new TLSClientParameters();
        tls.setSSLSocketFactory(socketFactory);
        tls.setDisableCNCheck(true); // ph-expect: cxf-disable-cn-check
        conduit.setTlsClientParameters(tls);
    }

    /** The public invoicing endpoint: host names are checked (setDisableCNCheck(true) is not allowed here). */
    public static void configureInvoicing(Object port, SSLSocketFactory socketFactory) {
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
        TLSClientParameters tls = new TLSClientParameters();
        tls.setSSLSocketFactory(socketFactory);
        tls.setDisableCNCheck(false);
        conduit.setTlsClientParameters(tls);
    }
}
