// A YAML stream read the way kubectl/oc read a manifest file: each document through sigs.k8s.io/yaml
// v1.3.0 YAMLToJSON, i.e. gopkg.in/yaml.v2@v2.4.0 Unmarshal into interface{} (decode.go) and then
// convertToJSONableObject + json.Marshal (yaml.go).
//
// The `yaml` package parses (YAML 1.1 syntax, failsafe schema so every scalar arrives as its text; the
// values of double-quoted scalars are go-yaml's, from _quoted-scalar.ts, see parseStream), and this walk
// does what go-yaml's decoder does with the nodes: resolve scalars (resolve-scalar.ts), follow
// aliases bound at parse time, apply `<<` merges in go-yaml's order, refuse excessive aliasing with
// go-yaml's own budget, then make keys strings as sigs.k8s.io/yaml does. Objects come out with their keys
// in Go's order (json.Marshal sorts map keys), which is how Kubernetes stores and MCO reads them.
//
// Deliberate differences from kubectl: duplicate keys in one mapping are an error (go-yaml's non-strict
// decoding keeps the last one silently), nesting is refused past MAX_DEPTH (500; Go reads 10000, the
// `yaml` package cannot compose that deep), and a reader error carries the offset for file:line:col.

import { Composer, isAlias, isMap, isScalar, isSeq, Lexer, Parser, type Alias, type CST, type Document, type ParsedNode, type Scalar, type YAMLMap } from 'yaml';
import { jsonKey, jsonValue } from './_json-scalar.js';
import { decodeQuoted } from './_quoted-scalar.js';
import { readBlockYaml } from './read-block-yaml.js';
import type { LineIndex } from './_line-index.js';
import { DecodeError, goStringCompare, MAX_DEPTH, setOwn, tooDeep, type DecodedDocument, type SpanTable } from './_spans.js';
import { decodeScalar, isMergeKey, MERGE_TAG, ScalarError } from './resolve-scalar.js';

const PARSE_OPTIONS = {
  version: '1.1',
  schema: 'failsafe',
  uniqueKeys: false,
  merge: false,
  prettyErrors: false,
  strict: true,
} as const;

/**
 * Every character checkYamlText looks at, in one pass (a plain character class, faster than two scans
 * or a `u` regex). readerc.go yaml_parser_update_buffer: characters go-yaml refuses anywhere in the
 * input ("control characters are not allowed"): C0 but tab/LF/CR, DEL, C1 but NEL, U+FFFE/U+FFFF, and
 * lone surrogates (which no UTF-8 input can hold; pairs are skipped below). And NEL, LS and PS: line
 * breaks to go-yaml (YAML 1.1) but not to the `yaml` package (YAML 1.2), so a scalar or comment holding
 * one would read differently here than in Kubernetes: refused, not guessed.
 */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\ud800-\udfff]/g;

/** decode.go allowedAliasRatio: how much of a document may come from alias expansion. */
function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99;
  if (decodeCount >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}

/** The lexer's mark before the text of a plain or block scalar (cst.ts SCALAR): that text is no token. */
const SCALAR_MARK = '\x1f';

const isCollectionToken = (t: CST.Token | undefined): t is CST.BlockMap | CST.BlockSequence | CST.FlowCollection =>
  t !== undefined && (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection');

/**
 * A double-quoted scalar's source as the composer gets it: the same length (so the same offsets) and a
 * line break where it had its first one (the composer asks only whether an implicit key spans lines),
 * every other character a space, so that the `yaml` package, which builds the value one character at a
 * time (a minute for 100 MB), has next to nothing to build. An unterminated scalar (no closing quote, or
 * an escaped one) keeps no closing quote, so the composer reports it.
 */
function blanked(source: string): string {
  if (source.length < 2) return source;
  let backslashes = 0;
  while (source.charCodeAt(source.length - 2 - backslashes) === 0x5c) backslashes++;
  const last = source.length - 1;
  const closed = source.charCodeAt(last) === 0x22 && backslashes % 2 === 0;
  const end = closed || source[last] !== '"' ? source[last]! : ' ';
  const nl = source.indexOf('\n');
  if (nl === -1 || nl >= last) return '"' + ' '.repeat(last - 1) + end;
  return '"' + ' '.repeat(nl - 1) + '\n' + ' '.repeat(last - nl - 1) + end;
}

/**
 * The documents of a YAML stream, as `parseAllDocuments` makes them (lexer, parser, composer), with two
 * differences: nesting past MAX_DEPTH is refused as the parser's stack grows, before the composer (which
 * recurses) sees it; and double-quoted scalars reach the composer blanked (see `blanked`), their values
 * decoded from the text by _quoted-scalar.ts instead.
 */
export function parseStream(text: string): Document.Parsed[] {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let afterMark = false;
  for (const lexeme of new Lexer().lex(text)) {
    const quoted = !afterMark && lexeme.charCodeAt(0) === 0x22;
    afterMark = lexeme === SCALAR_MARK;
    for (const token of parser.next(quoted ? blanked(lexeme) : lexeme)) tokens.push(token);
    // The stack holds the document, then the collections open around the current token, then maybe a
    // scalar: a collection at MAX_DEPTH + 1 is one level too deep.
    const deep = parser.stack[MAX_DEPTH + 1];
    if (isCollectionToken(deep)) throw tooDeep(deep.offset);
  }
  for (const token of parser.end()) tokens.push(token);
  return Array.from(new Composer(PARSE_OPTIONS).compose(tokens)) as Document.Parsed[];
}

type Node = ParsedNode;
type MapNode = YAMLMap.Parsed;

const start = (n: Node): number => n.range[0];
const isObjectValue = (v: unknown): boolean => typeof v === 'object' && v !== null;

/** Parser-time alias binding (parser.go: an alias refers to the last anchor of that name before it). */
function bindAliases(root: Node | null): Map<Alias.Parsed, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias.Parsed, Node>();
  const visit = (n: Node | null): void => {
    if (n === null) return;
    if (isAlias(n)) {
      const target = anchors.get(n.source);
      if (target === undefined) throw new DecodeError(`unknown anchor '${n.source}' referenced`, start(n));
      targets.set(n, target);
      return;
    }
    // parser.go registers the anchor when the node starts, before its children.
    if (n.anchor !== undefined) anchors.set(n.anchor, n);
    if (isMap(n)) {
      for (const p of n.items) {
        visit(p.key as Node | null);
        visit(p.value as Node | null);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) visit(item as Node | null);
    }
  };
  visit(root);
  return targets;
}

/** One document's decoder: go-yaml's (*decoder) state, plus the span side table being filled. */
class DocumentDecoder {
  // decode.go counters (the document node itself counts once).
  private decodeCount = 1;
  private aliasCount = 0;
  private aliasDepth = 0;
  /** The outermost alias being expanded: where excessive aliasing is reported. */
  private aliasAt = 0;
  /** Mappings and sequences being decoded around the current node (aliases can nest past the text's depth). */
  private depth = 0;
  /** Nodes being decoded right now: an alias to one of them is a cycle. */
  private readonly active = new Set<Node>();

  constructor(
    private readonly text: string,
    private readonly aliases: Map<Alias.Parsed, Node>,
    private readonly spans: SpanTable,
    private readonly lines: LineIndex,
  ) {}

  /** decode.go unmarshal's bookkeeping for every node decoded. */
  private count(at: number): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw new DecodeError('document contains excessive aliasing', this.aliasDepth > 0 ? this.aliasAt : at);
    }
  }

  private target(alias: Alias.Parsed): Node {
    const target = this.aliases.get(alias)!;
    if (this.active.has(target)) throw new DecodeError(`anchor '${alias.source}' value contains itself`, start(alias));
    return target;
  }

  /** A scalar's text: double-quoted scalars reached the composer blanked (parseStream), and are read here. */
  private scalarText(node: Scalar.Parsed): string {
    return node.type === 'QUOTE_DOUBLE' ? decodeQuoted(this.text, node.range[0], node.range[1]) : String(node.value);
  }

  private scalar(node: Scalar.Parsed) {
    const text = this.scalarText(node);
    try {
      return decodeScalar(node.tag ?? '', text, node.type === 'PLAIN');
    } catch (e) {
      if (e instanceof ScalarError) throw new DecodeError(e.message, start(node));
      throw e;
    }
  }

  /** The JSON value of a node (null for an absent one). */
  value(node: Node | null, at: number): unknown {
    this.count(node === null ? at : start(node));
    if (node === null) return null;
    if (isAlias(node)) {
      const target = this.target(node);
      if (this.aliasDepth++ === 0) this.aliasAt = start(node);
      try {
        return this.value(target, start(node));
      } finally {
        this.aliasDepth--;
      }
    }
    if (isScalar(node)) return jsonValue(this.scalar(node), start(node));
    if (isMap(node)) return this.mapping(node);
    return this.sequence(node);
  }

  /** A map key as sigs.k8s.io/yaml writes it into JSON. */
  private key(node: Node | null, at: number): string {
    this.count(node === null ? at : start(node));
    if (node === null) throw new DecodeError('unsupported map key: null', at);
    if (isAlias(node)) {
      const target = this.target(node);
      if (this.aliasDepth++ === 0) this.aliasAt = start(node);
      try {
        return this.key(target, start(node));
      } finally {
        this.aliasDepth--;
      }
    }
    if (!isScalar(node)) throw new DecodeError(`invalid map key: a ${isMap(node) ? 'mapping' : 'sequence'} cannot be a key`, start(node));
    return jsonKey(this.scalar(node), start(node));
  }

  private mapping(node: MapNode): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) throw tooDeep(start(node));
    const values = new Map<string, unknown>();
    const where = new Map<string, number>();
    this.active.add(node);
    this.applyMapping(node, values, where);
    this.active.delete(node);
    const keys = [...values.keys()].sort(goStringCompare);
    const obj: Record<string, unknown> = {};
    for (const k of keys) setOwn(obj, k, values.get(k));
    this.spans.set(obj, { at: start(node), entries: where });
    this.depth--;
    return obj;
  }

  /** decode.go mapping into a map: pairs in order, later ones (merged or not) overwrite earlier ones. */
  private applyMapping(node: MapNode, values: Map<string, unknown>, where: Map<string, number>): void {
    const explicit = new Map<string, number>();
    for (const pair of node.items) {
      const k = pair.key as Node | null;
      const v = pair.value as Node | null;
      const keyAt = k === null ? start(node) : start(k);
      // Only plain keys and keys tagged `!` or !!merge can be merges: no other key's text is needed here.
      if (k !== null && isScalar(k) && (k.type === 'PLAIN' || k.tag === '!' || k.tag === MERGE_TAG) && isMergeKey(k.tag ?? '', this.scalarText(k), k.type === 'PLAIN')) {
        this.merge(v, keyAt, values, where);
        continue;
      }
      const key = this.key(k, keyAt);
      const first = explicit.get(key);
      if (first !== undefined) {
        throw new DecodeError(`mapping key ${JSON.stringify(key)} already defined at line ${this.lines.position(first).line}`, keyAt);
      }
      explicit.set(key, keyAt);
      const value = this.value(v, keyAt);
      values.set(key, value);
      where.set(key, v === null || isObjectValue(value) || value === null ? keyAt : start(v));
    }
  }

  /** decode.go merge: a mapping, an alias to one, or a sequence of those (earlier entries win). */
  private merge(node: Node | null, at: number, values: Map<string, unknown>, where: Map<string, number>): void {
    const mergeable = (n: Node | null): Node => {
      if (n !== null && (isMap(n) || (isAlias(n) && isMap(this.aliases.get(n))))) return n;
      throw new DecodeError('map merge requires map or sequence of maps as the value', n === null ? at : start(n));
    };
    if (node !== null && isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) this.mergeOne(mergeable(node.items[i] as Node | null), values, where);
      return;
    }
    this.mergeOne(mergeable(node), values, where);
  }

  private mergeOne(node: Node, values: Map<string, unknown>, where: Map<string, number>): void {
    this.count(start(node));
    if (isAlias(node)) {
      const target = this.target(node);
      if (this.aliasDepth++ === 0) this.aliasAt = start(node);
      try {
        this.mergeOne(target, values, where);
      } finally {
        this.aliasDepth--;
      }
      return;
    }
    const map = node as MapNode;
    this.active.add(map);
    this.applyMapping(map, values, where);
    this.active.delete(map);
  }

  private sequence(node: Node): unknown[] {
    if (++this.depth > MAX_DEPTH) throw tooDeep(start(node));
    const seq = node as Extract<Node, { items: unknown[] }>;
    const n = seq.items.length;
    const out = new Array<unknown>(n);
    const items = new Array<number>(n);
    this.active.add(node);
    for (let i = 0; i < n; i++) {
      const item = seq.items[i] as Node | null;
      const at = item === null ? start(node) : start(item);
      out[i] = this.value(item, at);
      items[i] = at;
    }
    this.active.delete(node);
    this.spans.set(out, { at: start(node), items });
    this.depth--;
    return out;
  }
}

/**
 * The documents of a YAML stream as JSON values (null documents included), with every object and array
 * recorded in `spans`. Throws DecodeError at the first problem.
 */
/** go-yaml's reader refusals, and the YAML 1.1 line breaks we do not guess about (see SUSPECT). */
export function checkYamlText(text: string): void {
  // A refused character anywhere comes first; then the first YAML 1.1 line break.
  let line = -1;
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(text); m !== null; m = SUSPECT.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at);
    if (c === 0x85 || c === 0x2028 || c === 0x2029) {
      if (line === -1) line = at;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        SUSPECT.lastIndex = at + 2; // a surrogate pair: one character beyond U+FFFF
        continue;
      }
    }
    throw new DecodeError('control characters are not allowed', at);
  }
  if (line !== -1) {
    const c = text[line];
    const name = c === '\u0085' ? 'NEL (U+0085)' : c === '\u2028' ? 'LS (U+2028)' : 'PS (U+2029)';
    throw new DecodeError(`${name} is a line break to Kubernetes' YAML 1.1 reader: write it as an escape in a double-quoted string`, line);
  }
}

/**
 * The documents of a YAML stream as JSON values, with every object and array recorded in `spans`. Throws
 * DecodeError at the first problem. Text in the plain block style goes through the fast reader
 * (read-block-yaml.ts; null documents are then left out) unless `fast` is false.
 */
export function readYaml(text: string, spans: SpanTable, lines: LineIndex, fast = true): DecodedDocument[] {
  checkYamlText(text);
  if (fast) {
    const docs = readBlockYaml(text, spans);
    if (docs !== undefined) return docs;
  }
  const docs = parseStream(text);
  const out: DecodedDocument[] = [];
  let star = text.indexOf('*');
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error !== undefined) throw new DecodeError(error.message, error.pos[0]);
    const root = doc.contents as Node | null;
    const docStart = doc.range[0];
    // Aliases need binding only where the document has a `*` at all (one forward scan for the stream).
    if (star !== -1 && star < docStart) star = text.indexOf('*', docStart);
    const aliases = star !== -1 && star < doc.range[2] ? bindAliases(root) : new Map<Alias.Parsed, Node>();
    const value = new DocumentDecoder(text, aliases, spans, lines).value(root, docStart);
    out.push({ value, at: root === null ? docStart : start(root) });
  }
  return out;
}
