// What a user of each published entry point can rely on. The tarball consumer
// test (scripts/test-consumers.mjs) and the release test (scripts/test-release.mjs)
// run these against the packed packages exactly as npm installs them.
//
// To update after an API change, edit one entry:
//   specifier     the import path a user writes
//   exports       named runtime exports that must exist (checked in ESM and CJS)
//   types         extra type-only exports the TypeScript consumers import
//   smoke         a basic call; an arrow function (m, assert, core) => …, where m is the
//                 module namespace and core is @track4tip/core (for fixtures to pass in).
//                 It is inlined into generated ESM, CommonJS and browser files as source
//                 text, so it may use nothing but its parameters (assert: ok, equal,
//                 match, throws). It may be async.
//   ts            TypeScript statements that must type-check (named imports in scope)
//   tsImports     extra import lines the `ts` statements need
//   browser       bundled for the browser with esbuild and run
//   notInBundle   packages that must not end up in a browser bundle of this entry alone
//                 (a consumer pays only for what it imports)

export const cases = [
  {
    specifier: '@track4tip/core',
    exports: ['getEvent', 'getPerson', 'getCountry', 'countryName', 'fixtures', 'CoreError'],
    types: ['PersonId', 'CountryId'],
    smoke: (m, assert) => {
      const event = m.getEvent('unodc-webinar');
      assert.equal(event.id, 'unodc-webinar');
      assert.ok(Object.isFrozen(event), 'fixtures are frozen');
      assert.equal(m.getPerson('silke-albert').id, 'silke-albert');
      assert.equal(m.getCountry('CW').id, 'CW');
      assert.equal(m.countryName('CW', 'en'), 'Curaçao');
      assert.throws(() => m.countryName('CW', 'not a locale'), 'an unknown locale is an error');
    },
    ts: "const id: PersonId = 'laura-rundlet';\nconst cw: CountryId = 'CW';\nconst name: string = countryName(cw, 'es');\nvoid [id, name];",
    browser: true,
    notInBundle: ['zod'],
  },
  {
    specifier: '@track4tip/core/schemas',
    exports: ['defineEvent', 'safeParseEvent', 'EventSchema', 'PersonSchema'],
    types: [],
    smoke: (m, assert) => {
      const result = m.safeParseEvent({});
      assert.equal(result.success, false, 'an empty object is not an event');
    },
    ts: 'const parsed = safeParseEvent({});\nif (!parsed.success) void parsed;',
    browser: true,
    notInBundle: [],
  },
  {
    specifier: '@track4tip/jsonld',
    exports: [
      'toJsonLd',
      'toScriptTag',
      'serialize',
      'JsonLdError',
      'webinarPage',
      'pageScriptTag',
    ],
    types: ['JsonLdGraph'],
    smoke: (m, assert, core) => {
      const graph = m.toJsonLd(core.fixtures, {
        baseUrl: 'https://www.example.org/',
        include: [{ type: 'event', id: 'unodc-webinar' }],
      });
      const tag = m.toScriptTag(graph);
      assert.match(tag, /^<script type="application\/ld\+json"/);
      assert.match(m.serialize(graph), /"@graph"/);
    },
    ts: "const graph: JsonLdGraph = toJsonLd(fixtures, { baseUrl: 'https://www.example.org/', include: [{ type: 'event', id: 'unodc-webinar' }] });\nconst html: string = toScriptTag(graph);\nvoid [html, serialize];",
    tsImports: "import { fixtures } from '@track4tip/core';",
    browser: true,
    notInBundle: ['zod'],
  },
  {
    specifier: '@track4tip/jsonld/validate',
    exports: ['validate'],
    types: [],
    smoke: (m, assert) => {
      const result = m.validate({});
      assert.equal(typeof result.valid, 'boolean');
      assert.ok(Array.isArray(result.diagnostics));
    },
    ts: 'const { valid } = validate({});\nvoid valid;',
    browser: true,
    notInBundle: [],
  },
  {
    specifier: '@track4tip/cite',
    exports: [
      'formatCitation',
      'formatDisclaimer',
      'toCsl',
      'CiteError',
      'toBibTeX',
      'toRis',
      'toCslJson',
    ],
    types: [],
    smoke: (m, assert, core) => {
      const disclaimer = m.formatDisclaimer({ award: core.getAward('SSJTIP19CA0027') });
      assert.match(disclaimer.value, /SSJTIP19CA0027/);
      const citation = m.formatCitation(core.getPressRelease(), { style: 'apa', kind: 'citation' });
      assert.match(citation.value, /2021/);
    },
    ts: "const { value } = formatDisclaimer({ award: getAward('SSJTIP19CA0027') });\nconst csl = toCsl(getPressRelease());\nvoid [value, csl, formatCitation];",
    tsImports: "import { getAward, getPressRelease } from '@track4tip/core';",
    browser: true,
    notInBundle: ['zod', 'citeproc'],
  },
  {
    specifier: '@track4tip/cite/engine',
    exports: ['renderCitation', 'preloadEngine', 'CiteError'],
    types: [],
    smoke: async (m, assert, core) => {
      const citation = await m.renderCitation(core.getPressRelease(), {
        style: 'apa',
        kind: 'citation',
      });
      assert.match(citation.value, /2021/);
    },
    ts: '',
    browser: true,
    notInBundle: [],
  },
  {
    specifier: '@track4tip/head',
    exports: ['headFor', 'renderHead', 'coinsSpan', 'toNextMetadata', 'toUnhead', 'HeadError'],
    types: ['HeadTags'],
    smoke: (m, assert, core) => {
      const head = m.headFor(
        core.fixtures,
        { type: 'press-release', id: 'unodc-press-release-2021-02-01' },
        { url: 'https://www.example.org/press-release', language: 'en' },
      );
      assert.match(
        m.renderHead(head),
        /<meta name="citation_publication_date" content="2021-02-01">/,
      );
      assert.match(m.coinsSpan(head.citation), /^<span class="Z3988" title="ctx_ver=Z39\.88-2004/);
      assert.equal(m.toNextMetadata(head).openGraph.type, 'article');
    },
    ts: "const head: HeadTags = headFor(fixtures, { type: 'event', id: 'unodc-webinar' }, { url: 'https://www.example.org/', language: 'en' });\nconst html: string = renderHead(head);\nvoid [html, toUnhead(head), coinsSpan];",
    tsImports: "import { fixtures } from '@track4tip/core';",
    browser: true,
    notInBundle: ['zod', 'citeproc'],
  },
  {
    specifier: '@track4tip/cli',
    exports: ['run', 'EXIT_CODES'],
    types: [],
    smoke: async (m, assert) => {
      let out = '';
      const code = await m.run(['--help'], {
        stdout: (t) => {
          out += t;
        },
        stderr: (t) => {
          out += t;
        },
      });
      assert.equal(code, 0);
      assert.match(out, /track4tip/);
    },
    ts: '',
    browser: false,
    notInBundle: [],
  },
];

/** Commands run with the installed `track4tip` bin; each must exit 0 and print `expect`. */
export const cliRuns = [{ args: ['--help'], expect: /track4tip/ }];

/**
 * The runtimes the tarball consumer test runs every case on, and the entry points that do not
 * run there, each with the reason. The consumer test asserts that exactly these fail (so the
 * set cannot silently grow or shrink), and test/runtimes.test.ts that the README's "Runtimes"
 * table says the same. Versions are pinned so the test is repeatable.
 *   name         as in the README table
 *   package      the npm package (name@version) that ships the runtime; Node.js uses `npx node@major`
 *   command      how a generated ESM or CommonJS file is run (Deno and Bun; the binary from `package`)
 *   notRunning   specifier → why it does not run there
 */
export const runtimes = [
  { name: 'Node.js 20', package: 'node@20', notRunning: {} },
  { name: 'Node.js 22', package: 'node@22', notRunning: {} },
  { name: 'Node.js 24', package: 'node@24', notRunning: {} },
  {
    name: 'Deno',
    package: 'deno@2.9.6',
    command: ['deno', 'run', '--allow-env'],
    notRunning: {},
  },
  {
    name: 'Deno without permissions',
    package: 'deno@2.9.6',
    command: ['deno', 'run'],
    notRunning: {
      '@track4tip/cli':
        'its argument parser (commander) reads colour settings such as `CLICOLOR_FORCE` from the environment: grant `--allow-env`',
    },
  },
  { name: 'Bun', package: 'bun@1.4.5', command: ['bun'], notRunning: {} },
  { name: 'Cloudflare workerd', package: 'workerd@1.20261123.1', notRunning: {} },
];
