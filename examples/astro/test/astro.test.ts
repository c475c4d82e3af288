/**
 * End-to-end: the Astro static build (`astro build`, which `pnpm run build` runs) served on
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

describeStaticExample({
  name: 'Astro',
  root: fileURLToPath(new URL('..', import.meta.url)),
  built: fileURLToPath(new URL('../dist/', import.meta.url)),
  build: (outDir) => ({
    command: [process.execPath, 'node_modules/astro/astro.js', 'build', '--outDir', outDir],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  }),
  expected: {
    head: webinarHead,
    graph: webinarGraph,
    heading,
    citation: webinarCitation(),
    disclaimer: fundingDisclaimer(),
  },
});
