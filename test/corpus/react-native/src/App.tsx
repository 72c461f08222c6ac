import React from 'react';
import { ApproovProvider, ApproovService } from '@approov/approov-service-react-native';

import { RootNavigator } from './screens/RootNavigator';

const approovSetup = (): void => {
  ApproovService.addSubstitutionHeader('X-Api-Key', '');
};

export default function App(): JSX.Element {
  return (
    <ApproovProvider config="<approov-config-string>" onInit={approovSetup}>
      <RootNavigator />
    </ApproovProvider>
  );
}
