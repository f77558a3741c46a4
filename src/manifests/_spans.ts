// Shared shapes of the two readers (YAML, JSON): decoded documents, where each value was written, and
// the one error they throw (an offset, turned into file:line:col by parse-manifests.ts).

/** Where a decoded object or array came from: offsets into the text, never line/column (computed later). */
export interface Span {
  /** Start of the node. */
  readonly at: number;
  /** Object: key → where to point for it (the value if it is a scalar, else the key). */
  readonly entries?: ReadonlyMap<string, number>;
  /** Array: where each item starts. */
  readonly items?: readonly number[];
}

/**
 * A mapping's span as the block reader records it: its keys and where each points, in two lists; the
 * Map is built only when a position is asked for (most reads ask for none).
 */
export class MappingSpan implements Span {
  #entries: Map<string, number> | undefined;

  constructor(
    readonly at: number,
    private readonly keys: readonly string[],
    private readonly offsets: readonly number[],
  ) {}

  get entries(): ReadonlyMap<string, number> {
    if (this.#entries === undefined) {
      this.#entries = new Map();
      for (let i = 0; i < this.keys.length; i++) this.#entries.set(this.keys[i]!, this.offsets[i]!);
    }
    return this.#entries;
  }
}

/**
 * Side table from each decoded object or array to its span; the values themselves stay plain JSON.
 * Recording is two array pushes; the lookup table is built on the first `get` (most reads ask for no
 * position, and filling a WeakMap for every object of a large directory costs more than the arrays).
 */
export class SpanTable {
  #objects: object[] = [];
  #spans: Span[] = [];
  #index: WeakMap<object, Span> | undefined;

  set(object: object, span: Span): void {
    if (this.#index !== undefined) {
      this.#index.set(object, span);
      return;
    }
    this.#objects.push(object);
    this.#spans.push(span);
  }

  get(object: object): Span | undefined {
    if (this.#index === undefined) {
      this.#index = new WeakMap();
      for (let i = 0; i < this.#objects.length; i++) this.#index.set(this.#objects[i]!, this.#spans[i]!);
      this.#objects = [];
      this.#spans = [];
    }
    // A WeakMap refuses nothing on get: a non-object (from a caller of locate) is just not there.
    return this.#index.get(object);
  }
}

export interface DecodedDocument {
  /** A JSON value (plain objects, arrays, strings, finite numbers, booleans, null). */
  readonly value: unknown;
  /** Start of the document's content. */
  readonly at: number;
}

/** A reader's failure at an offset of the text: a syntax error, or (LIMIT_EXCEEDED) nesting past MAX_DEPTH. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly code: 'INVALID_INPUT' | 'LIMIT_EXCEEDED' = 'INVALID_INPUT',
  ) {
    super(message);
  }
}

/**
 * The deepest nesting of mappings and sequences a manifest may have (the document's top object is level
 * 1), in YAML and JSON alike. Go reads up to 10000 levels (go-yaml v2.4.0 scannerc.go max_flow_level and
 * max_indents, encoding/json maxNestingDepth); the `yaml` package composes nodes recursively and exhausts
 * a default JavaScript stack at about 800 levels of flow sequences, so the limit is lower, and refused
 * before any recursion starts. No Kubernetes object comes near it (a CRD schema is a few dozen deep).
 */
export const MAX_DEPTH = 500;

/** The error for a mapping or sequence at `offset` that is nested deeper than MAX_DEPTH. */
export const tooDeep = (offset: number): DecodeError =>
  new DecodeError(`the document is nested deeper than ${MAX_DEPTH} levels of mappings and sequences`, offset, 'LIMIT_EXCEEDED');

/** Go's string order (UTF-8 bytes, i.e. code points), which json.Marshal uses for map keys. */
export function goStringCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates stand for code points above U+FFFF: move them above U+E000–U+FFFF.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** An own data property, also for `__proto__` (assignment would set the prototype instead). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
