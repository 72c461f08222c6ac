/**
 * @peculiar/x509, loaded on first use: it takes ~100 ms to load, which server start-up and scans
 * of trees without certificate files should not pay. The shipped bundles (dist/) leave it out and
 * load dist/x509.js next to them, so they do not even parse it until then; bundles without that
 * file (tests, scripts) carry it themselves.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type * as X509 from '@peculiar/x509';

let loaded: typeof X509 | undefined;

export function x509(): typeof X509 {
  if (!loaded) {
    const separate = path.join(__dirname, 'x509.js');
    if (existsSync(separate)) {
      loaded = require(separate) as typeof X509;
    } else {
      require('reflect-metadata');
      loaded = require('@peculiar/x509') as typeof X509;
    }
  }
  return loaded;
}
