/** A CSL style or locale in the compact JSON form shipped by this package (`n`ame, `a`ttributes, `c`hildren). */
export interface CompactCslNode {
  readonly n: string;
  readonly a?: Readonly<Record<string, string>>;
  readonly c?: readonly (CompactCslNode | string)[];
}

/** A CSL style or locale as citeproc-js reads it when given JSON rather than XML. */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/** Expands the compact form into citeproc-js's JSON form (what its XML parser would produce). */
export function expandCslNode(node: CompactCslNode): CslNode {
  const children: (CslNode | string)[] = [];
  if (node.c !== undefined) {
    for (const child of node.c)
      children.push(typeof child === 'string' ? child : expandCslNode(child));
  } else if (node.n === 'term') {
    children.push('');
  }
  return { name: node.n, attrs: { ...node.a }, children };
}
