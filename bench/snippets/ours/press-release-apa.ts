// The press release's APA reference, precomputed at build time: no citation engine in the bundle.
import { formatCitation } from '@track4tip/cite';

document.body.insertAdjacentHTML(
  'beforeend',
  formatCitation('unodc-press-release-2021-02-01', { style: 'apa', format: 'html' }),
);
