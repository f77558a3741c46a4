// The fast block-style reader against the full reader (the `yaml` package path): on everything the fast
// reader accepts, both give the same values, the same key order and the same spans; whatever the full
// reader rejects, the fast reader must not accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LineIndex } from '../../src/manifests/_line-index.js';
import { SpanTable, type DecodedDocument } from '../../src/manifests/_spans.js';
import { readBlockYaml } from '../../src/manifests/read-block-yaml.js';
import { readYaml } from '../../src/manifests/read-yaml.js';
import { stringifyManifest } from '../../src/manifests/stringify-manifest.js';

type Read = { docs: DecodedDocument[]; spans: SpanTable } | { error: string };

function full(text: string): Read {
  const spans = new SpanTable();
  try {
    // Null documents are dropped by the fast reader (and by parseManifests).
    return { docs: readYaml(text, spans, new LineIndex(text), false).filter((d) => d.value !== null), spans };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function fast(text: string): { docs: DecodedDocument[]; spans: SpanTable } | undefined {
  const spans = new SpanTable();
  const docs = readBlockYaml(text, spans);
  return docs === undefined ? undefined : { docs, spans };
}

/** Spans of every object and array in `a` (read by one reader) and `b` (by the other) agree. */
function sameSpans(a: unknown, b: unknown, sa: SpanTable, sb: SpanTable, path = '$'): void {
  if (typeof a !== 'object' || a === null) return;
  const x = sa.get(a);
  const y = sb.get(b as object);
  expect({ path, at: y?.at, entries: y?.entries && [...y.entries].sort(), items: y?.items }).toEqual({
    path,
    at: x?.at,
    entries: x?.entries && [...x.entries].sort(),
    items: x?.items,
  });
  if (Array.isArray(a)) a.forEach((v, i) => sameSpans(v, (b as unknown[])[i], sa, sb, `${path}.${i}`));
  else for (const k of Object.keys(a)) sameSpans((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], sa, sb, `${path}.${k}`);
}

/** Checks one text; returns whether the fast reader took it. */
function check(text: string): boolean {
  const f = fast(text);
  if (f === undefined) return false;
  const r = full(text);
  if ('error' in r) throw new Error(`the fast reader accepted what the full reader rejects (${r.error}):\n${text}`);
  expect(JSON.stringify(f.docs.map((d) => d.value))).toBe(JSON.stringify(r.docs.map((d) => d.value)));
  expect(f.docs.map((d) => d.at)).toEqual(r.docs.map((d) => d.at));
  r.docs.forEach((d, i) => sameSpans(d.value, f.docs[i]!.value, r.spans, f.spans));
  return true;
}

const trickyStrings = [
  '', ' ', 'a', 'yes', 'no', 'on', 'y', 'N', '~', 'null', 'true', '0644', '0o17', '0x1F', '1_000', '3.2', '3.2.0', '1e5', '.5', '-1', '+1',
  '2001-01-01', '1:20', 'a: b', 'a #b', 'a#b', '#x', '- x', '-', '?', ':', 'x:', '[x]', '{x}', '&a', '*a', '!t', '|', '>', "'q'", '"q"',
  "it's", 'say "hi"', 'back\\slash', 'tab\there', 'line\nbreak', 'two\n\nbreaks\n', 'trailing\n', 'trailing\n\n\n', '\nleading', '  indented',
  'trailing ', 'é', 'data:,hello%20world', 'machineconfiguration.openshift.io/role', '<<', '%x', '@x', '`x', 'a,b', '---', '...',
  'x'.repeat(100), 'word '.repeat(30), 'two  spaces '.repeat(12), ' lead and trail '.repeat(8), 'ctl\u0001x', 'nul\u0000', 'bell\u0007 '.repeat(20),
  'tab\tand space '.repeat(10), 'emoji 😀 '.repeat(12), 'nbsp\u00a0x', 'trailing spaces   \nnext', 'x\n \n y',
];
const trickyKeys = ['a', 'b', 'key', 'apiVersion', 'kind', 'metadata', 'name', 'yes', '1', '0644', 'a.b/c', 'x-y', 'with space', '"q"', 'é', 'null', '__proto__', 'k:v', '-k'];

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...trickyStrings),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -1000, max: 100000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom(...trickyKeys), tie('value'), { maxKeys: 5 }),
})).value;

const document = fc.dictionary(fc.constantFrom(...trickyKeys), value, { minKeys: 1, maxKeys: 6 });

/** The ways manifests get written: go-yaml (oc), and the `yaml` package with its main layouts. */
const writers: Array<[string, (v: unknown) => string]> = [
  ['go-yaml (oc get -o yaml)', (v) => stringifyManifest(v)],
  ['yaml package', (v) => stringify(v, { version: '1.1' })],
  ['yaml package, sequences not indented', (v) => stringify(v, { version: '1.1', indentSeq: false, lineWidth: 0 })],
  ['yaml package, indent 4', (v) => stringify(v, { version: '1.1', indent: 4, defaultStringType: 'QUOTE_SINGLE' })],
];

describe('fast block reader = full reader', () => {
  for (const [name, write] of writers) {
    it(`on random documents written by ${name}`, () => {
      fc.assert(
        fc.property(fc.array(document, { minLength: 1, maxLength: 3 }), (docs) => {
          let text: string;
          try {
            text = docs.map((d) => write(d)).join('---\n');
          } catch {
            return; // a value the writer refuses
          }
          check(text);
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 300), seed: Number(process.env.FC_SEED ?? 6) },
      );
    });
  }

  it('on mutated documents (random edits of go-yaml output)', () => {
    const edits = [' ', '  ', '\t', '#', ': ', ':', '- ', '-', '\n', '"', "'", '|', '>', '&a ', '*a', '{', '[', '? ', '---\n', '\n  ', 'x'];
    fc.assert(
      fc.property(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...edits), fc.boolean()), { minLength: 1, maxLength: 3 }), (doc, changes) => {
        let text = stringifyManifest(doc);
        for (const [at, edit, remove] of changes) {
          const i = at % (text.length + 1);
          text = remove ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + edit + text.slice(i);
        }
        check(text);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1500), seed: Number(process.env.FC_SEED ?? 6) },
    );
  });

  it('takes every MachineConfig of the benchmark input as oc prints it (the fast path is the usual path)', async () => {
    // @ts-expect-error -- a plain .mjs module
    const { benchInput } = (await import('../../scripts/bench-inputs.mjs')) as { benchInput: (n: number) => { machineConfigs: unknown[] } };
    const configs = benchInput(40).machineConfigs;
    for (const mc of configs) expect(check(stringifyManifest({ apiVersion: 'machineconfiguration.openshift.io/v1', kind: 'MachineConfig', ...(mc as object) }))).toBe(true);
  });

  const handWritten: Array<[string, string]> = [
    ['comments and blank lines', '# head\napiVersion: v1  # trailing\n\nkind: X\n# between\nmetadata:\n  # inside\n  name: a\n'],
    ['go-yaml sequence at the key indentation', 'a:\n- x\n- y: 1\n  z: 2\nb: c\n'],
    ['indented sequence', 'a:\n  - x\n  -   y: 1\n      z: 2\nb: c\n'],
    ['literal scalars', 'a: |\n  one\n\n  two\n\nb: |-\n    x\n      y\nc: |+\n  k\n\n\nd: 1\n'],
    ['literal in a sequence', 'a:\n- |\n  text\n- |-\n  more\n'],
    ['empty flow collections', 'a: {}\nb: []\nc:\n- {}\n- []\n'],
    ['quoted keys and values', '"a b": \'c d\'\n\'e\': "f"\n'],
    ['several documents', 'a: 1\n---\n# only a comment\n---\nb: 2\n--- \nc: 3\n'],
    ['null values', 'a:\nb: ~\nc: null\nd:\n  # nothing\ne: 1\n'],
    ['YAML 1.1 scalars', 'a: 0644\nb: yes\nc: 3.2\nd: 3.2.0\ne: 2001-01-01\nf: 1:20\ng: y\n'],
    ['compact mapping in sequence with nested block', '- a: 1\n  b:\n    c: 2\n  d:\n  - e\n- f\n'],
    ['multi-line plain scalars', 'a: x\n  y\n\n  z\nb:\n- one\n  two  # c\n'],
    ['escapes', 'a: "x\\ty\\u00e9\\x41\\U0001F600\\"\\\\\\ \\N\\_\\0"\n'],
    ['go-yaml folded double-quoted scalar', 'a: "[Unit]\\nDescription=Configures OVS with proper host networking\n  configuration\\n\n  \\ two spaces"\n'],
    ['multi-line single-quoted scalar', "a: 'it''s\n  folded\n\n\n  twice '\n"],
    ["a \\' escape (go-yaml reads it as ')", 'a: "x\\\'y"\n'],
  ];
  for (const [name, text] of handWritten) {
    it(`takes ${name}: ${JSON.stringify(text)}`, () => expect(check(text)).toBe(true));
  }

  const leftToTheParser: Array<[string, string]> = [
    ['a tab', 'a:\n\tb: 1\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a folded scalar', 'a: >\n  x\n'],
    ['an escaped line break', 'a: "x\\\n  y"\n'],
    ['a \\/ escape (go-yaml refuses it)', 'a: "x\\/y"\n'],
    ['a quoted scalar continued too little indented', 'a:\n  b: "x\n  y"\n'],
    ['a comment inside a plain scalar', 'a: x\n  # c\n  y\n'],
    ['a sequence entry in a plain scalar', 'a: x\n  - y\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a merge key', 'a: &b {x: 1}\nc:\n  <<: *b\n'],
    ['CRLF line breaks', 'a: 1\r\nb: 2\r\n'],
    ['a NaN', 'a: .nan\n'],
    ['a literal at the end without a line break', 'a: |\n  x'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a key over 1024 characters', `"${'k'.repeat(1100)}": 1\n`],
  ];
  for (const [name, text] of leftToTheParser) {
    it(`leaves ${name} to the yaml package: ${JSON.stringify(text)}`, () => expect(fast(text)).toBeUndefined());
  }
});
