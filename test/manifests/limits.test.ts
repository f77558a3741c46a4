// Hostile input to the manifest functions: any argument shape throws only RenderError; nesting past
// MAX_DEPTH is LIMIT_EXCEEDED at the first collection too deep (in every reader, before any recursion);
// quoted scalars are read in time linear in their length (checked by counting the pieces a value is
// assembled from, and by the `yaml` composer never seeing a double-quoted scalar's characters: no
// timings here).
import { describe, expect, it } from 'vitest';
import { isScalar, visit } from 'yaml';
import { RenderError } from '../../src/errors.js';
import { decodeQuoted, type QuotedStats } from '../../src/manifests/_quoted-scalar.js';
import { DecodeError, MAX_DEPTH, SpanTable } from '../../src/manifests/_spans.js';
import { LineIndex } from '../../src/manifests/_line-index.js';
import { parseManifests, readManifests, type ManifestError } from '../../src/manifests/parse-manifests.js';
import { readBlockYaml } from '../../src/manifests/read-block-yaml.js';
import { parseStream, readYaml } from '../../src/manifests/read-yaml.js';
import { stringifyManifest } from '../../src/manifests/stringify-manifest.js';

/** What `f` threw (a RenderError, or the test fails), or 'ok'. */
function outcome(f: () => unknown): RenderError | 'ok' {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (!(e instanceof RenderError)) throw new Error(`threw ${String((e as Error)?.constructor?.name)} instead of a RenderError: ${String((e as Error)?.message)}`);
    return e;
  }
}

function refusal(f: () => unknown): ManifestError {
  const r = outcome(f);
  if (r === 'ok') throw new Error('expected a RenderError');
  return r as ManifestError;
}

describe('any argument shape: a result or a RenderError', () => {
  const throwingGetter = Object.defineProperty({}, 'filename', {
    get() {
      throw new Error('getter');
    },
  });
  const hostileProxy = new Proxy(
    {},
    {
      get() {
        throw new TypeError('trap');
      },
      ownKeys() {
        throw new TypeError('trap');
      },
      getOwnPropertyDescriptor() {
        throw new TypeError('trap');
      },
    },
  );
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  const values: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 0],
    ['a bigint', 1n],
    ['NaN', NaN],
    ['a boolean', true],
    ['a string', 'x'],
    ['a symbol', Symbol('s')],
    ['a function', () => 1],
    ['an empty object', {}],
    ['an array', []],
    ['a String object', new String('a: 1')],
    ['a throwing getter', throwingGetter],
    ['a hostile proxy', hostileProxy],
    ['a cyclic object', cyclic],
    ['a Map', new Map([[1, 2]])],
    ['an object with a bigint', { a: 1n }],
    ['an object with a throwing getter', Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new Error('g'); } })],
    ['options of the wrong types', { filename: 5, collect: 'yes' }],
  ];
  const texts: Array<[string, unknown]> = [['an empty text', ''], ['a manifest', 'apiVersion: v1\nkind: X\n'], ...values];

  it.each(texts)('readManifests and parseManifests with %s as the text, and every kind of options', (_n, text) => {
    for (const [, options] of values) {
      outcome(() => readManifests(text as string, options as never));
      outcome(() => parseManifests(text as string, options as never));
    }
  });

  it('readManifests(text, null) and other non-object options are no options', () => {
    expect(readManifests('', null as never).objects).toEqual([]);
    expect(parseManifests('apiVersion: v1\nkind: X\n', null as never)).toEqual([{ apiVersion: 'v1', kind: 'X' }]);
    expect(parseManifests('apiVersion: v1\nkind: X\n', 5 as never)).toHaveLength(1);
    const e = refusal(() => parseManifests('kind: X\n', { filename: 5 } as never));
    expect(e.message).toBe('<input>:1:1: apiVersion not set');
  });

  it('a text that is no string, and options that cannot be read, are INVALID_INPUT', () => {
    expect(refusal(() => readManifests(5 as never)).code).toBe('INVALID_INPUT');
    expect(refusal(() => parseManifests(new String('a: 1') as never)).code).toBe('INVALID_INPUT');
    expect(refusal(() => readManifests('', throwingGetter as never)).code).toBe('INVALID_INPUT');
    expect(refusal(() => parseManifests('', hostileProxy as never)).code).toBe('INVALID_INPUT');
  });

  it.each(values)('stringifyManifest(%s)', (_n, value) => {
    outcome(() => stringifyManifest(value));
  });

  it('stringifyManifest refuses an object that holds itself (json.Marshal: encountered a cycle), not the stack or the heap', () => {
    const e = refusal(() => stringifyManifest({ kind: 'X', spec: { list: [cyclic] } }));
    expect([e.code, e.message]).toEqual(['INVALID_INPUT', 'error marshaling into JSON: json: unsupported value: encountered a cycle']);
    // Shared (not cyclic) objects are written twice, as JSON does.
    const shared = { a: 1 };
    expect(stringifyManifest({ p: shared, q: [shared, shared] })).toBe('p:\n  a: 1\nq:\n- a: 1\n- a: 1\n');
  });

  it.each([...values, ['a path string', '$.a.b.0'], ['path segments', ['a', 'b', 0]], ['odd segments', [Symbol('s'), {}, null]]] as Array<[string, unknown]>)(
    'locate with %s as the object and as the path',
    (_n, value) => {
      const src = readManifests('apiVersion: v1\nkind: X\na: {b: [1]}\n');
      outcome(() => src.locate(value as object, value as string));
      outcome(() => src.locate(src.objects[0]!, value as string));
      outcome(() => src.locate(value as object));
    },
  );
});

describe(`nesting deeper than MAX_DEPTH (${MAX_DEPTH}): LIMIT_EXCEEDED where the first level too many opens`, () => {
  const head = 'apiVersion: v1\nkind: X\n';
  /** The object is level 1; the text holds n more levels; the position of level MAX_DEPTH + 1; how deep to go to be hostile. */
  const shapes: Array<[string, (n: number) => string, (n: number) => [number, number], number?]> = [
    ['YAML flow sequences', (n) => `${head}x: ${'['.repeat(n)}${']'.repeat(n)}\n`, (n) => [3, 4 + n - 1]],
    ['YAML flow mappings', (n) => `${head}x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`, (n) => [3, 4 + 4 * (n - 1)]],
    ['YAML compact block sequences', (n) => `${head}x:\n${'- '.repeat(n)}a\n`, (n) => [4, 1 + 2 * (n - 1)]],
    ['YAML block mappings', (n) => head + Array.from({ length: n + 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n', (n) => [3 + n, n + 1], 3000],
    ['JSON arrays', (n) => `{"apiVersion":"v1","kind":"X","x":${'['.repeat(n)}${']'.repeat(n)}}`, (n) => [1, 35 + n - 1]],
    ['JSON objects', (n) => `{"apiVersion":"v1","kind":"X","x":${'{"a":'.repeat(n - 1)}{}${'}'.repeat(n - 1)}}`, (n) => [1, 35 + 5 * (n - 1)]],
  ];

  it.each(shapes)('%s: MAX_DEPTH levels read, one more refused, 100k refused at the same place', (_n, text, where, hostile = 100_000) => {
    expect(outcome(() => parseManifests(text(MAX_DEPTH - 1)))).toBe('ok');
    for (const n of [MAX_DEPTH, hostile]) {
      const e = refusal(() => parseManifests(text(n), { filename: 'deep.yaml' }));
      const [line, column] = where(MAX_DEPTH);
      expect({ code: e.code, file: e.file, line: e.line, column: e.column }).toEqual({ code: 'LIMIT_EXCEEDED', file: 'deep.yaml', line, column });
      expect(e.message).toBe(`deep.yaml:${line}:${column}: the document is nested deeper than ${MAX_DEPTH} levels of mappings and sequences`);
    }
  });

  it('the fast block reader reads block mappings MAX_DEPTH deep, and leaves deeper ones to the full reader', () => {
    const block = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(readBlockYaml(block(MAX_DEPTH), new SpanTable())).toHaveLength(1);
    expect(readBlockYaml(block(MAX_DEPTH + 1), new SpanTable())).toBeUndefined();
    const e = refusal(() => parseManifests(head + block(MAX_DEPTH + 1)));
    expect([e.code, e.line, e.column]).toEqual(['LIMIT_EXCEEDED', 3 + MAX_DEPTH, MAX_DEPTH + 1]);
  });

  it('depth made by aliases and by flow pairs counts too (the decoder checks what it builds)', () => {
    const chain = `${head}a: &a ${'['.repeat(300)}${']'.repeat(300)}\nb: ${'['.repeat(199)}*a${']'.repeat(199)}\n`;
    expect(outcome(() => parseManifests(chain))).toBe('ok'); // 1 + 199 + 300 = 500
    const deeper = refusal(() => parseManifests(chain.replace(`b: ${'['.repeat(199)}*a${']'.repeat(199)}`, `b: ${'['.repeat(200)}*a${']'.repeat(200)}`)));
    expect([deeper.code, deeper.line]).toEqual(['LIMIT_EXCEEDED', 3]);
    // `[a: [a: …]]`: each pair is a mapping inside the sequence, two levels per bracket.
    const pairs = (n: number) => `${head}x: ${'[a: '.repeat(n)}b${']'.repeat(n)}\n`;
    expect(outcome(() => parseManifests(pairs(249)))).toBe('ok'); // 1 + 2 × 249 = 499
    expect(refusal(() => parseManifests(pairs(250))).code).toBe('LIMIT_EXCEEDED'); // 501
  });

  it('a syntax error is still INVALID_INPUT, and deep nesting inside a string is no nesting', () => {
    expect(refusal(() => parseManifests(`${head}x: [1\n`)).code).toBe('INVALID_INPUT');
    const text = `${head}x: "${'['.repeat(100_000)}"\ny: '${'{'.repeat(100_000)}'\n`;
    expect(parseManifests(text)[0]!.x).toBe('['.repeat(100_000));
  });
});

describe('quoted scalars: go-yaml values, in time linear in their length', () => {
  const dq = (source: string, stats?: QuotedStats): string => decodeQuoted(source, 0, source.length, stats);

  it.each([
    ['a plain run', '"abc"', 'abc'],
    ['escapes', '"\\t\\n\\x41\\u00e9\\U0001F600\\"\\\\"', '\t\nAé😀"\\'],
    ["go-yaml's \\' escape", `"x\\'y"`, "x'y"],
    ['a line break folded to a space', '"a\n  b"', 'a b'],
    ['empty lines kept as line breaks', '"a\n\n\n  b"', 'a\n\nb'],
    ['blanks around a line break dropped', '"a \t\n \t b"', 'a b'],
    ['blanks between words kept', '"a \t b"', 'a \t b'],
    ['an escaped line break joining lines', '"a\\\n   b"', 'ab'],
    ['an escaped line break followed by empty lines', '"a\\\n\n  b"', 'a\nb'],
    ['an escaped space before a line break', '"a\\ \n b"', 'a  b'],
    ['CRLF line breaks', '"a\r\n  b\r\n\r\n c"', 'a b\nc'],
    ['a trailing line break', '"a\n"', 'a '],
    ["single quotes: '' and folding", "'it''s\n  folded\n\n  twice '", "it's folded\ntwice "],
    ['a backslash in single quotes', "'a\\nb'", 'a\\nb'],
  ])('%s', (_n, source, value) => {
    expect(dq(source)).toBe(value);
  });

  it.each([
    ['\\/', '"a\\/b"', 'found unknown escape character', 2],
    ['\\q', '"a\\qb"', 'found unknown escape character', 2],
    ['short \\x', '"\\x4"', 'did not find expected hexdecimal number', 1],
    ['a surrogate', '"a\\ud800"', 'found invalid Unicode character escape code', 2],
    ['past U+10FFFF', '"\\U00110000"', 'found invalid Unicode character escape code', 1],
  ])("go-yaml's escape errors: %s", (_n, source, message, at) => {
    let error: unknown;
    try {
      dq(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect([(error as DecodeError).message, (error as DecodeError).offset]).toEqual([message, at]);
  });

  it('assembles a value from pieces counted by lines and escapes, never by characters', () => {
    const pieces = (source: string): number => {
      const stats = { pieces: 0 };
      dq(source, stats);
      return stats.pieces;
    };
    // One line: one piece, whatever its length.
    expect(pieces(`"${'x'.repeat(10)}"`)).toBe(1);
    expect(pieces(`"${'x'.repeat(1_000_000)}"`)).toBe(1);
    // Lines: a run and a fold per line, whatever their length.
    const lines = (n: number, width: number): string => `"${Array.from({ length: n }, () => 'x'.repeat(width)).join('\n  ')}"`;
    expect(pieces(lines(100, 10))).toBe(199);
    expect(pieces(lines(100, 10_000))).toBe(199);
    // Escapes: one piece each (joined in bounded batches).
    expect(pieces(`"${'ab\\t'.repeat(1000)}"`)).toBe(2000);
  });

  it('a long value is exact in both readers, block and flow context', () => {
    const long = 'x'.repeat(3_000_000) + '\t"é😀';
    const escaped = long.replace(/\t/g, '\\t').replace(/"/g, '\\"');
    const read = (text: string, fast: boolean) => readYaml(text, new SpanTable(), new LineIndex(text), fast)[0]!.value;
    expect(read(`a: "${escaped}"\n`, true)).toEqual({ a: long });
    expect(read(`a: "${escaped}"\n`, false)).toEqual({ a: long });
    expect(read(`a: ["${escaped}"]\n`, true)).toEqual({ a: [long] });
  });

  it('the `yaml` composer gets double-quoted scalars blanked (same length and structure), so it never builds their values', () => {
    const value = 'y'.repeat(100_000);
    const text = `a: ["${value}", "p\\tq\n  r"]\n"k\n  2": 1\n`;
    const [doc] = parseStream(text);
    const seen: Array<[string, number, number]> = [];
    visit(doc!, {
      Scalar(_k, node) {
        if (isScalar(node) && node.type === 'QUOTE_DOUBLE') seen.push([String(node.value).trim(), node.range![0], node.range![1]]);
      },
    });
    // The composer's values are only blanks; the ranges are those of the text, so readYaml decodes there.
    expect(seen).toEqual([
      ['', 4, 4 + value.length + 2],
      ['', value.length + 8, value.length + 18],
      ['', value.length + 20, value.length + 27],
    ]);
    // A multi-line implicit key is still the composer's error (it sees the line break).
    expect(doc!.errors.map((e) => e.code)).toEqual(['MULTILINE_IMPLICIT_KEY']);
  });

  it('an unterminated double-quoted scalar (or one whose last quote is escaped) is still an error', () => {
    expect(refusal(() => parseManifests('apiVersion: v1\nkind: X\nx: "abc\\"')).code).toBe('INVALID_INPUT');
    expect(refusal(() => parseManifests('apiVersion: v1\nkind: X\nx: ["abc')).code).toBe('INVALID_INPUT');
  });
});
