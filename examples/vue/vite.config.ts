import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // Careloop's tags are custom elements, not Vue components: Vue sets their properties
      // and listens for their events.
      template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('cl-')}},
    }),
  ],
  // careloop is linked from the repository (file:../../packages/careloop): one copy of Lit.
  resolve: {dedupe: ['vue', 'lit', '@lit/reactive-element', 'lit-html', 'lit-element']},
  // The FHIRPath chunk (loaded only by questionnaires with expressions) is larger than Vite's warning size.
  build: {outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800},
});
