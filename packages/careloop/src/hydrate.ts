/**
 * Careloop for a page whose Careloop elements were rendered on the server (careloop/ssr):
 * every element, registered after Lit's hydration support, so that each takes over the
 * server's shadow DOM instead of drawing it again. The CDN bundle `careloop-hydrate.js`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';
