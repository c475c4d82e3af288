// Refreshes the vendored CSL styles and locales (csl/styles/*.csl, csl/locales/*.xml) from local
// checkouts of the official repositories, and records their commits in csl/sources.json:
//
//   git clone https://github.com/citation-style-language/styles ../csl-styles
//   git clone https://github.com/citation-style-language/locales ../csl-locales
//   pnpm --filter @track4tip/cite refresh-csl --styles ../csl-styles --locales ../csl-locales
//   pnpm --filter @track4tip/cite generate
//
// Every file already vendored is refreshed; `--add-style <id>` / `--add-locale <tag>` vendor
// another one. Files are copied byte for byte (they keep their CC BY-SA 3.0 licence and <info>).
// A checkout may be a bare repository: files are read from its HEAD commit with `git show`.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    styles: { type: 'string' },
    locales: { type: 'string' },
    'add-style': { type: 'string', multiple: true, default: [] },
    'add-locale': { type: 'string', multiple: true, default: [] },
  },
});
if (values.styles === undefined || values.locales === undefined) {
  console.error('usage: refresh-csl --styles <styles checkout> --locales <locales checkout>');
  process.exit(2);
}

const git = (repository, ...args) =>
  execFileSync('git', ['-C', resolve(repository), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });

/** Copies each named file of a checkout's HEAD into `folder`; returns the commit. */
function refresh(repository, folder, files) {
  const commit = git(repository, 'rev-parse', 'HEAD').trim();
  const date = git(repository, 'show', '-s', '--format=%cI', 'HEAD').trim();
  for (const file of files) {
    writeFileSync(join(root, 'csl', folder, file), git(repository, 'show', `HEAD:${file}`));
  }
  return { commit, date, files: files.length };
}

const vendored = (folder, suffix) =>
  readdirSync(join(root, 'csl', folder)).filter((file) => file.endsWith(suffix));
const unique = (list) => [...new Set(list)].sort();

const sources = {
  styles: {
    repository: 'https://github.com/citation-style-language/styles',
    ...refresh(
      values.styles,
      'styles',
      unique([...vendored('styles', '.csl'), ...values['add-style'].map((id) => `${id}.csl`)]),
    ),
  },
  locales: {
    repository: 'https://github.com/citation-style-language/locales',
    ...refresh(
      values.locales,
      'locales',
      unique([
        ...vendored('locales', '.xml'),
        ...values['add-locale'].map((tag) => `locales-${tag}.xml`),
      ]),
    ),
  },
};
writeFileSync(join(root, 'csl', 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
console.log(
  `styles ${sources.styles.commit} (${sources.styles.files} files), locales ${sources.locales.commit} (${sources.locales.files} files)`,
);
