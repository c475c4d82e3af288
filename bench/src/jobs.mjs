/**
 * The consumer jobs whose browser bundles are measured: our snippet, its size budget, and the same
 * job done with the alternatives. Snippets live in `bench/snippets/`.
 *
 * Budgets are min+gzip bytes of our snippet bundled from the built packages, about 3% above the
 * size measured when they were set (see docs/benchmarks.md): a change that grows a consumer's
 * bundle has to raise the budget in the same commit, on purpose; a change that shrinks it should
 * lower the budget. `aim` is the size the issue asks for, shown next to the budget in the report.
 *
 * This is the only table of size limits: every snippet whose size is checked is a job here, measured
 * by scripts/lib/bundle.mjs and checked by bench/test/size-budget.test.ts (part of `pnpm test`). The
 * packages' own bundle tests check what a bundle contains, not its size.
 */

/** Page already ships React: next-seo and react-schemaorg are measured without it. */
const REACT = ['react', 'react-dom', 'react/jsx-runtime'];

/**
 * @typedef {{ name: string, entry: string, external?: string[], note: string }} Alternative
 * @typedef {{ id: string, title: string, ours: string, budget: number, aim?: number,
 *   noZod?: boolean, alternatives: Alternative[] }} Job
 */

/** @type {readonly Job[]} */
export const JOBS = [
  {
    id: 'webinar-complete-page',
    title: 'Complete webinar page, built in the browser',
    ours: 'ours/webinar-complete-page.ts',
    // completeDataset (with zod) + toJsonLd + toScriptTag: 28,654 B when the row was added;
    // 29,599 B since core's issues have codes of their kind and the model's hints (28,600 B before).
    budget: 30_500,
    // Twice the gzip of the page's own JSON-LD (2,839 B when the aim was set).
    aim: 5678,
    alternatives: [
      {
        name: 'TRACK4TIP, precomputed (incomplete)',
        entry: 'ours/webinar-script-tag.ts',
        note: "pageScriptTag(webinarPage): no name, page URL or location (the press release gives none, and a publisher's values are not in it)",
      },
      {
        name: '@unhead/schema-org',
        entry: 'competitors/unhead-schema-org.ts',
        note: 'client head + Schema.org plugin; data written by hand',
      },
      {
        name: 'next-seo',
        entry: 'competitors/next-seo.tsx',
        external: REACT,
        note: '<EventJsonLd>; React not counted; data written by hand',
      },
      {
        name: 'react-schemaorg + schema-dts',
        entry: 'competitors/react-schemaorg.tsx',
        external: REACT,
        note: '<JsonLd<Event>>; React not counted; schema-dts is types only; data written by hand',
      },
    ],
  },
  {
    id: 'own-event-page',
    title: "A user's own in-person event page",
    ours: 'ours/own-event-page.ts',
    // toJsonLd + toScriptTag on the user's records (no fixtures): 9,621 B when the row was added;
    // 8,535 B once country names came from the record's ISO code, not from the fixture table;
    // 8,742 B once options it does not read, a page's unknown fields and a page URL that is an
    // entity's @id were refused, and persons wrote their family and given names; 8,824 B with
    // the awards that support an entity written as its funding.
    budget: 8900,
    // Twice the gzip of the page's own JSON-LD (608 B when the aim was set).
    aim: 1216,
    alternatives: [],
  },
  {
    id: 'webinar-script-tag',
    title: 'Precomputed webinar page (incomplete)',
    ours: 'ours/webinar-script-tag.ts',
    // ~2.9 kB is the page's JSON-LD itself, ~1 kB the code that checks the base URL and nonce and
    // escapes. 3,789 B from the built packages (2026-12-04; 4,133 B before the built entry's
    // top-level tables could be dropped).
    budget: 4000,
    aim: 3072,
    alternatives: [],
  },
  {
    id: 'validate-event-page',
    title: 'Validate an event page',
    ours: 'ours/validate-event-page.ts',
    // The validator of Event pages: the part of schema.org 29.4 they use (124 classes, 475
    // properties), Google's Event and Organization rules, ISO code lists (18,648 B when the
    // entry point was added; 18,148 B with the packed tables; 18,868 B once legal JSON-LD was
    // read as legal: keyword aliases, references elsewhere, other vocabularies, relative IRIs,
    // Action annotations; 19,515 B with every kind of WebPage and the review's mends; 20,570 B
    // once an adversarial corpus's findings were mended: quantities, ISO 8601 durations,
    // misspelt schema.org IRIs as strings, JSON-LD's own syntax errors, @set/@list and
    // references in Google's rules, per-node contexts, typed number literals; 21,090 B with a
    // review's mends and @included and @reverse read; 21,590 B with a second corpus's mends:
    // nodes merged by @id, Google's enumeration forms, an Organization's country code).
    budget: 21_700,
    // The aim for the validator of Event and Article pages.
    aim: 15_360,
    alternatives: [],
  },
  {
    id: 'validate-article-page',
    title: 'Validate an article page',
    ours: 'ours/validate-article-page.ts',
    // The validator of Article pages: the part of schema.org 29.4 they use, Google's Article
    // and Organization rules, ISO code lists (18,411 B when the entry point was added; 17,950 B
    // with the packed tables; 18,688 B once legal JSON-LD was read as legal; 19,315 B with every
    // kind of WebPage and the review's mends; 20,366 B with the adversarial corpus's mends;
    // 20,880 B with a review's mends and @included and @reverse read; 21,371 B with a second
    // corpus's mends).
    budget: 21_500,
    aim: 15_360,
    alternatives: [],
  },
  {
    id: 'validate-any-page',
    title: 'Validate any page (the whole validator)',
    ours: 'ours/validate-any-page.ts',
    // All of schema.org 29.4's vocabulary, Google's Event, Article and Organization rules, ISO
    // code lists (41,327 B when the row was added; 42,082 B once the vocabulary became a
    // parameter; 36,660 B with the tables packed, class names written as positions; 37,827 B once
    // legal JSON-LD was read as legal, with the review's mends; 38,778 B with the adversarial
    // corpus's mends; 39,285 B with a review's mends and @included and @reverse read; 39,755 B
    // with a second corpus's mends).
    budget: 39_900,
    alternatives: [],
  },
  {
    id: 'press-release-apa',
    title: 'APA citation of the press release',
    ours: 'ours/press-release-apa.ts',
    // packages/cite/test had a looser limit of its own (2,048 B); 1,422 B measured.
    budget: 1450,
    aim: 2048,
    alternatives: [
      {
        name: 'TRACK4TIP, formatCitation',
        entry: 'ours/press-release-apa-any-style.ts',
        note: 'formatCitation(getPressRelease(), …): every precomputed style and locale, no engine',
      },
      {
        name: 'citation-js (+plugin-csl)',
        entry: 'competitors/citation-js.ts',
        // citation-js's fetch helpers import Node built-ins; a browser build leaves them out.
        external: ['node:*'],
        note: 'formats at runtime; bundles citeproc-js, 3 styles and all its locales',
      },
      {
        name: 'citeproc (raw)',
        entry: 'competitors/citeproc-raw.ts',
        note: 'formats at runtime; APA style + en-US locale shipped as strings',
      },
    ],
  },
  {
    id: 'fixture-data',
    title: 'Fixture data only',
    ours: 'ours/fixture-data.ts',
    budget: 2100,
    noZod: true,
    alternatives: [],
  },
  {
    id: 'validate-user-event',
    title: 'Validate a user event',
    ours: 'ours/validate-user-event.ts',
    // The event model holds a location (venue with postal address and geo, online location),
    // images and offers since 0.2, with the ISO country and currency codes they are checked
    // against: 12,244 B measured, against 8,534 B for the same fields hand-written with zod/mini.
    // 13,376 B since each issue has a code of its kind, a date's message says what is wrong with
    // it, and the model's hints (what an event calls a schema.org field) are bundled (12,311 B
    // before).
    budget: 13_600,
    // 1.6 times the hand-written zod/mini schema below (8,534 B): 1.5 times until the issues'
    // codes and hints (12,801 B; 13,376 B is 1.57 times).
    aim: 13_654,
    alternatives: [
      {
        name: 'zod (hand-written schema)',
        entry: 'competitors/zod-event.ts',
        note: 'same fields, fewer rules; z.prettifyError for messages',
      },
      {
        name: 'zod/mini (hand-written schema)',
        entry: 'competitors/zod-mini-event.ts',
        note: "zod's tree-shakable API, same fields as above",
      },
    ],
  },
  {
    id: 'webinar-from-fixtures',
    title: 'Webinar script tag built in the browser from the fixtures',
    ours: 'ours/webinar-from-fixtures.ts',
    // toJsonLd + toScriptTag over `fixtures`: ~5.4 kB of it is the fixture data of @track4tip/core
    // (with provenance), the rest the serialisers, the checks of every value a publisher can supply,
    // the venue and offer nodes, and escaping. 13,176 B measured (2026-12-04); 13,303 B with the
    // option checks and persons' family and given names.
    budget: 13_400,
    alternatives: [],
  },
  {
    id: 'script-tag-only',
    title: 'toScriptTag alone',
    ours: 'ours/script-tag-only.ts',
    // 675 B measured (2026-12-04). The built entry is one chunk, so its top-level tables are
    // plain literals or pure calls a bundler can drop (991 B before); 80 B of it are the SDK's one
    // error shape (core's Track4tipError: code, path and frozen issues), 595 B without.
    budget: 690,
    alternatives: [],
  },
  {
    id: 'press-release-head',
    title: "The press release page's head (headFor + renderHead + coinsSpan)",
    ours: 'ours/press-release-head.ts',
    // ~13 kB is what toJsonLd and the fixture data cost alone (see webinar-from-fixtures), the rest
    // cite's toCsl (with its genre words in every citation locale), the tags and their escaping.
    // 20,347 B measured (2026-12-04); 19,716 B from the sources; 20,901 B with persons' name
    // parts, hreflang x-default and the awards written as funding.
    budget: 21_100,
    alternatives: [],
  },
  {
    id: 'head-adapters',
    title: 'The head adapters alone (Next.js, unhead)',
    ours: 'ours/head-adapters.ts',
    // 878 B measured (2026-12-04).
    budget: 1200,
    alternatives: [],
  },
];
