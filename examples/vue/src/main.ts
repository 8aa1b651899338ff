import {createApp} from 'vue';
// Registers every Careloop element before the app mounts, so Vue finds their properties.
import 'careloop';
import App from './App.vue';

createApp(App).mount('#app');
