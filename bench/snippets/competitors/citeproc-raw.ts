// The press release's APA reference with citeproc-js alone: the consumer ships the APA style and
// the en-US locale as strings (the same files citation-js bundles).

import { apaStyle, enUsLocale } from 'virtual:csl-apa-en-us';
import CSL from 'citeproc';
import { pressRelease } from './press-release-item.js';

const engine = new CSL.Engine(
  { retrieveLocale: () => enUsLocale, retrieveItem: () => pressRelease },
  apaStyle,
  'en-US',
);
engine.updateItems([pressRelease.id]);
const [, entries] = engine.makeBibliography();
document.body.insertAdjacentHTML('beforeend', entries.join(''));
