import {defineConfig} from 'vite';

// Careloop is linked from the repository (file:../../packages/react): one copy of React
// and of Lit, whichever package asks for them.
export default defineConfig({
  resolve: {dedupe: ['react', 'react-dom', 'lit', '@lit/reactive-element', 'lit-html', 'lit-element']},
  esbuild: {jsx: 'automatic'},
  // The FHIRPath chunk (loaded only by questionnaires with expressions) is larger than Vite's warning size.
  build: {outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800},
});
