/**
 * @peculiar/x509, loaded on first use: it takes ~100 ms to load, which server start-up and scans
 * of trees without certificate files should not pay.
 */
import type * as X509 from '@peculiar/x509';

let loaded: typeof X509 | undefined;

export function x509(): typeof X509 {
  if (!loaded) {
    require('reflect-metadata'); // its dependency injection (tsyringe) needs the Reflect metadata API first
    loaded = require('@peculiar/x509') as typeof X509;
  }
  return loaded;
}
