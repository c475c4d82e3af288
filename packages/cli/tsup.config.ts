import { defineConfig } from 'tsup';

// The `bin` is the committed bin/track4tip.js, which loads dist/bin.js: nothing to patch here.
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
