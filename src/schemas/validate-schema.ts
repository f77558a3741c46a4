/**
 * Checks values against the JSON Schemas in schemas/ with validators compiled at build time
 * (scripts/build-validators.mjs, ajv standalone code): nothing is compiled at run time, so this works
 * under a Content-Security-Policy without 'unsafe-eval', and ajv is not a dependency.
 *
 * These are structural checks only (types, required fields, constants, Ignition's enumerations), the
 * same as an editor or CI linter applying the schema files. MCO's and Ignition's semantic rules are
 * `validateIgnition`'s and renderPool's; schemas/README.md lists what each side checks.
 */

import type { Diagnostic, PathSegment } from '../errors.js';
import { formatPath } from '../errors.js';
import { ignitionValidators, manifestValidators, type StandaloneError, type StandaloneValidator } from './_generated/validators.js';

/** The Kubernetes kinds with a schema: schemas/machineconfig.json, machineconfigpool.json, controllerconfig.json. */
export type ManifestKind = 'MachineConfig' | 'MachineConfigPool' | 'ControllerConfig';

/** Options of `validateIgnitionSchema`. */
export interface ValidateIgnitionSchemaOptions {
  /**
   * Reject unknown keys, as schemas/ignition-3.2.strict.json does (Ignition itself only warns about them).
   * Default: false (schemas/ignition-3.2.json).
   */
  strict?: boolean;
}

/** Read only when called, so bundlers can drop the generated validators a program never uses. */
function manifestValidator(kind: ManifestKind): StandaloneValidator {
  switch (kind) {
    case 'MachineConfig':
      return manifestValidators.machineConfig;
    case 'MachineConfigPool':
      return manifestValidators.machineConfigPool;
    case 'ControllerConfig':
      return manifestValidators.controllerConfig;
  }
}

const isManifestKind = (k: unknown): k is ManifestKind =>
  k === 'MachineConfig' || k === 'MachineConfigPool' || k === 'ControllerConfig';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An own property, never an inherited one (`__proto__` and `constructor` are plain keys here). */
const own = (o: unknown, k: string): unknown => (isObject(o) && Object.hasOwn(o, k) ? o[k] : undefined);

/**
 * Checks a MachineConfig, MachineConfigPool or ControllerConfig against its schema. `kind` defaults to
 * the object's own `kind`. Returns every problem (none when valid), each an error whose code names the
 * failed JSON Schema keyword (`SCHEMA_TYPE`, `SCHEMA_REQUIRED`, `SCHEMA_CONST`, …) and whose path is the
 * offending field (for a missing field, the field itself). Never throws: a value that cannot be read
 * (a throwing getter or Proxy) gives `SCHEMA_UNREADABLE`, an unknown kind `SCHEMA_KIND`.
 *
 * @example
 * validateManifestSchema({ kind: 'MachineConfig', metadata: { name: 'x' }, spec: { fips: 'yes' } })
 * // → [{ severity: 'error', code: 'SCHEMA_TYPE', message: 'must be boolean or null, found string',
 * //      path: '$.spec.fips', machineConfig: 'x' }]
 */
export function validateManifestSchema(value: unknown, kind?: ManifestKind): Diagnostic[] {
  return guarded(() => {
    const k = kind === undefined ? own(value, 'kind') : kind;
    if (!isManifestKind(k)) {
      const message =
        kind !== undefined
          ? `unknown kind ${describe(k)}: expected MachineConfig, MachineConfigPool or ControllerConfig`
          : isObject(value)
            ? `cannot tell which schema applies: kind must be MachineConfig, MachineConfigPool or ControllerConfig, found ${describe(k)}`
            : `expected a MachineConfig, MachineConfigPool or ControllerConfig object, found ${jsonType(value)}`;
      return [{ severity: 'error', code: 'SCHEMA_KIND', message, path: kind === undefined && isObject(value) ? '$.kind' : '$' }];
    }
    const found = run(manifestValidator(k), value, false);
    if (k !== 'MachineConfig' || found.length === 0) return found;
    const name = own(own(value, 'metadata'), 'name');
    return typeof name === 'string' ? found.map((d) => ({ ...d, machineConfig: name })) : found;
  });
}

/**
 * Checks an Ignition spec 3.2.0 config (such as a rendered `spec.config`) against
 * schemas/ignition-3.2.json, or with `strict: true` against ignition-3.2.strict.json (unknown keys are
 * errors, `SCHEMA_ADDITIONAL_PROPERTIES`, at the unknown key's path). Structure only; Ignition's own
 * rules are `validateIgnition`'s. Never throws.
 *
 * @example
 * validateIgnitionSchema({ ignition: { version: '3.2.0' }, storage: { files: [{ path: '/a', mode: '0644' }] } })
 * // → [{ severity: 'error', code: 'SCHEMA_TYPE', message: 'must be integer or null, found string', path: '$.storage.files.0.mode' }]
 */
export function validateIgnitionSchema(value: unknown, options?: ValidateIgnitionSchemaOptions): Diagnostic[] {
  return guarded(() => {
    const strict = isObject(options) && own(options, 'strict') === true;
    // One compiled validator serves both files: the lenient schema is the strict one without its
    // `additionalProperties: false` (test/schemas/schemas.test.ts checks that derivation).
    return run(ignitionValidators.ignitionStrict, value, !strict);
  });
}

/** Runs a validator and words its errors; `lenient` drops the closed-object errors. */
function run(validate: StandaloneValidator, value: unknown, lenient: boolean): Diagnostic[] {
  if (validate(value)) return [];
  const out: Diagnostic[] = [];
  for (const e of validate.errors ?? []) {
    if (lenient && e.keyword === 'additionalProperties') continue;
    out.push(toDiagnostic(e, value));
  }
  return out;
}

/** `/storage/files/0` (JSON Pointer) → ['storage', 'files', '0']. */
function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function toDiagnostic(e: StandaloneError, root: unknown): Diagnostic {
  const segments: PathSegment[] = pointerSegments(e.instancePath);
  const p = e.params;
  let message: string;
  switch (e.keyword) {
    case 'type': {
      const want = [p['type']].flat().map(String);
      const wanted = want.length > 1 ? `${want.slice(0, -1).join(', ')} or ${want[want.length - 1]}` : (want[0] ?? '');
      message = `must be ${wanted}, found ${jsonType(at(root, segments))}`;
      break;
    }
    case 'required':
      segments.push(String(p['missingProperty']));
      message = `required field ${JSON.stringify(p['missingProperty'])} is missing`;
      break;
    case 'additionalProperties':
      segments.push(String(p['additionalProperty']));
      message = `unknown key ${JSON.stringify(p['additionalProperty'])}`;
      break;
    case 'const':
      message = `must be ${JSON.stringify(p['allowedValue'])}, found ${describe(at(root, segments))}`;
      break;
    case 'enum':
      message = `must be one of ${[p['allowedValues']].flat().map((v) => JSON.stringify(v)).join(', ')}, found ${describe(at(root, segments))}`;
      break;
    default:
      message = `fails the schema's ${e.keyword} rule`;
  }
  const code = 'SCHEMA_' + e.keyword.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase();
  return { severity: 'error', code, message, path: formatPath(segments) };
}

/** The value at a path of the input (own properties only), or undefined. */
function at(root: unknown, segments: readonly PathSegment[]): unknown {
  let v = root;
  for (const s of segments) {
    if (Array.isArray(v)) v = /^(0|[1-9]\d*)$/.test(String(s)) ? v[Number(s)] : undefined;
    else v = own(v, String(s));
    if (v === undefined) return undefined;
  }
  return v;
}

/** JSON Schema's name for a value's type. */
function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** A short description of a found value: short strings and scalars quoted as JSON, others by type. */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return v.length <= 64 ? JSON.stringify(v) : 'a long string';
  if (typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v))) return String(v);
  return jsonType(v);
}

/** The never-throw guarantee: a value whose reading throws gets one diagnostic instead. */
function guarded(check: () => Diagnostic[]): Diagnostic[] {
  try {
    return check();
  } catch (e) {
    return [{ severity: 'error', code: 'SCHEMA_UNREADABLE', message: `cannot read the value: ${errorText(e)}`, path: '$' }];
  }
}

function errorText(e: unknown): string {
  try {
    return e instanceof Error ? String(e.message) : String(e);
  } catch {
    return 'it threw while being read';
  }
}
