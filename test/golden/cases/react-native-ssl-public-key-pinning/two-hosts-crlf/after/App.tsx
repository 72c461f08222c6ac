import React, { useEffect } from 'react';

import { RootNavigator } from './RootNavigator';

async function setUpPinning(): Promise<void> {
}

export default function App(): JSX.Element {
  useEffect(() => {
    void setUpPinning();
  }, []);
  return <RootNavigator />;
}
