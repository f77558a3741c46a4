/**
 * Parsing Ignition 3.x: version sniffing, per-version decode and validation, translation to 3.4.
 *
 * Mirrors coreos/ignition v2.15.0:
 * - config/util/config.go `GetConfigVersion` (decode into `versionStub`, then `semver.NewVersion`:
 *   failure is ErrInvalidVersion) and config/util/parsingErrors.go `HandleParseErrors` (a JSON syntax
 *   or type error becomes a one-entry report positioned by line and column, and ErrInvalid);
 * - config/v3_x/config.go `Parse` (decode, exact version or ErrUnknownVersion, `ValidateWithContext`
 *   against the source) and `ParseCompatibleVersion` (3.4 → 3.3 → … → 3.0, each older result
 *   translated up).
 */

import { goUnmarshal, GoTypeError } from './decode.js';
import type { GoObject } from './decode.js';
import { isSpec, parseSemver } from './go/semver.js';
import type { RawConfig } from './raw-config.js';
import { Report } from './report.js';
import type { SpecVersion } from './schema.js';
import { schemas, versionStubSchema } from './schema.js';
import { E } from './shared-errors.js';
import { translateTo34 } from './translate-up.js';
import { validateWithContext } from './validate/walk.js';
import type { RuleSet } from './validate/walk.js';

export type ParseFailure = 'empty' | 'invalid' | 'invalidVersion' | 'unknownVersion';

/** The Go error text of each failure (config/shared/errors). */
export const FAILURE_TEXT: Record<ParseFailure, string> = {
  empty: E.ErrEmpty.message,
  invalid: E.ErrInvalid.message,
  invalidVersion: E.ErrInvalidVersion.message,
  unknownVersion: E.ErrUnknownVersion.message,
};

export type ParseResult =
  | { ok: true; config: GoObject; version: SpecVersion; report: Report }
  | { ok: false; error: ParseFailure; report: Report };

type DocConfig = Exclude<RawConfig, { kind: 'empty' }>;

const MINOR: Record<SpecVersion, number> = { '3.0': 0, '3.1': 1, '3.2': 2, '3.3': 3, '3.4': 4 };
const VERSIONS: SpecVersion[] = ['3.0', '3.1', '3.2', '3.3', '3.4'];

/** HandleParseErrors: decode, or a failed parse with Go's positioned one-entry report. */
function decode(doc: DocConfig, schema: (typeof schemas)[SpecVersion] | typeof versionStubSchema):
  { ok: true; value: GoObject } | { ok: false; result: ParseResult } {
  const report = new Report();
  if (doc.kind === 'syntax-error') {
    report.entries.push({ kind: 'error', code: 'JSON_SYNTAX', message: doc.message, path: [], position: doc.position });
    return { ok: false, result: { ok: false, error: 'invalid', report } };
  }
  try {
    return { ok: true, value: goUnmarshal(doc.src, doc.root, schema) };
  } catch (e) {
    if (!(e instanceof GoTypeError)) throw e;
    report.entries.push({
      kind: 'error', code: 'JSON_TYPE', message: e.message, path: [],
      position: doc.positionOf(e.docPath, e.composite, e.offset),
    });
    return { ok: false, result: { ok: false, error: 'invalid', report } };
  }
}

const versionOf = (cfg: GoObject): string => ((cfg['ignition'] as GoObject | undefined)?.['version'] as string) ?? '';

/** util.GetConfigVersion: the spec a document declares (null version: not 3.0–3.4). */
export function getConfigVersion(raw: RawConfig):
  { ok: true; version: SpecVersion | null } | { ok: false; result: ParseResult } {
  if (raw.kind === 'empty') return { ok: false, result: { ok: false, error: 'empty', report: new Report() } };
  const d = decode(raw, versionStubSchema);
  if (!d.ok) return d;
  const stub = d.value['Ignition'] as GoObject;
  const v = parseSemver(stub['Version'] as string);
  if (v === null) return { ok: false, result: { ok: false, error: 'invalidVersion', report: new Report() } };
  return { ok: true, version: VERSIONS.find((s) => isSpec(v, MINOR[s])) ?? null };
}

/** v3_x.Parse: the document as exactly spec `ver`, validated with that spec's rules. */
export function parseExact(raw: RawConfig, ver: SpecVersion, rules: RuleSet = 'v2.15'): ParseResult {
  if (raw.kind === 'empty') return { ok: false, error: 'empty', report: new Report() };
  const schema = schemas[ver];
  const d = decode(raw, schema);
  if (!d.ok) return d.result;
  const v = parseSemver(versionOf(d.value));
  if (v === null || !isSpec(v, MINOR[ver])) return { ok: false, error: 'unknownVersion', report: new Report() };
  // Unused keys are only ever warnings (and a zero struct the walk visits for them has no errors of its
  // own), and nothing reads a success's report: decide on the rules alone, and walk the source document
  // for the complete report (Go's, unused keys included) only when the config fails.
  const quick = validateWithContext(schema, d.value, null, rules);
  if (!quick.isFatal()) return { ok: true, config: d.value, version: ver, report: quick };
  const source = raw.kind === 'document' ? { root: raw.root, tree: raw.tree } : null;
  const report = source === null ? quick : validateWithContext(schema, d.value, source, rules);
  return { ok: false, error: 'invalid', report };
}

/** v3_4.ParseCompatibleVersion: any 3.0–3.4 document as a 3.4 config (canonical form). */
export function parseCompatibleVersion(raw: RawConfig): ParseResult {
  const gv = getConfigVersion(raw);
  if (!gv.ok) return gv.result;
  if (gv.version === null) return { ok: false, error: 'unknownVersion', report: new Report() };
  const res = parseExact(raw, gv.version);
  if (!res.ok) return res;
  return { ...res, config: translateTo34(res.config, res.version) };
}
