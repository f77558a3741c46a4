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

const deserializeUnit = memoize(goDeserializeUnit);

const UNIT_EXTENSIONS = new Set([
  '.service', '.socket', '.device', '.mount', '.automount', '.swap', '.target', '.path', '.timer', '.snapshot',
  '.slice', '.scope',
]);

/** parse.ParseUnitContents: options, or the `invalid unit content: …` error. */
export function parseUnitContents(contents: string | undefined): { options: UnitOption[] } | { error: IgnError } {
  if (contents === undefined) return { options: [] };
  const res = deserializeUnit(contents);
  if (res.ok) return { options: res.options };
  return { error: { code: 'INVALID_UNIT_CONTENT', message: 'invalid unit content: ' + res.error } };
}

export function validateUnit(u: AnyUnit, c: Path, r: Report): void {
  r.error([...c, 'name'], UNIT_EXTENSIONS.has(ext(u.name)) ? null : E.ErrInvalidSystemdExt);
  const at = [...c, 'contents'];
  const parsed = parseUnitContents(u.contents);
  if ('error' in parsed) {
    r.error(at, parsed.error);
    return; // ValidateInstallSection skips units that could not be parsed
  }
  // Install sections matter only for enabled units that have contents.
  if (!isTrue(u.enabled) || nilOrEmpty(u.contents)) return;
  if (!parsed.options.some((o) => o.section === 'Install')) r.warn(at, noInstallSection(u.name, quote));
}

export function validateDropin(d: AnyDropin, c: Path, r: Report): void {
  const parsed = parseUnitContents(d.contents);
  if ('error' in parsed) r.error([...c, 'contents'], parsed.error);
  if (ext(d.name) !== '.conf') r.error([...c, 'name'], E.ErrInvalidSystemdDropinExt);
}
