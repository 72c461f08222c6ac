package org.apache.cxf.configuration.jsse;

import javax.net.ssl.TrustManager;

/** Stub of the Apache CXF signatures the golden fixtures use. */
public class TLSClientParameters {
  public void setDisableCNCheck(boolean disableCNCheck) {}
  public boolean isDisableCNCheck() { return false; }
  public void setSecureSocketProtocol(String protocol) {}
  public void setTrustManagers(TrustManager[] trustManagers) {}
}
