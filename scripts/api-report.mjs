// Runs scripts/api-report.ts (through Vite's module loader, which reads TypeScript) and writes
// api/*.api.md, the public API of every entry point; test/api-report.test.ts compares them.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { apiReports } = await server.ssrLoadModule('/scripts/api-report.ts');
  const reports = apiReports();
  mkdirSync(join(root, 'api'), { recursive: true });
  // A report of an entry point that no longer exists goes with it.
  for (const name of readdirSync(join(root, 'api'))) {
    if (name.endsWith('.api.md') && !reports.has(`api/${name}`)) rmSync(join(root, 'api', name));
  }
  for (const [path, content] of reports) writeFileSync(join(root, path), content);
  console.log(`wrote ${reports.size} API reports to api/`);
} finally {
  await server.close();
}
