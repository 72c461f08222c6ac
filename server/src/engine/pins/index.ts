/** Pin math and live lookups: certificate details, chains, pin formats, TLS lookups through proxies. */
export * from './certificate-details';
export * from './certificate-source';
export * from './chain';
export * from './pin-formats';
export * from './pin-matching';
export * from './lookup-errors';
export * from './http-proxy';
export * from './host-lookup';
export * from './verify-hosts';
export * from './certificate-summary';
export * from './certificate-file';
export * from './inventory';
