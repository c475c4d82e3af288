// The press release's APA reference with citation-js and its CSL plugin (citeproc-js inside,
// with the APA style and en-US locale it bundles).
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { pressRelease } from './press-release-item.js';

document.body.append(
  new Cite(pressRelease).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }),
);
