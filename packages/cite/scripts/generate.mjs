// Runs scripts/generate.ts (through Vite's module loader, which reads TypeScript and resolves
// workspace packages to their sources) and writes what it returns.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const conditions = ['@track4tip/source'];
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  resolve: { conditions },
  ssr: { resolve: { conditions } },
});
try {
  const { generateAll } = await server.ssrLoadModule('/scripts/generate.ts');
  const files = await generateAll();
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  console.log(`wrote ${files.size} files`);
} finally {
  await server.close();
}
