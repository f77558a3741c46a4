/**
 * MCO 4.13's handling of a MachineConfig's Ignition config: parse any supported spec, bring it to 3.2,
 * validate it, and pull Ignition 3.3+ kernel arguments out of it.
 *
 * Mirrors openshift/machine-config-operator release-4.13 pkg/controller/common/helpers.go:
 * `IgnParseWrapper`, `ValidateIgnition` (+ `validateIgn3FileModes`), `ValidateMachineConfig`'s Ignition
 * part, `ParseAndConvertConfig`, `ExtractIgnitionKargsFor4_13`; and, for the seed prototype, the
 * `layering` branch's `IgnParseWrapper`/`ParseAndConvertConfig` (3.2 → 3.1 → 3.0 → 2.x, Ignition
 * v2.13.0 rules). Spec 2.x is delegated to ./v2 (ignition v0.35.0).
 *
 * Every failure is a RenderError (stage `validate`) whose message is MCO's, without Go's
 * `, line N col M`; code `UNSUPPORTED_VERSION` when the version is unparsable or unknown, else
 * `INVALID_IGNITION`; `path` is the JSON path of the first error Ignition reported, if any.
 */

import type { PathSegment } from '../errors.js';
import { goOctalAlt, goStringSlice } from '../_go/fmt.js';
import { formatPath, RenderError } from '../errors.js';
import type { GoObject } from './decode.js';
import type { ParseFailure, ParseResult } from './parse.js';
import type { SpecVersion } from './schema.js';
import { FAILURE_TEXT, parseCompatibleVersion, parseExact } from './parse.js';
import type { RawConfig } from './raw-config.js';
import { readRawConfig } from './raw-config.js';
import type { Report } from './report.js';
import { schema32 } from './schema.js';
import { translateUp } from './translate-up.js';
import { translate33to32, translate34to33 } from './translate-down.js';
import type { IgnitionConfig } from './types.js';
import { validateWithContext } from './validate/walk.js';
import { convertIgnition2to3 } from './v2/convert-2-to-3.js';
import { removeIgnDuplicateFilesUnitsUsers } from './v2/dedupe.js';
import { tryParseIgn2 } from './v2/parse-ign2.js';
import type { Ign2Config } from './v2/types.js';
import { ign2ValidationError } from './v2/validate-ign2.js';

/** What `IgnParseWrapper` returns: a 3.2 config, or a 2.2 config (MCO converts those later). */
export type ParsedIgnition = { spec: 3; config: IgnitionConfig } | { spec: 2; config: Ign2Config };

const SUPPORTED = 'Supported spec versions: 2.2, 3.0, 3.1, 3.2, 3.3, 3.4';
export const INVALID_VERSION_MESSAGE = `parsing Ignition config failed: invalid version. ${SUPPORTED}`;
export const UNKNOWN_VERSION_MESSAGE = `parsing Ignition config failed: unknown version. ${SUPPORTED}`;

const firstErrorPath = (r: Report): PathSegment[] | undefined => r.entries.find((e) => e.kind === 'error')?.path;

function fail(code: 'INVALID_IGNITION' | 'UNSUPPORTED_VERSION', message: string, path?: readonly PathSegment[]): RenderError {
  return new RenderError(code, 'validate', message, path === undefined || path.length === 0 ? {} : { path: formatPath(path) });
}

/** `%v` of an Ignition parse error and its report, as MCO formats them. */
const parseFailureMessage = (prefix: string, error: ParseFailure, report: Report): string =>
  `${prefix} failed with error: ${FAILURE_TEXT[error]}\nReport: ${report.toString()}`;

/**
 * Runs `fn`, turning anything thrown that is not a RenderError (a getter that throws inside a
 * hand-made input object, say) into one: every failure of this module is a RenderError.
 */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RenderError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new RenderError('INVALID_INPUT', 'validate', `cannot read the Ignition config: ${message}`, { cause: e });
  }
}

/** The raw config as MCO would have it: `null` (no config) stays null. */
function toRaw(raw: unknown): RawConfig {
  return readRawConfig(raw) ?? { kind: 'empty' };
}

function v2Branch(raw: unknown): ParsedIgnition {
  const r = tryParseIgn2(raw);
  if (r.ok) return { spec: 2, config: r.config };
  if (r.unknownVersion) throw fail('UNSUPPORTED_VERSION', UNKNOWN_VERSION_MESSAGE);
  throw fail('INVALID_IGNITION', r.message);
}

/**
 * IgnParseWrapper's 3.x branch after a successful ParseCompatibleVersion.
 *
 * ign-converter validates the config four times on the way down (3.4 rules before and 3.3 rules after
 * 3.4 → 3.3; 3.3 rules before and 3.2 rules after 3.3 → 3.2), and MCO's ValidateIgnition once more
 * with 3.2 rules. Only the report of a fatal validation is ever seen, and most of these cannot be
 * fatal once the config passed its own version's validation in Parse, so they are skipped:
 * - for 3.3/3.4 input, the 3.4 and 3.3 rules accept what 3.3/3.4 rules accepted (up-translation only
 *   masks mode bits; 3.4 adds no error over 3.3 except for fields checkValue rejects anyway); the
 *   3.2 rules on the result can fail (format `none`, custom clevis configs), so that one runs;
 * - for 3.0–3.2 input, the 3.4 rules can fail (a link without target, a merged config without
 *   source, a custom clevis that needs the network), so that one runs when the config has what they
 *   are stricter about (stricterIn34); the rest see a config equal to
 *   one already accepted, minus mode bits and an empty `clevis`.
 */
/**
 * 3.2 configs this module produced after ign-converter's checks: ValidateIgnition's 3.2 rules cannot
 * fail on them (see downTo32), so validateMcoIgnition skips that walk for them. Registered by the
 * public entry points only: analyzeMachineConfigIgnition knows its own result and skips the WeakSet.
 */
const accepted32 = new WeakSet<object>();

/** Registers what ignParseWrapper returns for spec 3 (always downTo32's result) in accepted32. */
function accepted(parsed: ParsedIgnition): ParsedIgnition {
  if (parsed.spec === 3) accepted32.add(parsed.config);
  return parsed;
}

/**
 * Whether the 3.4 rules can reject a 3.1/3.2 config that passed its own rules (after up-translation):
 * only through what 3.3 and 3.4 made stricter — link targets, LUKS/clevis, RAID levels. The 3.0 rules
 * differ more (resources, config references), so 3.0 input always takes the full walk.
 */
function stricterIn34(cfg34: GoObject, from: SpecVersion): boolean {
  if (from === '3.0') return true;
  const st = cfg34['storage'] as { links?: unknown[]; luks?: unknown[]; raid?: unknown[] } | undefined;
  return st !== undefined && ((st.links?.length ?? 0) > 0 || (st.luks?.length ?? 0) > 0 || (st.raid?.length ?? 0) > 0);
}

function downTo32(cfg34: GoObject, from: SpecVersion): ParsedIgnition {
  const recent = from === '3.3' || from === '3.4';
  const to33 = translate34to33(cfg34, { input: !recent && stricterIn34(cfg34, from), output: false });
  if (!to33.ok) {
    if (to33.panic === true) throw fail('INVALID_IGNITION', to33.error);
    throw fail('INVALID_IGNITION', `translating Ignition config 3.4 to 3.3 failed with error: ${to33.error}`, to33.path);
  }
  const to32 = translate33to32(to33.config, { input: false, output: recent });
  if (!to32.ok) {
    if (to32.panic === true) throw fail('INVALID_IGNITION', to32.error);
    throw fail('INVALID_IGNITION', `translating Ignition config 3.3 to 3.2 failed with error: ${to32.error}`, to32.path);
  }
  return { spec: 3, config: to32.config as unknown as IgnitionConfig };
}

/** IgnParseWrapper given ParseCompatibleVersion's result. */
function wrapperFrom(raw: unknown, res: ParseResult): ParsedIgnition {
  if (res.ok) {
    // MCO drops Ignition's kernel arguments here (it moves them into the MachineConfig at merge time).
    const cfg34: GoObject = { ...res.config };
    delete cfg34['kernelArguments'];
    return downTo32(cfg34, res.version);
  }
  if (res.error === 'invalidVersion') throw fail('UNSUPPORTED_VERSION', INVALID_VERSION_MESSAGE);
  if (res.error === 'unknownVersion') return v2Branch(raw);
  throw fail('INVALID_IGNITION', parseFailureMessage('parsing Ignition config spec v3', res.error, res.report), firstErrorPath(res.report));
}

/** MCO `IgnParseWrapper`. */
export function ignParseWrapper(raw: unknown): ParsedIgnition {
  return guard(() => {
    return accepted(wrapperFrom(raw, parseCompatibleVersion(toRaw(raw))));
  });
}


/** MCO `ValidateIgnition` on what `ignParseWrapper` returned; throws RenderError. */
export function validateMcoIgnition(parsed: ParsedIgnition): void {
  validateParsed(parsed, parsed.spec === 3 && accepted32.has(parsed.config));
}

/** validateMcoIgnition; `known32`: the config is downTo32's result (its 3.2 walk cannot fail). */
function validateParsed(parsed: ParsedIgnition, known32: boolean): void {
  if (parsed.spec === 2) {
    const err = ign2ValidationError(parsed.config);
    if (err !== undefined) throw fail('INVALID_IGNITION', err);
    return;
  }
  // reflect.DeepEqual(Config{}, cfg) cannot hold for a parsed 3.x config: its version is always set.
  const cfg = parsed.config;
  const report = known32 ? null : validateWithContext(schema32, cfg as unknown as GoObject, null);
  if (report?.isFatal() === true) {
    throw fail('INVALID_IGNITION', `invalid ignition V3 config found: ${report.toString()}`, firstErrorPath(report));
  }
  checkFileModes(cfg);
}

/** Go `uint32(n)` of an int (the common case without BigInt). */
const uint32 = (n: number): number => (n >= 0 && n < 2 ** 32 && Number.isInteger(n) ? n : Number(BigInt.asUintN(32, BigInt(n))));

/** validateIgn3FileModes: os.FileMode(mode) > os.ModePerm, i.e. setuid/setgid/sticky bits (bz 2038240). */
function checkFileModes(cfg: IgnitionConfig): void {
  cfg.storage?.files?.forEach((f, i) => {
    if (f.mode !== undefined && uint32(f.mode) > 0o777) {
      throw fail('INVALID_IGNITION', `invalid mode ${goOctalAlt(f.mode)} for ${f.path}, cannot exceed 0777`, ['storage', 'files', i, 'mode']);
    }
  });
}

/**
 * The Ignition part of MCO `ValidateMachineConfig`: parse and validate `spec.config` unless it is
 * absent. Throws RenderError.
 */
export function validateMachineConfigIgnition(raw: unknown): void {
  return guard(() => {
    if (raw === null || raw === undefined) return;
    validateMcoIgnition(ignParseWrapper(raw));
  });
}

const wrapParse = (e: unknown): never => {
  if (e instanceof RenderError) {
    const opts = e.path === undefined ? {} : { path: e.path };
    throw new RenderError(e.code, e.stage, `failed to parse Ignition config: ${e.message}`, { ...opts, cause: e });
  }
  throw e;
};

function convertParsed(parsed: ParsedIgnition): IgnitionConfig {
  if (parsed.spec === 3) return parsed.config;
  return convertIgnition2to3(removeIgnDuplicateFilesUnitsUsers(parsed.config));
}

/** MCO `ParseAndConvertConfig`: any supported spec as Ignition 3.2. Throws RenderError. */
export function parseAndConvertConfig(raw: unknown): IgnitionConfig {
  return guard(() => {
    let parsed: ParsedIgnition;
    try {
      parsed = ignParseWrapper(raw);
    } catch (e) {
      return wrapParse(e);
    }
    return convertParsed(parsed);
  });
}


function kargsFrom(res: ParseResult): string[] {
  if (!res.ok) {
    if (res.error === 'empty' || res.error === 'unknownVersion') return [];
    throw fail('INVALID_IGNITION', parseFailureMessage('parsing Ignition config spec v3.4', res.error, res.report), firstErrorPath(res.report));
  }
  const kargs = (res.config['kernelArguments'] ?? {}) as { shouldExist?: string[]; shouldNotExist?: string[] };
  if ((kargs.shouldNotExist?.length ?? 0) > 0) {
    throw new RenderError(
      'UNSUPPORTED_KERNEL_ARGUMENT',
      'validate',
      `Ignition KernelArguments.ShouldNotExist is not supported in this release ( ShouldNotExist: ${goStringSlice(kargs.shouldNotExist)} was supplied )`,
      { path: '$.kernelArguments.shouldNotExist' },
    );
  }
  return [...(kargs.shouldExist ?? [])];
}

/**
 * MCO `ExtractIgnitionKargsFor4_13`: the `kernelArguments.shouldExist` of a 3.3/3.4 config (none for
 * absent, empty, older or spec 2 configs); `shouldNotExist` is refused. Throws RenderError.
 */
export function extractIgnitionKargs(raw: unknown): string[] {
  return guard(() => {
    return kargsFrom(parseCompatibleVersion(toRaw(raw)));
  });
}

/** Everything the render pipeline asks of one MachineConfig's Ignition config, from a single parse. */
export interface MachineConfigIgnition {
  /** `ValidateMachineConfig`'s Ignition failure, or null (also null when there is no config). */
  validateError: RenderError | null;
  /** `ParseAndConvertConfig`'s result or failure (MCO does not call it for an absent config). */
  config: IgnitionConfig | RenderError;
  /** `ExtractIgnitionKargsFor4_13`'s result or failure. */
  kargs: string[] | RenderError;
  /**
   * `config` is a 3.x config brought down to 3.2 by ign-converter's checks: the 3.2 rules find no error
   * in it (validateParsed relies on the same), so neither in any of its list entries.
   */
  known32: boolean;
}

const attempt = <T>(fn: () => T): T | RenderError => {
  try {
    return guard(fn);
  } catch (e) {
    if (e instanceof RenderError) return e;
    throw e;
  }
};

/**
 * `validateMachineConfigIgnition`, `parseAndConvertConfig` and `extractIgnitionKargs` at once, parsing
 * the config once instead of three times. Never throws for any input.
 */
export function analyzeMachineConfigIgnition(raw: unknown): MachineConfigIgnition {
  const res = attempt(() => parseCompatibleVersion(toRaw(raw)));
  if (res instanceof RenderError) {
    return { validateError: raw === null || raw === undefined ? null : res, config: res, kargs: res, known32: false };
  }
  const parsed = attempt(() => wrapperFrom(raw, res));
  const kargs = attempt(() => kargsFrom(res));
  let validateError: RenderError | null = null;
  if (raw !== null && raw !== undefined) {
    if (parsed instanceof RenderError) validateError = parsed;
    else {
      // wrapperFrom's spec 3 result is always downTo32's.
      const v = attempt(() => validateParsed(parsed, parsed.spec === 3));
      if (v instanceof RenderError) validateError = v;
    }
  }
  const config = parsed instanceof RenderError ? attempt(() => wrapParse(parsed)) : attempt(() => convertParsed(parsed));
  const known32 = !(parsed instanceof RenderError) && parsed.spec === 3 && config === parsed.config;
  return { validateError, config, kargs, known32 };
}

// ---- the `layering` branch (seed prototype) ----------------------------------------------------------

const LAYERING_UNKNOWN_VERSION = 'parsing Ignition config failed: unknown version. Supported spec versions: 2.2, 3.0, 3.1, 3.2';

/**
 * MCO `layering` branch `ParseAndConvertConfig`: tries spec 3.2, 3.1, 3.0 (each exactly, Ignition
 * v2.13.0 rules), then 2.x. Messages are that branch's (`failed to parse Ignition config: parsing
 * Ignition config spec v3.2 failed with error: …`). Throws RenderError.
 */
export function parseAndConvertConfigLayering(raw: unknown): IgnitionConfig {
  return guard(() => {
    const doc = toRaw(raw);
    const attempt = (ver: '3.2' | '3.1' | '3.0'): ParseResult => parseExact(doc, ver, 'v2.13');
    const wrapped = (message: string, report?: Report, code: 'INVALID_IGNITION' | 'UNSUPPORTED_VERSION' = 'INVALID_IGNITION'): never => {
      throw fail(code, `failed to parse Ignition config: ${message}`, report === undefined ? undefined : firstErrorPath(report));
    };
    for (const ver of ['3.2', '3.1', '3.0'] as const) {
      const res = attempt(ver);
      if (res.ok) {
        // translate3.Translate(translate3_1.Translate(...)) for the older specs
        return translateUp(res.config, ver, '3.2') as unknown as IgnitionConfig;
      }
      if (res.error !== 'unknownVersion') {
        return wrapped(parseFailureMessage(`parsing Ignition config spec v${ver}`, res.error, res.report), res.report);
      }
    }
    const r = tryParseIgn2(raw);
    if (!r.ok) {
      if (r.unknownVersion) return wrapped(LAYERING_UNKNOWN_VERSION, undefined, 'UNSUPPORTED_VERSION');
      return wrapped(`parsing Ignition spec v2 failed with error: ${r.error}\nReport: ${r.report}`);
    }
    return convertIgnition2to3(removeIgnDuplicateFilesUnitsUsers(r.config));
  });
}
