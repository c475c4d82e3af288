import { chmod, readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // `bin` points at dist/bin.js: it must be executable and start with a
  // shebang (added here unless src/bin.ts already has one, so never doubled).
  async onSuccess() {
    const file = 'dist/bin.js';
    const code = await readFile(file, 'utf8');
    if (!code.startsWith('#!')) await writeFile(file, `#!/usr/bin/env node\n${code}`);
    await chmod(file, 0o755);
  },
});
