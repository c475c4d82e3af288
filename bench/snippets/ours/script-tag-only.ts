// `toScriptTag` alone (serialising and escaping JSON-LD a page already has): what it costs to
// import it.
export { toScriptTag } from '@track4tip/jsonld';
