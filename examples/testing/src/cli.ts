#!/usr/bin/env node
/**
 * `node dist/cli.js <folder> [--csp]`: serves a built example on http://127.0.0.1:4173/ (`PORT`
 * changes the port).
 */
import { serve } from './serve.js';

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--'));
if (folder === undefined) {
  console.error('usage: serve <folder> [--csp]');
  process.exit(2);
}
const { url } = await serve(folder, {
  port: Number(process.env.PORT ?? 4173),
  csp: args.includes('--csp'),
});
console.log(`serving ${folder} at ${url} (Ctrl+C to stop)`);
