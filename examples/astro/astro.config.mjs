// A static build written to dist/ (`astro build --outDir <folder>` writes elsewhere, as the
// browser test does for its hostile-data build).
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'https://www.example.org/',
  // One HTML file per page, scripts kept in their own files (a CSP then needs no hashes).
  build: { format: 'file', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
