import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the custom
// export condition, so a test never runs against a stale build.
const sourceCondition = '@track4tip/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    projects: ['packages/*', 'examples/*', 'test'].map((dir) => ({
      extends: true as const,
      test: {
        name: dir.replace(/\/\*$/, ''),
        dir,
        include: [`${dir.replace(/\/\*$/, '/*')}/{src,test}/**/*.test.ts`],
      },
    })),
  },
});
