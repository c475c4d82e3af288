import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/lib/entries.mjs';

// One file per entry point of package.json's `exports` map.
export default defineConfig(packageBuild());
