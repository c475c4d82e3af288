// Types for the untyped tools the cross-check test runs (only what the test uses).

declare module '@marbec/web-auto-extractor' {
  /** What the extractor finds in a page: the JSON-LD items by `@type`, and parse errors. */
  export interface Extracted {
    readonly jsonld?: Record<string, Record<string, unknown>[]>;
    readonly errors?: readonly { readonly message: string; readonly format: string }[];
  }
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: readonly string[] });
    parse(html: string): Extracted;
  }
}

declare module '@adobe/structured-data-validator' {
  /** One step of an issue's path: the root item (`type`, `index`), then property steps. */
  export interface IssueStep {
    readonly type?: string | readonly string[];
    readonly index?: number;
    readonly length?: number;
    readonly property?: string;
  }
  export interface Issue {
    readonly rootType: string;
    readonly issueMessage: string;
    readonly severity: 'ERROR' | 'WARNING';
    readonly path?: readonly IssueStep[];
    readonly fieldNames?: readonly string[];
  }
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(extracted: unknown): Promise<Issue[]>;
  }
}
