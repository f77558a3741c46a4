// Mirrors coreos/ignition v0.35.0 config/v2_2/config.go `Parse` and the chain it falls back to
// (config/v2_1, config/v2_0 and config/v1 `Parse`), as MCO 4.13's `IgnParseWrapper`
// (pkg/controller/common/helpers.go) calls it once Ignition 3.4's ParseCompatibleVersion has said
// "unknown version":
//
// - 2.2: decode (go-json) -> version 2.2.0 exactly -> validate against the source text;
// - a decode error, an unparsable or older version -> the same in 2.1 (then translated to 2.2),
//   then 2.0, then spec 1 (`ignitionVersion: 1`), each falling back on the same conditions;
// - a version newer than the package handles -> "unsupported config version" (ErrUnknownVersion).
//
// MCO turns ErrUnknownVersion into "parsing Ignition config failed: unknown version. ..." and any
// other failure into "parsing Ignition spec v2 failed with error: <err>\nReport: <report>".

import { RenderError, formatPath } from '../../errors.js';
import type { GoStruct } from './go-types.js';
import { GoDecoder } from './go-decode.js';
import type { JsonDoc } from './go-json-ast.js';
import { highlightBytePosition, parseJsonDoc } from './go-json-ast.js';
import { utf8Encode } from '../go/utf8.js';
import type { Entry } from './report.js';
import { GoPanic, entry, isFatal, reportString } from './report.js';
import { E } from './rules-v0.js';
import { v2Schema } from './schema-v2.js';
import { v1Config, v2_0Config } from './schema-old.js';
import { parseSemver, semverIdentical, semverLess, semver } from '../go/semver.js';
import { translateFromV2_1 } from './translate-2-1.js';
import { translateFromV1, translateFromV2_0 } from './translate-old.js';
import type { Ign2Config } from './types.js';
import { validateWithSource } from './validate-v0.js';

/** MCO's text when no parser knows the version. */
export const UNKNOWN_VERSION_MESSAGE =
  'parsing Ignition config failed: unknown version. Supported spec versions: 2.2, 3.0, 3.1, 3.2, 3.3, 3.4';

export type Ign2ParseResult =
  | { ok: true; config: Ign2Config; report: string }
  | {
    ok: false;
    /** The v2 parser did not know the version either (ErrUnknownVersion). */
    unknownVersion: boolean;
    /** The Go error's text, e.g. "config is not valid". */
    error: string;
    /** The report's text (Report.String()), possibly empty. */
    report: string;
    /** MCO's message for this failure. */
    message: string;
    /** Ignition-style JSON path (`$.storage.files.0.path`) of the first error, when there is one. */
    path?: string;
  };

type Obj = Record<string, unknown>;

interface Parsed {
  config?: Obj;
  entries: Entry[];
  error?: string;
}

/**
 * The raw config as the bytes MCO would see. A string is taken as the JSON text itself; any other
 * value is serialized with JSON.stringify (compact, key order kept), as a MachineConfig's
 * `spec.config` is stored. Line and column numbers in messages count in these bytes.
 */
export function rawConfigBytes(raw: unknown): Uint8Array {
  if (typeof raw === 'string') return utf8Encode(raw);
  let text: string | undefined;
  try {
    text = JSON.stringify(raw);
  } catch (e) {
    throw new RenderError('INVALID_IGNITION', 'validate', `Ignition config is not JSON-serializable: ${(e as Error).message}`, { cause: e });
  }
  if (text === undefined) throw new RenderError('INVALID_IGNITION', 'validate', 'Ignition config is not JSON-serializable');
  return utf8Encode(text);
}

/** Structured result of MCO's spec 2 parse; never throws for any input. */
export function tryParseIgn2(raw: unknown): Ign2ParseResult {
  try {
    return parseOrFail(raw);
  } catch (e) {
    // MCO would crash here; we report Go's panic value.
    if (e instanceof GoPanic) return { ok: false, unknownVersion: false, error: e.message, report: '', message: e.message };
    // Only pathological inputs get here (e.g. nesting deep enough to exhaust the stack).
    return failure(e instanceof Error ? e.message : String(e), '');
  }
}

function parseOrFail(raw: unknown): Ign2ParseResult {
  let bytes: Uint8Array;
  try {
    bytes = rawConfigBytes(raw);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return failure(msg, '');
  }
  if (bytes.length === 0) return failure('not a config (empty)', '');
  const doc = parseJsonDoc(bytes);
  if (!('root' in doc)) {
    // v1.Parse's HandleParseErrors on a json.SyntaxError.
    const p = highlightBytePosition(bytes, doc.offset);
    const en = entry('error', doc.message);
    en.line = p.line;
    en.column = p.col;
    en.highlight = p.highlight;
    return failure(E.invalid, reportString([en]));
  }
  const res = parseV2_2(doc);
  if (res.error === undefined && !isFatal(res.entries)) {
    return { ok: true, config: res.config as Ign2Config, report: reportString(res.entries) };
  }
  if (res.error === E.unknownVersion) {
    return { ok: false, unknownVersion: true, error: res.error, report: reportString(res.entries), message: UNKNOWN_VERSION_MESSAGE };
  }
  return failure(res.error ?? E.invalid, reportString(res.entries), res.entries.find((e) => e.kind === 'error')?.path);
}

function failure(error: string, report: string, path?: ReadonlyArray<string | number>): Ign2ParseResult {
  return {
    ok: false,
    unknownVersion: false,
    error,
    report,
    message: `parsing Ignition spec v2 failed with error: ${error}\nReport: ${report}`,
    ...(path === undefined ? {} : { path: formatPath(path) }),
  };
}

/**
 * MCO's parse of a spec 2.x config (IgnParseWrapper's v2 branch): the 2.2 config, or a RenderError
 * (`UNSUPPORTED_VERSION` or `INVALID_IGNITION`, stage `validate`) with MCO's message.
 */
export function parseIgn2(raw: unknown): Ign2Config {
  const r = tryParseIgn2(raw);
  if (r.ok) return r.config;
  throw new RenderError(r.unknownVersion ? 'UNSUPPORTED_VERSION' : 'INVALID_IGNITION', 'validate', r.message, { path: r.path });
}

function decode(src: JsonDoc, type: GoStruct): { value: Obj; error: string | undefined } {
  const { value, error } = GoDecoder.unmarshal(src, type);
  return { value: (value ?? {}) as Obj, error: error?.message };
}

const versionOf = (cfg: Obj): string => {
  const ign = cfg['ignition'];
  const v = typeof ign === 'object' && ign !== null ? (ign as Obj)['version'] : undefined;
  return typeof v === 'string' ? v : '';
};

/** v2_2.Parse and v2_1.Parse (same code, different types). */
function parseV2_x(src: JsonDoc, flavor: '2.1' | '2.2'): Parsed {
  const schema = v2Schema(flavor);
  const { value, error } = decode(src, schema.config);
  const version = parseSemver(versionOf(value));
  if (error !== undefined || version === null || semverLess(version, schema.maxVersion)) {
    if (flavor === '2.2') {
      const older = parseV2_x(src, '2.1');
      if (older.error !== undefined) return { entries: older.entries, error: older.error };
      return { config: translateFromV2_1(older.config!) as Obj, entries: older.entries };
    }
    const older = parseV2_0(src);
    if (older.error !== undefined) return { entries: older.entries, error: older.error };
    return { config: translateFromV2_0(older.config!), entries: older.entries };
  }
  if (!semverIdentical(version, schema.maxVersion)) return { entries: [], error: E.unknownVersion };
  const entries = validateWithSource(value, schema.config, src);
  if (isFatal(entries)) return { entries, error: E.invalid };
  return { config: value, entries };
}

const parseV2_2 = (src: JsonDoc): Parsed => parseV2_x(src, '2.2');

/** v2_0.Parse: its version is a semver.Version decoded by a custom unmarshaler. */
function parseV2_0(src: JsonDoc): Parsed {
  const { value, error } = decode(src, v2_0Config);
  const ign = (value['ignition'] ?? {}) as Obj;
  const version = (ign['version'] as ReturnType<typeof semver> | undefined) ?? semver(0, 0);
  const max = semver(2, 0);
  if (error !== undefined || semverLess(version, max)) {
    const older = parseV1(src);
    if (older.error !== undefined) return { entries: older.entries, error: older.error };
    const entries = [...older.entries, entry('deprecated', E.deprecated)];
    return { config: translateFromV1(older.config!), entries };
  }
  if (!semverIdentical(version, max)) return { entries: [], error: E.unknownVersion };
  const entries = validateWithSource(value, v2_0Config, src);
  if (isFatal(entries)) return { entries, error: E.invalid };
  return { config: value, entries };
}

/** v1.Parse: `ignitionVersion: 1`, else ErrUnknownVersion; decode errors go to HandleParseErrors. */
function parseV1(src: JsonDoc): Parsed {
  const { value, error } = decode(src, v1Config);
  if (error !== undefined) return handleParseErrors(src);
  if (value['ignitionVersion'] !== 1) return { entries: [], error: E.unknownVersion };
  const entries = validateWithSource(value, v1Config, src);
  if (isFatal(entries)) return { entries, error: E.invalid };
  return { config: value, entries };
}

/** config/util/parsingErrors.go `HandleParseErrors`: re-decodes into the 2.5-experimental types. */
function handleParseErrors(src: JsonDoc): Parsed {
  const { error } = GoDecoder.unmarshal(src, v2Schema('2.5').config);
  if (error === undefined) return { entries: [], error: 'HandleParseErrors called with a valid config' };
  const en = entry('error', error.message);
  if (error.typeError) {
    const p = highlightBytePosition(src.bytes, error.offset);
    en.line = p.line;
    en.column = p.col;
    en.highlight = p.highlight;
    return { entries: [en], error: E.invalid };
  }
  return { entries: [en], error: error.message };
}
