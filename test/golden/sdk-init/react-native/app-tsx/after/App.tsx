import React from 'react';
import {
  SafeAreaView,
  StatusBar,
  useColorScheme,
} from 'react-native';
import {NavigationContainer} from '@react-navigation/native';

import RootStack from './src/navigation/RootStack';
import {ApproovProvider} from '@approov/approov-service-react-native';

const approovSetup = () => {
  // Approov set-up that ApproovProvider runs at start-up, e.g. ApproovService.addSubstitutionHeader('Api-Key', '');
};

/** The root of the app: navigation inside a safe area. */
function App(): React.JSX.Element {
  const isDarkMode = useColorScheme() === 'dark';

  return (
    <ApproovProvider config="<enter-your-config-string-here>" onInit={approovSetup}>
      <SafeAreaView style={{flex: 1}}>
        <StatusBar barStyle={isDarkMode ? 'light-content' : 'dark-content'} />
        <NavigationContainer>
          <RootStack />
        </NavigationContainer>
      </SafeAreaView>
    </ApproovProvider>
  );
}

export default App;
