/**
 * systemd units and drop-ins.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/unit.go (`Unit.Validate`, `validateName`,
 * `Dropin.Validate`), config/shared/parse/unit.go (`ParseUnitContents`) and
 * config/shared/validations/unit.go (`ValidateInstallSection`).
 */

import { ext } from '../go/path.js';
import { quote } from '../go/strconv.js';
import type { UnitOption } from '../go/systemd-unit.js';
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

/** parse.ParseUnitContents's result for some contents, plus whether they have an [Install] section. */
export type ParsedUnit = { options: UnitOption[]; hasInstall: boolean } | { error: IgnError };

const NO_OPTIONS: ParsedUnit = { options: [], hasInstall: false };

/** Memoized: every unit is checked once per spec version its config passes through. */
const parseContents = memoize((contents: string): ParsedUnit => {
  const res = goDeserializeUnit(contents);
  if (!res.ok) return { error: { code: 'INVALID_UNIT_CONTENT', message: 'invalid unit content: ' + res.error } };
  return { options: res.options, hasInstall: res.options.some((o) => o.section === 'Install') };
});

/** parse.ParseUnitContents: options, or the `invalid unit content: …` error. Results are shared: do not mutate. */
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
