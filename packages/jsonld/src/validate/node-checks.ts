// A node against the schema.org vocabulary: its types exist and are current, its properties exist
// and sit on one of its types, its dates come in order (`endDate` not before `startDate`), and
// it is a node object JSON-LD can read.
import type { IssuePath } from '@track4tip/core';
import type { Checker, TypeInfo } from './checker.js';
import { certainlyBefore, DATE_ORDER, readIso } from './dates.js';
import { asList, type JsonObject, join, keyOf } from './json.js';
import { JSON_LD, names, SCHEMA, show, showValue } from './messages.js';
import { isForeignIri, isSchemaLookalike, localName } from './terms.js';

/**
 * Checks a node's types (`written`: as `typesOf` reads them, at `typePath`): one at least (an
 * embedded node without one is a warning), each a schema.org type, none superseded.
 */
export function checkTypes(
  checker: Checker,
  written: readonly { written: string; name: string }[],
  typePath: IssuePath,
  path: IssuePath,
  topId: string | undefined,
  top: boolean,
): void {
  if (written.length === 0 && top) {
    checker.report(
      'error',
      'MISSING_TYPE',
      topId,
      path,
      'a node needs an "@type" from schema.org, e.g. "Event"',
      SCHEMA,
    );
  } else if (written.length === 0) {
    // Legal (schema.org's own examples leave a contactPoint untyped), but nothing says what it is.
    checker.report(
      'warning',
      'MISSING_TYPE',
      topId,
      path,
      'this node has no "@type": a reader can only guess it from the property, and Google may not use it',
      SCHEMA,
      'add its schema.org type, e.g. "ContactPoint"',
    );
  }
  const { isClass, release, scope, supersededBy } = checker.vocabulary;
  const reported = new Set<string>();
  for (const { written: type, name } of written) {
    if (reported.has(type)) continue;
    reported.add(type);
    if (!checker.bareTerms && !type.includes(':')) {
      checker.report(
        'error',
        'UNKNOWN_TYPE',
        topId,
        typePath,
        `${show(type)} is no term of this context, which defines only the prefix schema: JSON-LD reads it as a relative IRI`,
        `${JSON_LD}#the-context`,
        `write "schema:${type}", or use "@context": "https://schema.org"`,
      );
      continue;
    }
    if (!isClass(name) && isForeignIri(type)) {
      // A type of another vocabulary beside (or instead of) schema.org's: legal JSON-LD.
      checker.report(
        'info',
        'UNKNOWN_TYPE',
        topId,
        typePath,
        `${show(type)} is not a schema.org term; it is left unchecked`,
        `${JSON_LD}#iris`,
      );
    } else if (!isClass(name) && scope !== undefined && !isSchemaLookalike(type)) {
      checker.report(
        'warning',
        'UNCHECKED_TERM',
        topId,
        typePath,
        `${show(type)} is not one of the types of ${scope} this validator holds; it and the properties only it has are left unchecked`,
        `${SCHEMA}docs/full.html`,
        'check the spelling, or check the page with validate from @track4tip/jsonld/validate (all of schema.org)',
      );
    } else if (!isClass(name)) {
      checker.report(
        'error',
        'UNKNOWN_TYPE',
        topId,
        typePath,
        `${show(type)} is not a schema.org type (release ${release})`,
        `${SCHEMA}docs/full.html`,
        'check the spelling',
      );
    } else if (supersededBy(name).length > 0) {
      checker.report(
        'warning',
        'SUPERSEDED_TERM',
        topId,
        typePath,
        `"${name}" is superseded by ${supersededBy(name).join(', ')}`,
        `${SCHEMA}${name}`,
        'use that instead',
      );
    }
  }
}

/** `endDate` before `startDate`, `dateModified` before `datePublished`, and the like. */
export function checkDateOrder(
  checker: Checker,
  node: JsonObject,
  path: IssuePath,
  topId: string | undefined,
): void {
  // The first value of each date property, whichever way its key is written (`schema:endDate`).
  const dates = new Map<string, { key: string; value: string }>();
  for (const key of Object.keys(node)) {
    const value = asList(node[key])[0];
    const name = localName(key);
    if (
      typeof value === 'string' &&
      DATE_ORDER.some((pair) => pair.includes(name)) &&
      !dates.has(name)
    )
      dates.set(name, { key, value });
  }
  if (dates.size < 2) return;
  for (const [from, to] of DATE_ORDER) {
    const start = dates.get(from);
    const end = dates.get(to);
    if (start === undefined || end === undefined) continue;
    const startIso = readIso(start.value);
    const endIso = readIso(end.value);
    if (startIso !== undefined && endIso !== undefined && certainlyBefore(endIso, startIso)) {
      checker.report(
        'error',
        'DATE_ORDER',
        topId,
        join(path, end.key),
        `"${to}" (${show(end.value)}) is before "${from}" (${show(start.value)})`,
        `${SCHEMA}${to}`,
        'correct one of them',
      );
    }
  }
}

/**
 * Checks a property key of a node of `types` at `base`: a schema.org property, current, and on
 * one of the types (a Role carries the property it qualifies: `roleCarrier`). Returns the
 * property's schema.org name when its values are to be checked, `undefined` when they cannot be.
 */
export function checkProperty(
  checker: Checker,
  key: string,
  base: IssuePath,
  topId: string | undefined,
  types: TypeInfo,
  roleCarrier: boolean,
): string | undefined {
  if (isForeignIri(key)) {
    checker.report(
      'info',
      'UNKNOWN_PROPERTY',
      topId,
      join(base, key),
      `${show(key)} is not a schema.org term; it is left unchecked`,
      `${JSON_LD}#iris`,
    );
    return undefined;
  }
  if (!checker.bareTerms && !key.includes(':')) {
    checker.report(
      'error',
      'UNKNOWN_PROPERTY',
      topId,
      join(base, key),
      `${show(key)} is no term of this context, which defines only the prefix schema: JSON-LD drops it`,
      `${JSON_LD}#the-context`,
      `write "schema:${key}", or use "@context": "https://schema.org"`,
    );
    return undefined;
  }
  const property = localName(key);
  const { domainsOf, isProperty, release, scope, supersededBy } = checker.vocabulary;
  // `query-input`, `startOffset-input`: how an Action's property is filled in
  // (https://schema.org/docs/actions.html), not a property of its own; its value is not checked.
  const annotated = /^(.+)-(?:input|output)$/.exec(property)?.[1];
  if (
    annotated !== undefined &&
    (isProperty(annotated) || scope !== undefined) &&
    (types.all.has('Action') || !types.checkable)
  )
    return undefined;
  if (!isProperty(property) && scope !== undefined) {
    // Every property of the vocabulary's types is in it: on a node of those types, this one is
    // not a property of the node (misspelt, or of another type); on others it is not checked.
    if (types.checkable && !roleCarrier) {
      checker.report(
        'error',
        'PROPERTY_NOT_ON_TYPE',
        topId,
        join(base, key),
        `${show(key)} is not a property of ${names(types.known)}`,
        `${SCHEMA}docs/full.html`,
        'check the spelling, or move it to a node of a type that has it',
      );
    }
    return undefined;
  }
  if (!isProperty(property)) {
    checker.report(
      'error',
      'UNKNOWN_PROPERTY',
      topId,
      join(base, key),
      `${show(key)} is not a schema.org property (release ${release})`,
      `${SCHEMA}docs/full.html`,
      'check the spelling',
    );
    return undefined;
  }
  if (supersededBy(property).length > 0) {
    checker.report(
      'warning',
      'SUPERSEDED_TERM',
      topId,
      join(base, key),
      `"${property}" is superseded by ${supersededBy(property).join(', ')}`,
      `${SCHEMA}${property}`,
      'use that instead',
    );
  }
  const domains = domainsOf(property);
  checker.work += domains.length;
  if (types.checkable && !roleCarrier && !domains.some((domain) => types.all.has(domain))) {
    checker.report(
      'error',
      'PROPERTY_NOT_ON_TYPE',
      topId,
      join(base, key),
      `"${property}" is not a property of ${names(types.known)}`,
      `${SCHEMA}${property}`,
      'move it to a node of a type that has it',
    );
  }
  return property;
}

/**
 * What makes a node object no JSON-LD at all (JSON-LD 1.1 expansion refuses the document, so no
 * reader gets a graph from it): an `@id` that is not a string, and, under schema.org's context
 * where `id` is `@id`, both `@id` and `id` on one node (colliding keywords).
 */
export function checkNodeSyntax(
  checker: Checker,
  node: JsonObject,
  path: IssuePath,
  topId: string | undefined,
): void {
  // `id` is `@id` only under schema.org's context; elsewhere it is a property of its own.
  const key = keyOf(node, '@id', checker.aliases);
  const id = node[key];
  if (id !== undefined && typeof id !== 'string') {
    checker.report(
      'error',
      'INVALID_DOCUMENT',
      topId,
      join(path, key),
      `"${key}" must be a string (an IRI or a blank node id such as "_:b0"); got ${showValue(id)}, so JSON-LD processors reject the document`,
      `${JSON_LD}#node-identifiers`,
      'give the node one id, as a string',
    );
  }
  if (checker.aliases && Object.hasOwn(node, '@id') && Object.hasOwn(node, 'id')) {
    checker.report(
      'error',
      'INVALID_DOCUMENT',
      topId,
      join(path, 'id'),
      `"id" is "@id" under schema.org's context, and the node has both: JSON-LD processors reject the document (colliding keywords)`,
      `${JSON_LD}#node-identifiers`,
      'keep one of them',
    );
  }
}
