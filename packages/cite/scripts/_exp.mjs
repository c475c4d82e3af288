import { createServer } from 'vite';

const root = process.cwd();
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
  const eng = await server.ssrLoadModule('/src/engine.ts');
  const items = JSON.parse(process.argv[2]);
  for (const style of [
    'apa',
    'mla',
    'chicago-author-date',
    'chicago-notes-bibliography',
    'harvard',
    'ieee',
    'vancouver',
  ]) {
    for (const item of items) {
      for (const format of (process.argv[3] || 'text').split(','))
        console.log(
          style.padEnd(12),
          format,
          '|',
          await eng.formatCslItem(item, { style, format }),
          '|',
          await eng.formatCslItem(item, { style, kind: 'citation', format }),
        );
    }
  }
} finally {
  await server.close();
}
