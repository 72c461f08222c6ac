package org.apache.http.impl.client;

/** Stub of the Apache HttpClient 4.5 signatures the golden fixtures use. */
public abstract class CloseableHttpClient {}
