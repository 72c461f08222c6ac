import { initializeSslPinning } from 'react-native-ssl-public-key-pinning';

const BACKUP_KEY = 'mowz0bDLngVxnwUGk69NLDGgcDxRhblcz7xZp54f7t4=';

// Pins for the booking API (current key and the backup key).
const PINNING_CONFIG = {
  'booking.example.com': {
    includeSubdomains: true,
    publicKeyHashes: ['Ci+X6f/KYxGV/esinZe0yr2MdziEPpukVF3ak98ceJw=', BACKUP_KEY],
  },
};

export async function setUpSsl() {
  await initializeSslPinning(PINNING_CONFIG);
  console.log('ssl ready');
}
