// Minimal typing of the parts of citeproc-js (npm `citeproc`, CommonJS) this package uses.
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  interface CiteprocEngine {
    setOutputFormat(format: string): void;
    updateItems(ids: readonly string[]): void;
    makeBibliography(): false | [{ bibstart: string; bibend: string }, string[]];
    makeCitationCluster(cites: readonly { id: string }[]): string;
    opt: { development_extensions: Record<string, boolean> };
  }
  interface CiteprocStatic {
    Engine: new (
      sys: CiteprocSys,
      style: unknown,
      lang?: string,
      forceLang?: boolean,
    ) => CiteprocEngine;
    Output: { Formats: Record<string, Record<string, unknown>> };
    /** How citeproc-js resolves a language: `base` is the locale it loads first (es-ES for es-MX). */
    localeResolve(lang: string): { base: string; best: string; bare: string };
    /** citeproc-js's own XML reader: a CSL file as the JSON form `Engine` also accepts. */
    parseXml(xml: string): unknown;
  }
  const CSL: CiteprocStatic;
  export default CSL;
}
