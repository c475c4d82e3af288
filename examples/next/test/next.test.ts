/**
 * End-to-end: the Next.js static export (`next build`, which `pnpm run build` runs) served on
 * 127.0.0.1 and read through Debian's Chromium; see `describeStaticExample` for what it checks.
 */
import { fileURLToPath } from 'node:url';
import { describeStaticExample } from '@track4tip/example-testing/suite';
import {
  fundingDisclaimer,
  heading,
  webinarCitation,
  webinarGraph,
  webinarHead,
} from '../src/site.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describeStaticExample({
  name: 'Next.js',
  root,
  built: fileURLToPath(new URL('../dist/', import.meta.url)),
  // NEXT_DIST_DIR (read by next.config.mjs) must name a folder inside the project.
  build: (outDir) => ({
    command: [process.execPath, 'node_modules/next/dist/bin/next', 'build'],
    env: { NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: outDir },
  }),
  expected: {
    head: webinarHead,
    graph: webinarGraph,
    heading,
    citation: webinarCitation(),
    disclaimer: fundingDisclaimer(),
  },
});
