import {
  addSslPinningErrorListener,
  initializeSslPinning,
  isSslPinningAvailable,
} from 'react-native-ssl-public-key-pinning';

import { logSecurityEvent } from './telemetry';

export async function setUpPinning(): Promise<void> {
  if (!isSslPinningAvailable()) {
    logSecurityEvent('pinning-unavailable');
    return;
  }
  await initializeSslPinning({
    'api.tripplanner.example.com': {
      includeSubdomains: true,
      publicKeyHashes: [
        'Fe9tfy2MGGiPogY8ISmd+F/X1B63/lgoCxe7AYsVFFk=',
        'OUV22kwhQI8TjsS8jkX3uB2krN4uqY1v3oljOfJhmAQ=',
      ],
      expirationDate: '2099-09-30',
    },
  });
  addSslPinningErrorListener((error) => {
    logSecurityEvent('pinning-failure', { host: error.serverHostname });
  });
}
