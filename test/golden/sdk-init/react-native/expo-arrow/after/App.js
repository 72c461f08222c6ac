import { StatusBar } from 'expo-status-bar';
import { RecipeList } from './components/RecipeList';
import { ApproovProvider } from '@approov/approov-service-react-native';

const approovSetup = () => {
  // Approov set-up that ApproovProvider runs at start-up, e.g. ApproovService.addSubstitutionHeader('Api-Key', '');
};

const App = () => (
  <ApproovProvider config="#recipes#cmVjaXBlcw==" onInit={approovSetup}>
    <>
      <RecipeList />
      <StatusBar style="auto" />
    </>
  </ApproovProvider>
);

export default App;
