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

/**
 * The style without the `<sort>` of its citation and bibliography: what orders several items or
 * cites, which one item or one cite never needs.
 */
export function withoutSort(style: CompactCslNode): CompactCslNode {
  const strip = (node: CompactCslNode | string): CompactCslNode | string =>
    typeof node === 'string' || (node.n !== 'citation' && node.n !== 'bibliography')
      ? node
      : {
          ...node,
          c: (node.c ?? []).filter((child) => typeof child === 'string' || child.n !== 'sort'),
        };
  return { ...style, c: (style.c ?? []).map(strip) };
}

/** A node as citeproc-js's XML reader (`CSL.parseXml`) returns it. */
export interface XmlNode {
  readonly name?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly children?: readonly (XmlNode | string)[];
}

/** citeproc-js's JSON form of a style or locale, compacted as this package stores it. */
export function compactCslNode(node: XmlNode): CompactCslNode {
  const { xmlns: _xmlns, ...attrs } = node.attrs ?? {};
  const children = (node.children ?? []).map((child) =>
    typeof child === 'string' ? child : compactCslNode(child),
  );
  return {
    n: node.name ?? '',
    ...(Object.keys(attrs).length === 0 ? {} : { a: attrs }),
    ...(children.length === 0 ? {} : { c: children }),
  };
}
