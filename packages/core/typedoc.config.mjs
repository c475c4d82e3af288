import { fileURLToPath } from 'node:url';
import { packageDocs } from '../../scripts/lib/entries.mjs';

// The entry points of package.json's `exports` map.
export default packageDocs(fileURLToPath(new URL('.', import.meta.url)));
