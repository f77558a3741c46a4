// Mirrors coreos/ignition v0.35.0 config/validate/validate.go: the reflection walk behind
// `ValidateConfig` (with the source text: positions and unused-key warnings) and
// `ValidateWithoutSource` (MCO's ValidateIgnition, ign-converter's Check2_3).
//
// At every value: its type's `Validate()` (a fatal result stops the descent); for structs, each
// field's `Validate<FieldName>()` then the field itself; slices element by element. Positions come
// from the JSON node of the value (`End` offset); entries found below a value without a JSON node of
// their own take the nearest enclosing node's position, with no excerpt (report.AddPosition).

import type { JsonDoc, JsonNode } from './go-json-ast.js';
import { SourcePositions, keyEnd, nodeEnd } from './go-json-ast.js';
import type { Entry, Position } from './report.js';
import { entry, isFatal } from './report.js';
import type { GoStruct, GoType } from './go-types.js';

/**
 * Where a value sits in the config, for RenderError.path (v0.35.0 reports have no paths of their
 * own; we record the value or field whose Validate produced the entry). Linked, built only on use.
 */
interface PathLink {
  up: PathLink | undefined;
  seg: string | number;
}

const ROOT: PathLink = { up: undefined, seg: '' };

function withPath(e: Entry, at: PathLink): Entry {
  if (e.path === undefined) {
    const segs: Array<string | number> = [];
    for (let p: PathLink | undefined = at; p !== undefined && p !== ROOT; p = p.up) segs.push(p.seg);
    e.path = segs.reverse();
  }
  return e;
}

/** Types whose zero value validates without any entry (cached): absent values of them are skipped. */
const zeroIsSilent = new WeakMap<GoType, boolean>();

function silentOnZero(t: GoType): boolean {
  let v = zeroIsSilent.get(t);
  if (v === undefined) {
    zeroIsSilent.set(t, false); // while computing: walk it
    const out: Entry[] = [];
    new Walker(undefined, false).validate(undefined, t, undefined, false, out);
    v = out.length === 0;
    zeroIsSilent.set(t, v);
  }
  return v;
}

class Walker {
  private readonly positions: SourcePositions | undefined;

  constructor(private readonly doc: JsonDoc | undefined, private readonly checkUnusedKeys: boolean) {
    this.positions = doc === undefined ? undefined : new SourcePositions(doc.bytes);
  }

  /** The node's `End` (only nodes of the walker's document are ever passed). */
  private end(ast: JsonNode | undefined): number {
    return ast !== undefined ? nodeEnd(this.doc!, ast) : -1;
  }

  /**
   * report.AddPosition with ast.ValueLineCol(source) (or KeyLineCol) on the entries out[from:]:
   * those without a position take the one at `offset`; nothing without a source; `excerpt: false`
   * where Go passes "" as the highlight.
   */
  private place(out: Entry[], from: number, offset: number, withSource: boolean, excerpt: boolean): void {
    if (out.length === from || !withSource || this.positions === undefined) return;
    const positions = this.positions;
    let p: Position | undefined;
    for (let i = from; i < out.length; i++) {
      const e = out[i]!;
      if (e.line !== 0) continue;
      if (p === undefined) {
        const at = positions.at(offset);
        p = excerpt ? at : { line: at.line, column: at.column, highlight: '' };
      }
      e.line = p.line;
      e.column = p.column;
      e.highlight = p.highlight;
    }
  }

  /** Appends the entries for value v (of type t, JSON node ast) to out. */
  validate(v: unknown, t: GoType, ast: JsonNode | undefined, src: boolean, out: Entry[], at: PathLink = ROOT): void {
    if (v === undefined && (ast === undefined || ast.kind !== 'object') && t.k !== 'ptr' && t.k !== 'slice' && silentOnZero(t)) return;
    const off = this.end(ast);
    const has = ast !== undefined && src;

    // Validate() on the value itself; never on a nil pointer (validate.go's pointer rule).
    const own = t.k === 'ptr' || t.k === 'slice' ? undefined : t.validate;
    if (own !== undefined) {
      const from = out.length;
      for (const e of own(zeroed(t, v) as never)) out.push(withPath(e, at));
      this.place(out, from, off, has, true);
      if (isFatal(out, from)) return;
    }

    switch (t.k) {
      case 'ptr': {
        if (v === undefined) break;
        const from = out.length;
        this.validate(v, t.elem, ast, src, out, at);
        this.place(out, from, off, has, false);
        break;
      }
      case 'struct': {
        const from = out.length;
        this.validateStruct((zeroed(t, v) as Record<string, unknown>), t, ast, src, out, at);
        this.place(out, from, off, has, false);
        break;
      }
      case 'slice': {
        if (!Array.isArray(v)) break;
        for (let i = 0; i < v.length; i++) {
          let child = ast;
          if (ast !== undefined && ast.kind === 'array') child = ast.items[i];
          const from = out.length;
          this.validate(v[i], t.elem, child, src, out, { up: at, seg: i });
          this.place(out, from, off, has, false);
        }
        break;
      }
      default:
        break;
    }
  }

  private validateStruct(
    v: Record<string, unknown>, t: GoStruct, ast: JsonNode | undefined, src: boolean, out: Entry[], at: PathLink,
  ): void {
    // The member each key names (the last one when repeated), keys in order of first appearance.
    const keys = ast !== undefined && ast.kind === 'object' ? new Map(ast.entries) : undefined;

    for (const f of t.fields) {
      let sub: JsonNode | undefined;
      let fieldSrc = false;
      if (keys !== undefined) {
        const hit = keys.get(f.json);
        if (hit !== undefined) {
          sub = hit;
          fieldSrc = src;
        }
      }
      // ast.ValueLineCol(src): the struct's own position, unless a Validate<Field> found the field's.
      let off = this.end(ast);
      const has = ast !== undefined && fieldSrc;
      const method = t.fieldValidators?.[f.json];
      if (method !== undefined) {
        if (sub !== undefined) off = this.end(sub);
        const from = out.length;
        for (const e of method(v)) out.push(withPath(e, { up: at, seg: f.json }));
        this.place(out, from, off, has, true);
      }
      const from = out.length;
      this.validate(v[f.json], f.type, sub, fieldSrc, out, { up: at, seg: f.json });
      this.place(out, from, off, has, true);
    }

    if (keys === undefined || !this.checkUnusedKeys) return;
    // Go ranges over a map here (random order); we report in source order.
    for (const [k, node] of keys) {
      if (t.fields.some((f) => f.json === k)) continue;
      const from = out.length;
      out.push(withPath(entry('warning', `Config has unrecognized key: ${k}`), { up: at, seg: k }));
      const typo = t.fields.find((f) => equalFoldUnicode(k, f.json))?.json;
      if (typo !== undefined) out.push(withPath(entry('info', `Did you mean ${typo} instead of ${k}`), { up: at, seg: k }));
      this.place(out, from, keyEnd(this.doc!, node), src, true);
    }
  }
}

/** strings.EqualFold for an arbitrary key against an ASCII tag. */
function equalFoldUnicode(a: string, b: string): boolean {
  if (a === b) return true;
  const fold = (s: string): string => s.replace(/\u212a/g, 'k').replace(/\u017f/g, 's').toLowerCase();
  return [...a].length === [...b].length && fold(a) === fold(b) && /^[\x00-\x7f\u212a\u017f]*$/.test(a);
}

/** Absent values are Go zero values: a struct validator sees an empty object. */
function zeroed(t: GoType, v: unknown): unknown {
  if (v !== undefined) return v;
  if (t.k === 'struct') return {};
  if (t.k === 'string') return '';
  if (t.k === 'bool') return false;
  if (t.k === 'int' || t.k === 'uint' || t.k === 'uint32') return 0;
  return v;
}

/** `validate.ValidateConfig(rawConfig, config)`: with positions and unused-key warnings. */
export function validateWithSource(value: unknown, type: GoType, doc: JsonDoc): Entry[] {
  const out: Entry[] = [];
  new Walker(doc, true).validate(value, type, doc.root, true, out);
  return out;
}

/** `validate.ValidateWithoutSource(reflect.ValueOf(cfg))`. */
export function validateWithoutSource(value: unknown, type: GoType): Entry[] {
  const out: Entry[] = [];
  new Walker(undefined, false).validate(value, type, undefined, false, out);
  return out;
}
