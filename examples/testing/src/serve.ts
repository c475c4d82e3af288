/**
 * A tiny static file server for the examples' built sites, bound to 127.0.0.1. With `csp: true`
 * it answers every HTML page with a strict Content-Security-Policy whose nonce is fresh for each
 * response, and writes that nonce on every `<script>` element of the page: what an edge function
 * does for a statically exported site, which cannot know a per-request nonce when it is built.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Options of {@link serve}. */
export interface ServeOptions {
  /** The port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Send a strict nonce-based CSP with every HTML page and put its nonce on the page's scripts. */
  readonly csp?: boolean;
}

/** The policy sent with `csp: true` (Google's "strict CSP"). */
export const cspHeader = (nonce: string): string =>
  `script-src 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;

/**
 * Writes `nonce` on every `<script>` start tag of an HTML document, and on every script preload
 * link (`<link rel="preload" as="script">`, `<link rel="modulepreload">`: the CSP checks their
 * fetches too), that does not carry one already.
 */
export function addNonce(html: string, nonce: string): string {
  return html
    .replace(/<script\b(?![^>]*\snonce=)/gi, `<script nonce="${nonce}"`)
    .replace(
      /<link\b(?=[^>]*\srel="?(?:modulepreload|preload"?[^>]*\sas="?script))(?![^>]*\snonce=)/gi,
      `<link nonce="${nonce}"`,
    );
}

// A path without an extension is a "clean URL": /about is about.html (Next's export) or
// about/index.html (Astro's).
function candidates(file: string): string[] {
  if (extname(file) !== '') return [file];
  return [file, `${file}.html`, join(file, 'index.html')];
}

async function firstFile(paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

/**
 * Serves a folder on 127.0.0.1.
 *
 * @param folder - The folder to serve.
 * @param options - Port and CSP.
 * @returns The running server and its base URL (ending in `/`).
 */
export async function serve(
  folder: string,
  options: ServeOptions = {},
): Promise<{ server: Server; url: string }> {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const requested = normalize(join(root, path));
    if (requested !== root && !requested.startsWith(`${root}${sep}`)) {
      response.writeHead(403).end();
      return;
    }
    const file = await firstFile(candidates(requested));
    if (file === undefined) {
      const notFound = await firstFile([join(root, '404.html')]);
      response
        .writeHead(404, { 'content-type': TYPES['.html'] })
        .end(notFound === undefined ? 'not found' : await readFile(notFound));
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    if (options.csp !== true || extname(file) !== '.html') {
      response.writeHead(200, { 'content-type': type }).end(body);
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    response
      .writeHead(200, { 'content-type': type, 'content-security-policy': cspHeader(nonce) })
      .end(addNonce(body.toString('utf8'), nonce));
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}/` };
}
