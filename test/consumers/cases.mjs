// What a user of each published entry point can rely on. The tarball consumer
// test (scripts/test-consumers.mjs) and the release test (scripts/test-release.mjs)
// run these against the packed packages exactly as npm installs them.
//
// To update after an API change, edit one entry:
//   specifier     the import path a user writes
//   exports       named runtime exports that must exist (checked in ESM and CJS)
//   types         extra type-only exports the TypeScript consumers import
//   smoke         a basic call; an arrow function (m, assert) => …, where m is the
//                 module namespace. It is inlined into generated ESM, CommonJS and
//                 browser files as source text, so it may use nothing but `m` and `assert`
//                 (ok, equal, match, throws).
//   ts            TypeScript statements that must type-check (named imports in scope)
//   browser       bundled for the browser with esbuild and run
//   notInBundle   packages that must not end up in a browser bundle of this entry alone
//                 (a consumer pays only for what it imports)

export const cases = [
  {
    specifier: '@track4tip/core',
    exports: ['getEvent', 'getPerson', 'getCountry', 'countryName'],
    types: [],
    smoke: (m, assert) => {
      const event = m.getEvent('unodc-webinar');
      assert.ok(event, 'getEvent returns the webinar');
      assert.ok(Object.isFrozen(event), 'fixtures are frozen');
      assert.equal(m.getCountry('CW').alpha2, 'CW');
      assert.equal(m.countryName('CW'), 'Curaçao');
    },
    ts: "const cw: string = countryName('CW');",
    browser: true,
    notInBundle: ['zod'],
  },
  {
    specifier: '@track4tip/core/schemas',
    exports: ['defineEvent', 'safeParseEvent', 'EventSchema'],
    types: [],
    smoke: (m, assert) => {
      const result = m.safeParseEvent({});
      assert.equal(result.success, false, 'an empty object is not an event');
    },
    ts: 'const parsed = safeParseEvent({}); if (parsed.success) { const e: object = parsed.data; }',
    browser: true,
    notInBundle: [],
  },
  {
    specifier: '@track4tip/jsonld',
    exports: ['toJsonLd', 'toScriptTag', 'serialize'],
    types: [],
    smoke: (m, assert) => {
      const tag = m.toScriptTag(m.toJsonLd());
      assert.match(tag, /^<script type="application\/ld\+json">/);
      assert.ok(!tag.slice(8, -9).includes('</script'), 'no closing tag inside the payload');
    },
    ts: 'const html: string = toScriptTag(toJsonLd());',
    browser: true,
    notInBundle: ['zod'],
  },
  {
    specifier: '@track4tip/jsonld/validate',
    exports: ['validate'],
    types: [],
    smoke: (m, assert) => {
      assert.equal(typeof m.validate, 'function');
    },
    ts: '',
    browser: true,
    notInBundle: [],
  },
  {
    specifier: '@track4tip/cite',
    exports: ['formatCitation', 'formatDisclaimer', 'toCsl'],
    types: [],
    smoke: (m, assert) => {
      assert.match(m.formatDisclaimer(), /SSJTIP19CA0027/);
    },
    ts: 'const disclaimer: string = formatDisclaimer();',
    browser: true,
    notInBundle: ['zod', 'citeproc'],
  },
  {
    specifier: '@track4tip/cite/engine',
    exports: [],
    types: [],
    smoke: (m, assert) => {
      assert.ok(Object.keys(m).length > 0, 'the engine entry exports something');
    },
    ts: '',
    browser: true,
    notInBundle: [],
  },
  {
    specifier: '@track4tip/cli',
    exports: [],
    types: [],
    smoke: (m, assert) => {
      assert.ok(m, 'the CLI library entry loads');
    },
    ts: '',
    browser: false,
    notInBundle: [],
  },
];

/** Commands run with the installed `track4tip` bin; each must exit 0 and print `expect`. */
export const cliRuns = [{ args: ['--help'], expect: /track4tip/ }];
