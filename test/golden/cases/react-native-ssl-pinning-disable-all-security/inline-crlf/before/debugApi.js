import { fetch } from 'react-native-ssl-pinning';

export const ping = (host) => fetch(`https://${host}/ping`, { method: 'GET', disableAllSecurity: true, timeoutInterval: 3000 });
