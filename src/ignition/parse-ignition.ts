/**
 * Public entry: an Ignition config of any spec MCO 4.13 accepts, as the Ignition 3.2 config MCO
 * renders from it.
 *
 * Mirrors MCO release-4.13 pkg/controller/common/helpers.go `ParseAndConvertConfig` (see
 * mco-parse.ts for the whole chain).
 */

import { checkObjectLimits, RENDERED_LIMIT } from '../check-limits.js';
import { parseAndConvertConfig } from './mco-parse.js';
import type { IgnitionConfig } from './types.js';
import { publicEntry } from '../public-entry.js';

/**
 * Parses spec 2.2 or 3.0–3.4 (a parsed JSON value, or JSON text) and returns it as Ignition 3.2,
 * exactly as MCO 4.13 converts it. Throws `RenderError` (code `INVALID_IGNITION` or
 * `UNSUPPORTED_VERSION`, stage `validate`) with MCO's message; `null`/`undefined` is MCO's empty
 * config error.
 *
 * Fields are present when Go's value would be marshalled: pointers when set (`overwrite: false`
 * stays), plain strings and numbers unless `omitempty` and zero, structs unless all-zero, lists when
 * non-nil (`[]` stays; `raid.devices` is `null` when absent).
 *
 * @example
 * parseIgnition({ ignition: { version: '3.4.0' }, storage: { files: [{ path: '/etc/motd', mode: 0o644 }] } })
 * // → { ignition: { version: '3.2.0' }, storage: { files: [{ path: '/etc/motd', mode: 420 }] } }
 */
export function parseIgnition(raw: unknown): IgnitionConfig {
  return publicEntry('parseIgnition', 'validate', () => parseIgnitionInScope(raw));
}

function parseIgnitionInScope(raw: unknown): IgnitionConfig {
  // A JavaScript value holds only what JSON can spell, within Go's nesting limit and a size bound
  // (renderPool checks whole MachineConfigs the same way); JSON text is checked by its scanner.
  checkObjectLimits(raw, 'the Ignition config', 'validate', undefined, RENDERED_LIMIT);
  return parseAndConvertConfig(raw);
}
