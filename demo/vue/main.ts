// A Vue 3 host: the kit's tags straight in a Vue template (App.vue). Registering the elements is
// the only setup; vite.config.ts tells Vue's compiler that dashed tags are custom elements.
import 'career-elements/define';
import type {} from 'career-elements/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
