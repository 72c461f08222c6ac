import React, { useEffect } from 'react';
import { initializeSslPinning } from 'react-native-ssl-public-key-pinning';

import { RootNavigator } from './RootNavigator';

async function setUpPinning(): Promise<void> {
  await initializeSslPinning({
    'api.example.com': { includeSubdomains: true, publicKeyHashes: ['Fe9tfy2MGGiPogY8ISmd+F/X1B63/lgoCxe7AYsVFFk=', 'OUV22kwhQI8TjsS8jkX3uB2krN4uqY1v3oljOfJhmAQ='] },
    'cdn.example.com': { includeSubdomains: false, publicKeyHashes: ['GQm5e/TmZj3IEvFuTiS2dJMADxcizpO6Z2ZGqKA+B7Y=', 'Fe9tfy2MGGiPogY8ISmd+F/X1B63/lgoCxe7AYsVFFk='] },
  });
}

export default function App(): JSX.Element {
  useEffect(() => {
    void setUpPinning();
  }, []);
  return <RootNavigator />;
}
