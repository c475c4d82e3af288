import { availableParallelism } from 'node:os';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the custom
// export condition, so a test never runs against a stale build.
const sourceCondition = '@track4tip/source';

/**
 * Test files that replace a module with `vi.mock`: each runs in a fresh module graph (its own
 * project, `mocks`), since the mock must apply before anything imports the module. Every other
 * file shares its worker's modules with the files run before it (`isolate: false`): importing
 * zod, citeproc-js and the packages once per worker instead of once per file took the run from
 * 274 s to 206-238 s on 2 cores. So a test must not rely on module state another file can leave
 * behind (cite's engine cache, for one: a test that counts engines empties it first).
 */
const MOCKING = ['packages/cite/src/engine.peer.test.ts', 'packages/cli/test/rich-results.test.ts'];

/**
 * One Vitest project per package (`core`, `jsonld`, `cite`, `cli`), one for the examples and one
 * (`test`) for repository-level tests. Type tests (*.test-d.ts) are checked by each package's
 * `typecheck` task (tsc includes src/ and test/), so Vitest does not run tsc again.
 */
const project = (name: string, root: string) => ({
  extends: true as const,
  test: {
    name,
    root,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: MOCKING.filter((file) => file.startsWith(`${root}/`)).map((file) =>
      file.slice(root.length + 1),
    ),
    isolate: false,
  },
});

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    // Many tests spawn the built CLI, bundlers or a browser; on a loaded 2-core CI machine one such
    // process can take several seconds, so the default 5 s would fail tests for time, not behaviour.
    testTimeout: 30_000,
    // One test file per core. Vitest's default (cores - 1) runs the files one at a time on a
    // 2-core machine, although many of them mostly wait for a child process (a build, a browser).
    maxWorkers: availableParallelism(),
    projects: [
      project('core', 'packages/core'),
      project('jsonld', 'packages/jsonld'),
      project('cite', 'packages/cite'),
      project('cli', 'packages/cli'),
      project('head', 'packages/head'),
      project('bench', 'bench'),
      {
        extends: true as const,
        test: {
          name: 'examples',
          root: 'examples',
          include: ['*/test/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true as const,
        test: { name: 'test', root: 'test', include: ['**/*.test.ts'], isolate: false },
      },
      { extends: true as const, test: { name: 'mocks', include: MOCKING, isolate: true } },
    ],
  },
});
