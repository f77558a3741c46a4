/**
 * Whole-config rule: files, directories and links may not take the path of a unit or drop-in that the
 * config also writes.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/config.go (`Config.Validate`).
 */

import type { Report } from '../report.js';
import { E } from '../shared-errors.js';
import type { AnyConfig } from './any-types.js';
import type { Path } from './util.js';
import { notEmpty } from './util.js';

const SYSTEMD_PATH = '/etc/systemd/system/';

export function validateConfig(cfg: AnyConfig, c: Path, r: Report): void {
  const unitPaths = new Set<string>();
  for (const unit of cfg.systemd?.units ?? []) {
    if (notEmpty(unit.contents)) unitPaths.add(SYSTEMD_PATH + unit.name);
    for (const dropin of unit.dropins ?? []) {
      if (notEmpty(dropin.contents)) unitPaths.add(SYSTEMD_PATH + unit.name + '.d/' + dropin.name);
    }
  }
  if (unitPaths.size === 0) return;
  const st = cfg.storage;
  st?.files?.forEach((f, i) => {
    if (unitPaths.has(f.path)) r.error([...c, 'storage', 'files', i, 'path'], E.ErrPathConflictsSystemd);
  });
  st?.directories?.forEach((d, i) => {
    if (unitPaths.has(d.path)) r.error([...c, 'storage', 'directories', i, 'path'], E.ErrPathConflictsSystemd);
  });
  st?.links?.forEach((l, i) => {
    if (unitPaths.has(l.path)) r.error([...c, 'storage', 'links', i, 'path'], E.ErrPathConflictsSystemd);
  });
}
