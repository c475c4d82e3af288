// The press release's APA reference, precomputed at build time: no citation engine in the bundle.
// Importing the one style's constant (rather than `formatCitation`, which can serve any style and
// so carries every precomputed table) keeps the bundle to that style's strings.
import { pressReleaseApa } from '@track4tip/cite';

document.body.insertAdjacentHTML('beforeend', pressReleaseApa.locales['en-US'].bibliography.html);
