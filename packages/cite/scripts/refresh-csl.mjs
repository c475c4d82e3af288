// Refreshes the vendored CSL styles and locales (csl/styles/*.csl, csl/locales/*.xml) from local
// clones of the official repositories, and records their commits and each file's SHA-256 in
// csl/sources.json:
//
//   git clone https://github.com/citation-style-language/styles ../csl-styles
//   git clone https://github.com/citation-style-language/locales ../csl-locales
//   pnpm --filter @track4tip/cite refresh-csl --styles ../csl-styles --locales ../csl-locales
//   pnpm --filter @track4tip/cite generate
//
// Every file already vendored is refreshed; `--add-style <id>` / `--add-locale <tag>` vendor
// another one (a style added must also be added to CITATION_STYLES). Files are copied byte for
// byte (they keep their CC BY-SA 3.0 licence and <info>). A clone may be a bare repository: files
// are read from its HEAD commit with `git show`. Everything is read before anything is written,
// so a file missing upstream changes nothing here.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
  console.error('usage: refresh-csl --styles <styles clone> --locales <locales clone>');
  process.exit(2);
}

// Paths are the caller's: `pnpm --filter` runs this script in packages/cite and names the
// directory it was called from in INIT_CWD.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const git = (repository, ...args) =>
  execFileSync('git', ['-C', resolve(callerDir, repository), ...args], {
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Each named file of a clone's HEAD, as bytes, with the commit it was read at. */
function read(repository, files) {
  const commit = git(repository, 'rev-parse', 'HEAD').toString().trim();
  const date = git(repository, 'show', '-s', '--format=%cI', 'HEAD').toString().trim();
  const contents = [];
  for (const file of files) {
    try {
      contents.push(git(repository, 'show', `HEAD:${file}`));
    } catch {
      console.error(`refresh-csl: ${file} is not in ${repository} at ${commit}; nothing written`);
      process.exit(1);
    }
  }
  return { commit, date, files, contents };
}

const vendored = (folder, suffix) =>
  readdirSync(join(root, 'csl', folder)).filter((file) => file.endsWith(suffix));
const unique = (list) => [...new Set(list)].sort();

const styles = read(
  values.styles,
  unique([...vendored('styles', '.csl'), ...values['add-style'].map((id) => `${id}.csl`)]),
);
const locales = read(
  values.locales,
  unique([
    ...vendored('locales', '.xml'),
    ...values['add-locale'].map((tag) => `locales-${tag}.xml`),
  ]),
);
for (const [folder, { files, contents }] of [
  ['styles', styles],
  ['locales', locales],
]) {
  for (const [index, file] of files.entries()) {
    writeFileSync(join(root, 'csl', folder, file), contents[index]);
  }
}
// Each file's SHA-256 pins the bytes vendored: a test checks them, so an edit by hand shows.
const record = ({ commit, date, files, contents }) => ({
  commit,
  date,
  sha256: Object.fromEntries(
    files.map((file, index) => [file, createHash('sha256').update(contents[index]).digest('hex')]),
  ),
});
const sources = {
  styles: { repository: 'https://github.com/citation-style-language/styles', ...record(styles) },
  locales: { repository: 'https://github.com/citation-style-language/locales', ...record(locales) },
};
writeFileSync(join(root, 'csl', 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
const count = (folder) => Object.keys(sources[folder].sha256).length;
console.log(
  `styles ${sources.styles.commit} (${count('styles')} files), locales ${sources.locales.commit} (${count('locales')} files)`,
);
