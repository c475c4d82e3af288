import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_IMAGE, renderSite, type SiteOptions } from './site.js';

/**
 * Writes the site into `folder` (emptied first): its pages, and the card image from `assets`.
 *
 * @param folder - Where the site goes.
 * @param options - Base URL and values you supply.
 * @param assets - The package's `assets/` folder, as a URL.
 */
export async function writeSite(folder: string, options: SiteOptions, assets: URL): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  for (const [path, html] of Object.entries(renderSite(options))) {
    const file = join(folder, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  await copyFile(fileURLToPath(new URL(CARD_IMAGE, assets)), join(folder, CARD_IMAGE));
}
