// citation-js ships no types; the tests use only its input chain.
declare module '@citation-js/core' {
  export const plugins: {
    input: { chain(data: string, options?: { generateGraph?: boolean }): unknown[] };
  };
}
declare module '@citation-js/plugin-ris';
