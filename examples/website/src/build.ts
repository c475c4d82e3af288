/** Writes the site to `dist/site/`: `pnpm --filter @track4tip/example-website build`. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSite } from './site.js';

const out = fileURLToPath(new URL('../site/', import.meta.url));
await rm(out, { recursive: true, force: true });
for (const [path, html] of Object.entries(
  renderSite({ baseUrl: process.env.SITE_URL ?? 'https://www.example.org/' }),
)) {
  const file = join(out, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
}
console.log(`site written to ${out}`);
