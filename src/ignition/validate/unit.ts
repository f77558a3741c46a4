/**
 * systemd units and drop-ins.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/unit.go (`Unit.Validate`, `validateName`,
 * `Dropin.Validate`), config/shared/parse/unit.go (`ParseUnitContents`) and
 * config/shared/validations/unit.go (`ValidateInstallSection`).
 */

import { ext } from '../go/path.js';
import { quote } from '../go/strconv.js';
import { deserializeUnit as goDeserializeUnit } from '../go/systemd-unit.js';
import { memoize } from '../go/memo.js';
import type { Report } from '../report.js';
import type { IgnError } from '../shared-errors.js';
import { E, noInstallSection } from '../shared-errors.js';
import type { AnyDropin, AnyUnit } from './any-types.js';
import type { Path } from './util.js';
import { isTrue, nilOrEmpty } from './util.js';

const UNIT_EXTENSIONS = new Set([
  '.service', '.socket', '.device', '.mount', '.automount', '.swap', '.target', '.path', '.timer', '.snapshot',
  '.slice', '.scope',
]);

/**
 * What validation asks of parse.ParseUnitContents: whether it fails (and how), and whether the unit
 * has an option in an [Install] section (ValidateInstallSection).
 */
export type ParsedUnit = { hasInstall: boolean } | { error: IgnError };

const NO_OPTIONS: ParsedUnit = { hasInstall: false };
const HAS_INSTALL: ParsedUnit = { hasInstall: true };

/**
 * The verdict for unit files in the common shape, without go-systemd's lexer; undefined for anything
 * else. The shape: printable ASCII and tabs, lines of at most 1000 characters (so the lexer's
 * "line too long" check, which needs 2048 bytes without a line break, cannot fire); before the first
 * section only blank and comment lines; `[Name]` headers with nothing but blanks after the `]`;
 * every other line blank, a comment, or an option with its `=` on that line; no line (comment or
 * value) continued by a trailing backslash. On such input the lexer accepts everything and reports
 * exactly the options read here, so only the [Install] question remains.
 */
function fastUnitVerdict(contents: string): ParsedUnit | undefined {
  if (UNSIMPLE.test(contents)) return undefined;
  let section: string | null = null;
  let hasInstall = false;
  let start = 0;
  while (start <= contents.length) {
    let end = contents.indexOf('\n', start);
    if (end < 0) end = contents.length;
    if (end - start > 1000) return undefined;
    let i = start;
    while (i < end && (contents.charCodeAt(i) === 0x20 || contents.charCodeAt(i) === 0x09)) i++;
    if (i < end) {
      const c = contents.charCodeAt(i);
      if (c === 0x5b) {
        const close = contents.indexOf(']', i);
        if (close < 0 || close > end || contents.slice(close + 1, end).trim() !== '') return undefined;
        section = contents.slice(i + 1, close);
      } else if (c === 0x23 || c === 0x3b) {
        if (/\\ ?$/.test(contents.slice(i, end))) return undefined;
      } else {
        const eq = contents.indexOf('=', i);
        if (section === null || eq < 0 || eq > end || contents.charCodeAt(end - 1) === 0x5c) return undefined;
        if (section === 'Install') hasInstall = true;
      }
    }
    start = end + 1;
  }
  return hasInstall ? HAS_INSTALL : NO_OPTIONS;
}

/** Anything but printable ASCII, tab and line feed. */
const UNSIMPLE = /[^\t\n\x20-\x7e]/;

/** Memoized: every unit is checked once per spec version its config passes through. */
const parseContents = memoize((contents: string): ParsedUnit => {
  const fast = fastUnitVerdict(contents);
  if (fast !== undefined) return fast;
  const res = goDeserializeUnit(contents);
  if (!res.ok) return { error: { code: 'INVALID_UNIT_CONTENT', message: 'invalid unit content: ' + res.error } };
  return res.options.some((o) => o.section === 'Install') ? HAS_INSTALL : NO_OPTIONS;
});

/** parse.ParseUnitContents: whether it fails (with the `invalid unit content: …` error) and has [Install]. */
export function parseUnitContents(contents: string | undefined): ParsedUnit {
  return contents === undefined ? NO_OPTIONS : parseContents(contents);
}

export function validateUnit(u: AnyUnit, c: Path, r: Report): void {
  if (!UNIT_EXTENSIONS.has(ext(u.name))) r.error([...c, 'name'], E.ErrInvalidSystemdExt);
  const parsed = parseUnitContents(u.contents);
  if ('error' in parsed) {
    r.error([...c, 'contents'], parsed.error);
    return; // ValidateInstallSection skips units that could not be parsed
  }
  // Install sections matter only for enabled units that have contents.
  if (!isTrue(u.enabled) || nilOrEmpty(u.contents)) return;
  if (!parsed.hasInstall) r.warn([...c, 'contents'], noInstallSection(u.name, quote));
}

export function validateDropin(d: AnyDropin, c: Path, r: Report): void {
  const parsed = parseUnitContents(d.contents);
  if ('error' in parsed) r.error([...c, 'contents'], parsed.error);
  if (ext(d.name) !== '.conf') r.error([...c, 'name'], E.ErrInvalidSystemdDropinExt);
}
