import axios from 'axios';
import { initializeSslPinning } from 'react-native-ssl-public-key-pinning';

import { fetchRemotePins } from './remoteConfig';

export const api = axios.create({ baseURL: 'https://api.tripplanner.example.com', timeout: 15000 });

/** Pins fetched from the backend at runtime, so they can rotate without a release. */
export async function applyRemotePins(): Promise<void> {
  const remote = await fetchRemotePins();
  await initializeSslPinning({
    [remote.host]: {
      includeSubdomains: true,
      publicKeyHashes: remote.hashes,
    },
  });
}

/** Checksum of the offline bundle (base64 SHA-256), not a pin. */
export const OFFLINE_BUNDLE_SHA256 = '3Gh11TZHq/pWz5aOvkxAHzX+yF+o2MBs0CKPmBc2B5s=';

export const sslPinningDocs = 'Use sslPinning: { certs: ["name"] } only with react-native-ssl-pinning';
