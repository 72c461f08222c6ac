import 'react-native-gesture-handler';
import {AppRegistry} from 'react-native';
import {Root} from './src/Root';
import React from 'react';
import {ApproovProvider} from '@approov/approov-service-react-native';

const approovSetup = () => {
  // Approov set-up that ApproovProvider runs at start-up, e.g. ApproovService.addSubstitutionHeader('Api-Key', '');
};

const ApproovApp = () => (
  <ApproovProvider config="<enter-your-config-string-here>" onInit={approovSetup}>
    <Root />
  </ApproovProvider>
);

AppRegistry.registerComponent('Tickets', () => ApproovApp);
