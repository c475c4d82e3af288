// The API reference site as a reader meets it: the guides carry their titles (not file names),
// sit in one "Guides" group ahead of the packages, in reading order (getting started first),
// and each guide page has a single top-level heading. The site is built here, from the
// repository's typedoc.json, into a temporary directory (warnings are errors there).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  name: string;
  projectDocuments: string[];
};

/** The reading order: the guides as typedoc.json lists them, each with its front-matter title. */
const guides = config.projectDocuments.map((file) => {
  const text = readFileSync(join(root, file), 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(frontMatter)?.[1];
  const heading = /^# (.+)$/m.exec(text.slice(frontMatter.length))?.[1];
  return { file, title: field('title'), group: field('group'), heading };
});

interface NavNode {
  text: string;
  path?: string;
  children?: NavNode[];
}

let out = '';
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .trim();

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'track4tip-api-site-'));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
}, 300_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('guides in the source', () => {
  it('every guide in docs/ is a project document', () => {
    const onDisk = readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`)
      .sort();
    expect([...config.projectDocuments].sort()).toEqual(onDisk);
  });

  it.each(guides)(
    '$file has a title (its heading, not its file name) in the Guides group',
    (guide) => {
      expect(guide.group).toBe('Guides');
      expect(guide.title).toBe(guide.heading);
      expect(guide.title).not.toBe(basename(guide.file, '.md'));
    },
  );

  it('getting started comes first', () => {
    expect(guides[0]?.file).toBe('docs/getting-started.md');
  });
});

describe('the generated site', () => {
  const titles = () => guides.map((g) => g.title);

  it('puts the guides, titled and in reading order, in a "Guides" group first in the navigation', () => {
    const script = read('assets/navigation.js');
    const data = /window\.navigationData = "([^"]+)"/.exec(script)?.[1];
    expect(data).toBeDefined();
    const nav = JSON.parse(
      inflateSync(Buffer.from(data ?? '', 'base64')).toString('utf8'),
    ) as NavNode[];
    expect(nav[0]?.text).toBe('Guides');
    expect(nav[0]?.children?.map((c) => c.text)).toEqual(titles());
    // No guide appears anywhere else at the top level.
    expect(nav.slice(1).filter((n) => titles().includes(n.text))).toEqual([]);
  });

  it('lists the guides first on the index of the reference, in the same order', () => {
    const html = read('modules.html');
    const sections = [...html.matchAll(/<h2 class="tsd-anchor-link" id="([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(sections[0]).toBe('guides');
    const guidesSection = html.slice(
      html.indexOf('id="guides"'),
      html.indexOf('</details>', html.indexOf('id="guides"')),
    );
    const listed = [...guidesSection.matchAll(/<a href="documents\/[^"]+">([^<]+)<\/a>/g)].map(
      (m) => m[1],
    );
    expect(listed).toEqual(titles());
  });

  it.each(guides)('$title: the page title and a single h1 carry the guide title', (guide) => {
    const html = read('modules.html');
    const href = new RegExp(`<a href="(documents/[^"]+)">${guide.title}</a>`).exec(html)?.[1];
    expect(href).toBeDefined();
    const page = read(href ?? '');
    expect(text(/<title>([\s\S]*?)<\/title>/.exec(page)?.[1] ?? '')).toBe(
      `${guide.title} | ${config.name}`,
    );
    const h1s = [...page.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => text(m[1] ?? ''));
    expect(h1s).toEqual([guide.title]);
  });
});
