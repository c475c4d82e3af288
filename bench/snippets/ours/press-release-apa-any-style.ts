// The same citation through `formatCitation`, which can serve any style and locale and so carries
// every precomputed citation table (still no citation engine).
import { formatCitation } from '@track4tip/cite';
import { getPressRelease } from '@track4tip/core';

document.body.insertAdjacentHTML(
  'beforeend',
  formatCitation(getPressRelease(), { style: 'apa', format: 'html' }).value,
);
