package org.apache.http.conn.ssl;

import javax.net.ssl.HostnameVerifier;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public interface X509HostnameVerifier extends HostnameVerifier {}
