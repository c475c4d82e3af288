// The press release's APA reference, precomputed at build time: no citation engine in the bundle.
import { formatCitation } from '@track4tip/cite';
import { getPressRelease } from '@track4tip/core';

document.body.insertAdjacentHTML(
  'beforeend',
  formatCitation(getPressRelease(), { style: 'apa', format: 'html' }).value,
);
