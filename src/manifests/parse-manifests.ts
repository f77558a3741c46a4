/**
 * Manifest text → Kubernetes objects, as `oc apply -f` reads a file: YAML (read as sigs.k8s.io/yaml reads
 * it, see read-yaml.ts) or, when the text starts with `{`, a JSON stream (read-json.ts); several documents;
 * `kind: List` (and `…List` kinds with `items`) flattened. Empty documents are skipped; other kinds are
 * returned untouched; MachineConfigs, MachineConfigPools and ControllerConfigs are shape-checked.
 *
 * Every failure is a RenderError `INVALID_INPUT` (stage `decode`) whose message starts with
 * `file:line:col: `, with `file`/`line`/`column` properties and, for a field, the JSON `path` inside the
 * object; nesting deeper than MAX_DEPTH (500) levels is `LIMIT_EXCEEDED`, placed the same way, and
 * refused before anything recurses that deep. Where each object and field was written stays available through `readManifests(...).locate`,
 * a side table: the objects themselves are plain JSON.
 */

import { formatPath, RenderError, type PathSegment, type RenderErrorCode } from '../errors.js';
import type { ObjectMeta } from '../kube/types.js';
import { LineIndex } from './_line-index.js';
import { DecodeError, goStringCompare, setOwn, SpanTable, type Span } from './_spans.js';
import { checkObjectShape, KNOWN_KINDS, MCO_API_VERSION } from './check-objects.js';
import { looksLikeJson, readJson } from './read-json.js';
import { readYaml } from './read-yaml.js';

/** Any Kubernetes object: `apiVersion` and `kind` are always set. */
export interface KubeObject {
  /** The object's API group and version, e.g. `machineconfiguration.openshift.io/v1`. */
  apiVersion: string;
  /** The object's kind, e.g. `MachineConfig`. */
  kind: string;
  /** Name, labels, annotations. */
  metadata?: ObjectMeta;
  [key: string]: unknown;
}

/** Options of `parseManifests`. */
export interface ParseManifestsOptions {
  /** Named in error messages and positions. Default: `<input>` in messages, absent in positions. */
  filename?: string | undefined;
}

/** Options of `readManifests`. */
export interface ReadManifestsOptions extends ParseManifestsOptions {
  /**
   * Collect shape problems of MachineConfigs, pools and ControllerConfigs in `problems` (the objects are
   * then left out of `objects`) instead of throwing the first. Syntax errors still throw. Default: false.
   */
  collect?: boolean | undefined;
}

/** A 1-based position in a manifest file (columns count UTF-16 code units). */
export interface SourcePosition {
  /** The `filename` option, when given. */
  file?: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

/** A RenderError from reading a manifest: it says where. */
export type ManifestError = RenderError & {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** The `filename` option, when given. */
  readonly file?: string;
};

/** What `readManifests` returns: the objects, the problems found with `collect`, and where things were written. */
export interface ManifestSource {
  /** The objects, in document order, Lists flattened. */
  readonly objects: KubeObject[];
  /** Shape problems (only with `collect: true`), each a positioned RenderError. */
  readonly problems: ManifestError[];
  /**
   * Where `path` (a JSON path such as `$.spec.config.storage.files.0.mode`, or its segments) of `object`
   * (one of `objects`, or an object or array inside one) was written. A path the text does not have
   * (a default, a field of a translated Ignition config) gives its deepest ancestor that it does have.
   * Scalars point at their value, objects and lists at their key. Undefined for an object not read here.
   */
  locate(object: object, path?: string | readonly PathSegment[]): SourcePosition | undefined;
}

/**
 * The options as given, whatever was passed: an absent, null or non-object argument is no options, a
 * field of the wrong type is absent. A getter that throws (or a hostile proxy) is an INVALID_INPUT.
 */
function readOptions(options: unknown): { filename: string | undefined; collect: boolean } {
  if (typeof options !== 'object' || options === null) return { filename: undefined, collect: false };
  try {
    const { filename, collect } = options as ReadManifestsOptions;
    return { filename: typeof filename === 'string' ? filename : undefined, collect: collect === true };
  } catch (e) {
    throw new RenderError('INVALID_INPUT', 'decode', 'readManifests: the options cannot be read', { cause: e });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

/** Path segments of `$.a.b.0` — keys may hold dots, so segments are matched against the keys present. */
function walk(spans: SpanTable, object: object, path: string | readonly PathSegment[]): number | undefined {
  let span: Span | undefined = spans.get(object);
  if (span === undefined) return undefined;
  let at = span.at;
  let current: unknown = object;
  if (typeof path !== 'string') {
    for (const seg of path) {
      const next = step(span, current, String(seg));
      if (next === undefined) break;
      [at, current] = next;
      span = isObject(current) || Array.isArray(current) ? spans.get(current) : undefined;
      if (span === undefined) break;
    }
    return at;
  }
  let rest = path.startsWith('$') ? path.slice(1) : path;
  while (rest.startsWith('.')) rest = rest.slice(1);
  while (rest !== '' && span !== undefined) {
    let key: string | undefined;
    if (Array.isArray(current)) {
      key = /^\d+/.exec(rest)?.[0];
    } else if (span.entries !== undefined) {
      // The longest key that is the whole rest or a prefix of it up to a dot.
      for (const k of span.entries.keys()) {
        if ((rest === k || rest.startsWith(k + '.')) && (key === undefined || k.length > key.length)) key = k;
      }
    }
    if (key === undefined) break;
    const next = step(span, current, key);
    if (next === undefined) break;
    [at, current] = next;
    rest = rest.slice(key.length);
    if (rest.startsWith('.')) rest = rest.slice(1);
    span = isObject(current) || Array.isArray(current) ? spans.get(current) : undefined;
  }
  return at;
}

function step(span: Span, current: unknown, key: string): [number, unknown] | undefined {
  if (Array.isArray(current)) {
    const i = Number(key);
    const at = Number.isInteger(i) ? span.items?.[i] : undefined;
    return at === undefined ? undefined : [at, current[i]];
  }
  const at = span.entries?.get(key);
  return at === undefined || !isObject(current) ? undefined : [at, current[key]];
}

/**
 * Reads a manifest file's objects with their source positions. See `parseManifests` for the rules.
 *
 * @example
 * const src = readManifests(text, { filename: 'mc.yaml' });
 * src.locate(src.objects[0], '$.spec.config.storage.files.0.mode') // { file: 'mc.yaml', line: 12, column: 17 }
 */
export function readManifests(text: string, options?: ReadManifestsOptions): ManifestSource {
  if (typeof text !== 'string') throw new RenderError('INVALID_INPUT', 'decode', 'readManifests: expected the text of a manifest file (a string)');
  const { filename, collect } = readOptions(options);
  const lines = new LineIndex(text);
  const spans = new SpanTable();
  const objects: KubeObject[] = [];
  const problems: ManifestError[] = [];

  const positioned = (offset: number, message: string, extra: { path?: string; machineConfig?: string } = {}, code: RenderErrorCode = 'INVALID_INPUT'): ManifestError => {
    const { line, column } = lines.position(offset);
    const err = new RenderError(code, 'decode', `${filename ?? '<input>'}:${line}:${column}: ${message}`, extra);
    return Object.assign(err, filename === undefined ? { line, column } : { file: filename, line, column });
  };
  const offsetOf = (obj: object, path: readonly PathSegment[], fallback: number): number => walk(spans, obj, path) ?? fallback;

  const add = (value: unknown, at: number): void => {
    if (!isObject(value)) throw positioned(at, `expected a Kubernetes object (a mapping with apiVersion and kind), found ${typeName(value)}`);
    const kind = Object.hasOwn(value, 'kind') ? value.kind : undefined;
    const apiVersion = Object.hasOwn(value, 'apiVersion') ? value.apiVersion : undefined;
    if (kind === undefined || kind === null || kind === '') throw positioned(at, 'kind not set');
    if (typeof kind !== 'string') throw positioned(offsetOf(value, ['kind'], at), `kind must be a string, found ${typeName(kind)}`, { path: '$.kind' });
    if (apiVersion === undefined || apiVersion === null || apiVersion === '') throw positioned(at, 'apiVersion not set');
    if (typeof apiVersion !== 'string') {
      throw positioned(offsetOf(value, ['apiVersion'], at), `apiVersion must be a string, found ${typeName(apiVersion)}`, { path: '$.apiVersion' });
    }

    if (kind.endsWith('List') && Object.hasOwn(value, 'items')) {
      const items = value.items;
      if (items === null) return;
      if (!Array.isArray(items)) throw positioned(offsetOf(value, ['items'], at), `items in body must be of type array: "${typeName(items)}"`, { path: '$.items' });
      const itemSpans = spans.get(items)?.items;
      const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
      items.forEach((item, i) => {
        const itemAt = itemSpans?.[i] ?? at;
        // Typed lists (MachineConfigList) may leave kind and apiVersion to the list, as the API server does.
        if (itemKind !== undefined && isObject(item) && !Object.hasOwn(item, 'kind')) add(withKind(item, itemKind, apiVersion), itemAt);
        else add(item, itemAt);
      });
      return;
    }

    if (KNOWN_KINDS.has(kind)) {
      if (apiVersion !== MCO_API_VERSION) {
        throw positioned(offsetOf(value, ['apiVersion'], at), `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`, {
          path: '$.apiVersion',
        });
      }
      const found = checkObjectShape(value);
      if (found.length > 0) {
        const meta = value.metadata;
        const name = isObject(meta) && typeof meta.name === 'string' ? meta.name : undefined;
        const errors = found.map((p) =>
          positioned(offsetOf(value, p.path, at), `${kind}${name === undefined ? '' : ` ${name}`}: ${p.message}`, {
            path: formatPath(p.path),
            ...(kind === 'MachineConfig' && name !== undefined ? { machineConfig: name } : {}),
          }),
        );
        if (!collect) throw errors[0];
        problems.push(...errors);
        return;
      }
    }
    objects.push(value as KubeObject);
  };

  /** A list item given the list's kind and apiVersion (a new object; its span is the item's). */
  const withKind = (item: Record<string, unknown>, kind: string, apiVersion: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const all: Record<string, unknown> = { ...item, kind, apiVersion: Object.hasOwn(item, 'apiVersion') ? item.apiVersion : apiVersion };
    for (const k of Object.keys(all).sort(goStringCompare)) setOwn(out, k, all[k]);
    const span = spans.get(item);
    if (span !== undefined) spans.set(out, span);
    return out;
  };

  try {
    const docs = looksLikeJson(text) ? readJson(text, spans) : readYaml(text, spans, lines);
    for (const doc of docs) if (doc.value !== null) add(doc.value, doc.at);
  } catch (e) {
    if (e instanceof RenderError) throw e;
    if (e instanceof DecodeError) throw positioned(e.offset, e.message, {}, e.code);
    // A stack overflow on absurd nesting, or a bug below: still a RenderError, never anything else.
    const message = e instanceof RangeError ? 'document nesting is too deep' : `cannot read manifest: ${e instanceof Error ? e.message : String(e)}`;
    throw positioned(0, message);
  }

  return {
    objects,
    problems,
    locate(object, path = '$') {
      if (typeof path !== 'string' && !Array.isArray(path)) {
        throw new RenderError('INVALID_INPUT', 'decode', 'locate: the path must be a JSON path string or a list of path segments');
      }
      let at: number | undefined;
      try {
        at = walk(spans, object, path);
      } catch (e) {
        // An object changed since it was read (a getter that throws, a path segment that cannot be a string).
        throw new RenderError('INVALID_INPUT', 'decode', 'locate: the path cannot be followed in this object', { cause: e });
      }
      if (at === undefined) return undefined;
      const { line, column } = lines.position(at);
      return filename === undefined ? { line, column } : { file: filename, line, column };
    },
  };
}

/**
 * Kubernetes objects from the text of a manifest file: YAML as Kubernetes reads it (YAML 1.1 scalars as
 * go-yaml v2 resolves them: `0644` is 420, `yes` is true, `3.2.0` a string, `3.2` a float; `<<` merges;
 * timestamps stay strings) or JSON; several documents; `kind: List` flattened; empty documents skipped.
 * Unknown kinds are returned as they are; MachineConfigs, MachineConfigPools and ControllerConfigs must
 * have the API server's shape. Object keys come out in Go's sorted order, as Kubernetes stores them.
 *
 * Throws RenderError `INVALID_INPUT` (stage `decode`) with `file:line:col: ` in front of the message and
 * `file`, `line`, `column` properties: syntax errors, duplicate keys, unknown anchors, excessive
 * aliasing (go-yaml's alias budget), non-object documents, a missing kind or apiVersion, wrong types;
 * `LIMIT_EXCEEDED`, placed the same way, for mappings and sequences nested deeper than 500 levels (Go
 * reads 10000; the `yaml` package cannot compose that deep).
 *
 * @example
 * parseManifests('kind: MachineConfig\napiVersion: machineconfiguration.openshift.io/v1\nmetadata: {name: a}\nspec: {config: {storage: {files: [{path: /x, mode: 0644}]}}}\n')
 * // → [{ apiVersion: '…/v1', kind: 'MachineConfig', metadata: { name: 'a' }, spec: { config: { storage: { files: [{ mode: 420, path: '/x' }] } } } }]
 */
export function parseManifests(text: string, options?: ParseManifestsOptions): KubeObject[] {
  if (typeof text !== 'string') throw new RenderError('INVALID_INPUT', 'decode', 'parseManifests: expected the text of a manifest file (a string)');
  return readManifests(text, { filename: readOptions(options).filename }).objects;
}
