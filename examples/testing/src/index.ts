/** The examples' static server; the browser helpers are in `@track4tip/example-testing/browser`. */
export { addNonce, cspHeader, type ServeOptions, serve } from './serve.js';
