// Types for the readers the tests run that ship none.
declare module 'html-metadata' {
  export function loadFromString(html: string): Promise<Record<string, unknown>>;
}
declare module 'metascraper' {
  type Rules = Record<string, unknown>;
  type Scraper = (input: { html: string; url: string }) => Promise<Record<string, unknown>>;
  const metascraper: (rules: Rules[]) => Scraper;
  export default metascraper;
}
declare module 'metascraper-*' {
  const rules: () => Record<string, unknown>;
  export default rules;
}
