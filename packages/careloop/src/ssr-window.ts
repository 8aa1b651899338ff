// @lit/localize announces each change of language with `window.dispatchEvent`. A server
// has no window, so it gets an EventTarget to announce it to, and nothing else: code that
// looks for a browser (document, location) still finds none. Imported first by ssr.ts.
const scope = globalThis as {window?: unknown};
scope.window ??= new EventTarget();

export {};
