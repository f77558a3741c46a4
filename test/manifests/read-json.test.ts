// The JSON stream reader against JSON.parse: same values (keys in Go's order), the same verdict on
// malformed text (a duplicate key is the one deliberate difference), positions of every value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, goStringCompare, SpanTable } from '../../src/manifests/_spans.js';
import { readJson } from '../../src/manifests/read-json.js';

/** JSON.parse's value with object keys in Go's order (what the reader returns). */
function goOrdered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(goOrdered);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort(goStringCompare)) Object.defineProperty(out, k, { value: goOrdered((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

const read = (text: string): unknown[] => readJson(text, new SpanTable()).map((d) => d.value);

describe('readJson', () => {
  it('reads what JSON.stringify writes, as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { minLength: 1, maxLength: 3 }), fc.constantFrom(undefined, 2, '\t'), (docs, indent) => {
        const text = docs.map((d) => JSON.stringify(d, null, indent)).join('\n');
        expect(JSON.stringify(read(text))).toBe(JSON.stringify(docs.map((d) => goOrdered(JSON.parse(JSON.stringify(d))))));
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('refuses what JSON.parse refuses (single documents, random edits)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), fc.nat(), fc.constantFrom('"', '\\', ',', '}', '{', ':', '[', ']', '\u0001', 'x', '-', '.', 'e', ' '), (doc, at, edit) => {
        const source = JSON.stringify(doc);
        const i = at % (source.length + 1);
        const text = source.slice(0, i) + edit + source.slice(i);
        let theirs: unknown;
        let ok = true;
        try {
          theirs = JSON.parse(text);
        } catch {
          ok = false;
        }
        let ours: unknown[] | undefined;
        let error: unknown;
        try {
          ours = read(text);
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
          error = e;
        }
        // JSON.parse accepts it: so do we, but for a duplicate key or a number beyond float64 (Go's
        // decoder refuses 1e400; JSON.parse makes it Infinity).
        if (ok && ours === undefined) expect((error as Error).message).toMatch(/^duplicate key |is out of range/);
        if (!ok) {
          // JSON.parse refuses: so must we (a stream may hold two documents where JSON.parse sees one text).
          if (ours !== undefined) expect(ours.length).toBeGreaterThan(1);
        } else if (ours !== undefined && typeof theirs === 'object' && theirs !== null) {
          expect(JSON.stringify(ours)).toBe(JSON.stringify([goOrdered(theirs)]));
        }
      }),
      { numRuns: 1500, seed: 6 },
    );
  });

  const cases: Array<[string, string, unknown]> = [
    ['escapes', '{"a": "\\u00e9\\n\\/\\"\\\\\\ud83d\\ude00"}', { a: 'é\n/"\\😀' }],
    ['a lone surrogate escape becomes U+FFFD, as Go decodes it', '{"a": "\\ud800x"}', { a: '\ufffdx' }],
    ['numbers', '{"a": -0.5e3, "b": 0, "c": 12345678901234567890}', { a: -500, b: 0, c: 12345678901234567890 }],
  ];
  for (const [name, text, value] of cases) it(name, () => expect(read(text)).toEqual([value]));

  it('a duplicate key is an error, at the second key', () => {
    expect(() => read('{"a": 1,\n "a": 2}')).toThrow(expect.objectContaining({ message: 'duplicate key "a"', offset: 10 }));
  });

  it('records where every value is', () => {
    const spans = new SpanTable();
    const [doc] = readJson('{"a": [1, {"b": true}]}', spans);
    const obj = doc!.value as { a: [number, object] };
    expect(spans.get(obj)).toEqual({ at: 0, entries: new Map([['a', 1]]) });
    expect(spans.get(obj.a)).toEqual({ at: 6, items: [7, 10] });
    expect(spans.get(obj.a[1])).toEqual({ at: 10, entries: new Map([['b', 16]]) });
  });
});
