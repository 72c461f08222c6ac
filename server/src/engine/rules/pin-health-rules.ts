/** The `pin-health` rules: problems of the pins themselves, whichever platform they come from. */
import type { Rule } from '../rule';
import { pinCrossPlatformMismatch } from './pin-cross-platform-mismatch';
import { pinDigest } from './pin-digest';
import { pinExpiration } from './pin-expiration';
import { pinLeafOnly } from './pin-leaf-only';
import { pinLiveCertificateExpiry } from './pin-live-certificate-expiry';
import { pinLiveLeafOnly } from './pin-live-leaf-only';
import { pinLiveLookupFailed } from './pin-live-lookup-failed';
import { pinLiveMismatch } from './pin-live-mismatch';
import { pinMalformed } from './pin-malformed';
import { pinNoBackup } from './pin-no-backup';
import { pinnedCertificateExpiry } from './pinned-certificate-expiry';

export const PIN_HEALTH_RULES: readonly Rule[] = [
  pinMalformed,
  pinNoBackup,
  pinExpiration,
  pinDigest,
  pinLeafOnly,
  pinnedCertificateExpiry,
  pinCrossPlatformMismatch,
  pinLiveMismatch,
  pinLiveLeafOnly,
  pinLiveCertificateExpiry,
  pinLiveLookupFailed,
];
