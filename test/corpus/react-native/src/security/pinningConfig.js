// Shared between the app and the e2e harness.
const BACKUP_KEY = 'mowz0bDLngVxnwUGk69NLDGgcDxRhblcz7xZp54f7t4=';

module.exports = {
  pinningConfig: {
    'booking.tripplanner.example.com': { // ph-expect: react-native-ssl-public-key-pinning, pin-expiration
      includeSubdomains: true,
      publicKeyHashes: ['Ci+X6f/KYxGV/esinZe0yr2MdziEPpukVF3ak98ceJw=', BACKUP_KEY],
    },
  },
  // Values filled in at runtime from the remote config; nothing hardcoded.
  remoteTemplate: {
    'search.tripplanner.example.com': { publicKeyHashes: [] },
  },
};
