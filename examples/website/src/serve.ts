/**
 * A tiny static file server for the built site, bound to 127.0.0.1 (`pnpm --filter
 * @track4tip/example-website preview`, then open http://127.0.0.1:4173/). The browser test uses
 * it too.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8' };

/**
 * Serves a folder on 127.0.0.1.
 *
 * @param root - The folder to serve.
 * @param port - The port; 0 picks a free one.
 * @returns The running server and its base URL.
 */
export async function serve(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address !== null ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}/` };
}

// Run directly: serve dist/site/.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await serve(
    fileURLToPath(new URL('../site/', import.meta.url)),
    Number(process.env.PORT ?? 4173),
  );
  console.log(`serving the example site at ${url} (Ctrl+C to stop)`);
}
