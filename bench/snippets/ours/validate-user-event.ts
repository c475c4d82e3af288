// Validate an event a user typed in, with the SDK's schema and its path-first error messages.
import { safeParseEvent } from '@track4tip/core/schemas';

const input = document.querySelector('textarea')?.value ?? '{}';
const result = safeParseEvent(JSON.parse(input));
document.body.append(result.success ? 'valid' : result.error.message);
