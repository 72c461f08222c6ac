import {
  addSslPinningErrorListener,
  isSslPinningAvailable,
} from 'react-native-ssl-public-key-pinning';

import { logSecurityEvent } from './telemetry';

export async function setUpPinning(): Promise<void> {
  if (!isSslPinningAvailable()) {
    logSecurityEvent('pinning-unavailable');
    return;
  }
  addSslPinningErrorListener((error) => {
    logSecurityEvent('pinning-failure', { host: error.serverHostname });
  });
}
