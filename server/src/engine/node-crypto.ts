/**
 * node:crypto, loaded on first use: a language server's first check, and most scans, hash nothing
 * and parse no certificate, so they need not pay for loading it.
 */
import type * as Crypto from 'node:crypto';

export function nodeCrypto(): typeof Crypto {
  return require('node:crypto') as typeof Crypto;
}
