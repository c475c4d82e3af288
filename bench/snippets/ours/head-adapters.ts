// The framework adapters of @track4tip/head alone (Next.js metadata and JSON-LD, unhead): what a
// framework integration adds on top of a head.
export { toNextJsonLd, toNextMetadata, toUnhead } from '@track4tip/head';
