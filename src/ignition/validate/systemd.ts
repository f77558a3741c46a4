/**
 * The systemd section: an enabled instance (`foo@bar.service`) of a template defined in the same
 * config needs the template to have an [Install] section.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/systemd.go (`Systemd.Validate`). Go's `.` does not
 * match `\n`; `[^\n]` says the same in JavaScript.
 */

import { quote } from '../go/strconv.js';
import type { Report } from '../report.js';
import { noInstallSectionForInstantiableUnit } from '../shared-errors.js';
import type { AnySystemd, AnyUnit } from './any-types.js';
import { parseUnitContents } from './unit.js';
import type { Path } from './util.js';
import { isTrue, notEmpty } from './util.js';

const INSTANCE_UNIT = /^([^\n]+?)@([^\n]+?)\.service$/;

export function validateSystemd(s: AnySystemd, c: Path, r: Report): void {
  const units = new Map<string, AnyUnit>();
  for (const u of s.units ?? []) units.set(u.name, u);
  s.units?.forEach((unit, index) => {
    const m = INSTANCE_UNIT.exec(unit.name);
    if (m === null || !isTrue(unit.enabled)) return;
    const instantiable = m[1]! + '@.service';
    const template = units.get(instantiable);
    if (template === undefined || !notEmpty(template.contents)) return;
    const parsed = parseUnitContents(template.contents);
    if ('error' in parsed) return;
    if (!parsed.hasInstall) {
      r.warn([...c, 'units', index, 'contents'], noInstallSectionForInstantiableUnit(instantiable, unit.name, quote));
    }
  });
}
