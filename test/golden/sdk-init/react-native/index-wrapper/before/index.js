import 'react-native-gesture-handler';
import {AppRegistry} from 'react-native';
import {Root} from './src/Root';

AppRegistry.registerComponent('Tickets', () => Root);
