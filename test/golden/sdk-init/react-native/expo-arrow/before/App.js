import { StatusBar } from 'expo-status-bar';
import { RecipeList } from './components/RecipeList';

const App = () => (
  <>
    <RecipeList />
    <StatusBar style="auto" />
  </>
);

export default App;
