/** Writes the site to `site/`: `pnpm --filter @track4tip/example-website build`. */
import { fileURLToPath } from 'node:url';
import { writeSite } from './write.js';

const out = fileURLToPath(new URL('../site/', import.meta.url));
// Compiled to dist/scripts/: the package's assets/ folder is two levels up.
await writeSite(
  out,
  { baseUrl: process.env.SITE_URL ?? 'https://www.example.org/' },
  new URL('../../assets/', import.meta.url),
);
console.log(`site written to ${out}`);
