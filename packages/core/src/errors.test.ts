import { describe, expect, it } from 'vitest';
import { CoreError, formatPath, isWithinPath } from './errors.js';

describe('formatPath', () => {
  it('writes keys with dots and positions in brackets', () => {
    expect(formatPath(['participations', 0, 'person'])).toBe('participations[0].person');
    expect(formatPath(['events', 3, 'location', 'place'])).toBe('events[3].location.place');
    expect(formatPath([0])).toBe('[0]');
    expect(formatPath([0, 1])).toBe('[0][1]');
  });

  it('writes the empty path as the empty string', () => {
    expect(formatPath([])).toBe('');
  });

  it('quotes keys that are not identifiers, so no path reads as another', () => {
    expect(formatPath(['events', 'odd key'])).toBe('events["odd key"]');
    expect(formatPath(['odd key'])).toBe('["odd key"]');
    expect(formatPath(['a.b'])).toBe('["a.b"]');
    expect(formatPath(['a', 'b'])).toBe('a.b');
    expect(formatPath(['0'])).toBe('["0"]');
    expect(formatPath([''])).toBe('[""]');
    expect(formatPath(['unodc-webinar'])).toBe('["unodc-webinar"]');
    expect(formatPath(['say "hi"'])).toBe('["say \\"hi\\""]');
    expect(formatPath(['line\nbreak'])).toBe('["line\\nbreak"]');
    expect(formatPath(['@'])).toBe('["@"]');
    expect(formatPath(['a@b'])).toBe('["a@b"]');
    expect(formatPath(['schema:name'])).toBe('["schema:name"]');
  });

  it('writes JSON-LD keywords as plain keys, as a document spells them', () => {
    expect(formatPath(['@graph', 0, 'location', 'url'])).toBe('@graph[0].location.url');
    expect(formatPath(['@context', 1, '@vocab'])).toBe('@context[1].@vocab');
    expect(formatPath(['@type', 'x'])).toBe('@type.x');
    expect(formatPath(['offers', 0, '@value'])).toBe('offers[0].@value');
    expect(formatPath([0, '@graph', 2])).toBe('[0].@graph[2]');
  });
});

describe('CoreError', () => {
  it('has one issue equal to its code, path and message by default', () => {
    const error = new CoreError('UNKNOWN_ID', 'there is no person with id "x"', { path: ['id'] });
    expect(error.name).toBe('CoreError');
    expect(error.path).toEqual(['id']);
    expect(error.message).toBe('there is no person with id "x"');
    expect(error.issues).toEqual([{ code: 'UNKNOWN_ID', path: ['id'], message: error.message }]);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.path)).toBe(true);
  });

  it('keeps a cause and has the empty path when not about a value', () => {
    const cause = new Error('boom');
    const error = new CoreError('INVALID_INPUT', 'bad', { cause });
    expect(error.cause).toBe(cause);
    expect(error.path).toEqual([]);
  });
});

describe('isWithinPath', () => {
  it('holds for a path strictly below the prefix, and for any path below the root', () => {
    expect(isWithinPath(['@graph', 0, 'location', 'url'], ['@graph', 0])).toBe(true);
    expect(isWithinPath(['@graph', 0], ['@graph', 0])).toBe(false);
    expect(isWithinPath(['@graph', 1, 'name'], ['@graph', 0])).toBe(false);
    expect(isWithinPath(['@graph', 10], ['@graph', 1])).toBe(false);
    expect(isWithinPath(['events', 0], [])).toBe(true);
    expect(isWithinPath([], [])).toBe(true);
  });
});
