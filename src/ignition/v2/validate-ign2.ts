// Mirrors MCO release-4.13 pkg/controller/common/helpers.go `ValidateIgnition` for spec 2 configs:
// an all-zero config is valid; otherwise ignition v0.35.0's `validate.ValidateWithoutSource` must
// find no error, then `validateIgn2FileModes` rejects file modes above 0777 (setuid, setgid, sticky).

import { goOctalAlt } from '../../_go/fmt.js';
import { RenderError, formatPath } from '../../errors.js';
import { isFatal, reportString } from './report.js';
import { v2Schema } from './schema-v2.js';
import type { Ign2Config } from './types.js';
import { validateWithoutSource } from './validate-v0.js';

/** reflect.DeepEqual(Config{}, cfg): absent/zero scalars and empty objects are zero; any slice is not. */
function isZero(v: unknown): boolean {
  if (v === undefined || v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return false;
  if (typeof v === 'object' && v !== null) return Object.values(v).every(isZero);
  return false;
}

/** MCO's ValidateIgnition verdict on a spec 2.2 config: its error and where, or undefined. */
export function ign2Validation(config: Ign2Config): { message: string; path?: string } | undefined {
  if (isZero(config)) return undefined;
  const entries = validateWithoutSource(config, v2Schema('2.2').config);
  if (isFatal(entries)) {
    const at = entries.find((e) => e.kind === 'error')?.path;
    return { message: `invalid ignition V2 config found: ${reportString(entries)}`, ...(at === undefined ? {} : { path: formatPath(at) }) };
  }
  const files = config.storage?.files ?? [];
  for (let i = 0; i < files.length; i++) {
    const mode = files[i]!.mode;
    // os.FileMode(*file.Mode) > os.ModePerm: the int converts to a uint32.
    if (mode !== undefined && (mode >>> 0) > 0o777) {
      return {
        message: `invalid mode ${goOctalAlt(mode)} for ${files[i]!.path ?? ''}, cannot exceed 0777`,
        path: formatPath(['storage', 'files', i, 'mode']),
      };
    }
  }
  return undefined;
}

/** The message of MCO's ValidateIgnition for a spec 2.2 config, or undefined when it is valid. */
export const ign2ValidationError = (config: Ign2Config): string | undefined => ign2Validation(config)?.message;

/** MCO's ValidateIgnition for spec 2: throws RenderError `INVALID_IGNITION` (stage `validate`). */
export function validateIgn2(config: Ign2Config): void {
  const err = ign2Validation(config);
  if (err !== undefined) throw new RenderError('INVALID_IGNITION', 'validate', err.message, { path: err.path });
}
