import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/lib/entries.mjs';

// One file per entry point of package.json's `exports` map, and the bin: the committed
// bin/track4tip.js loads dist/bin.js, so nothing needs patching here.
export default defineConfig(packageBuild({ extra: ['src/bin.ts'] }));
