import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the custom
// export condition, so a test never runs against a stale build.
const sourceCondition = '@track4tip/source';

// One project per group: co-located unit tests in packages and examples,
// package-level tests in test/. Type tests (*.test-d.ts) are checked by each
// package's `typecheck` task (tsc includes src/), so vitest does not run tsc again.
const projects = {
  packages: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
  examples: ['examples/*/src/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
  test: ['test/**/*.test.ts'],
};

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    projects: Object.entries(projects).map(([name, include]) => ({
      extends: true as const,
      test: { name, include, exclude: ['**/node_modules/**', '**/dist/**'] },
    })),
  },
});
