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

/** Side table from each decoded object or array to its span; the values themselves stay plain JSON. */
export type SpanTable = WeakMap<object, Span>;

export interface DecodedDocument {
  /** A JSON value (plain objects, arrays, strings, finite numbers, booleans, null). */
  readonly value: unknown;
  /** Start of the document's content. */
  readonly at: number;
}

/** A reader's failure at an offset of the text. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

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
