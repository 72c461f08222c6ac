import React from 'react';
import {ApproovProvider} from '@approov/approov-service-react-native';
import Home from './Home';

export default function App() {
  return (
    <ApproovProvider config="#wallet#YWJjZGVmZ2hpams=">
      <Home />
    </ApproovProvider>
  );
}
