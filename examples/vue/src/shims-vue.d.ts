// For tools that read TypeScript without Vue's plugin (ESLint); vue-tsc reads the .vue files themselves.
declare module '*.vue' {
  import type {DefineComponent} from 'vue';
  const component: DefineComponent;
  export default component;
}
