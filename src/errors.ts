/**
 * One error class for every failure of every exported function, with a stable code, the stage that
 * failed, the offending MachineConfig's name and a JSON path inside it (API.md "Errors").
 */

/**
 * Stable error codes. New codes may be added; existing ones never change meaning.
 *
 * - `INVALID_INPUT`: not the shape a function takes (a wrong type, an unknown option value, a value JSON cannot spell).
 * - `INVALID_SELECTOR`: the pool's label selector is invalid (apimachinery's message).
 * - `EMPTY_SELECTOR`: the pool's selector is empty, and MCO renders nothing for it.
 * - `NO_MACHINE_CONFIGS`: the selector matches no MachineConfig, or is absent.
 * - `INVALID_IGNITION`: an Ignition config does not parse or fails Ignition's validation.
 * - `UNSUPPORTED_VERSION`: an Ignition version MCO 4.13 does not read.
 * - `INVALID_KERNEL_TYPE`: a `kernelType` the release does not know.
 * - `KERNEL_DEVEL_WITH_RT`: the `kernel-devel` extension with the realtime kernel.
 * - `UNSUPPORTED_EXTENSION`: an extension the catalog does not know (`resolvePackages`, `renderContainerfile`).
 * - `UNSUPPORTED_KERNEL_ARGUMENT`: Ignition `kernelArguments.shouldNotExist`, which MCO 4.13 refuses.
 * - `LIMIT_EXCEEDED`: input nested deeper, or larger, than any cluster can hold (Go's 10000-level JSON
 *   depth, the API server's 3 MiB; for manifest text, 500 levels of YAML/JSON nesting).
 * - `MISSING_LABELS`, `NOT_RECONCILABLE`: reserved.
 */
export type RenderErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_SELECTOR'
  | 'EMPTY_SELECTOR'
  | 'NO_MACHINE_CONFIGS'
  | 'INVALID_IGNITION'
  | 'UNSUPPORTED_VERSION'
  | 'INVALID_KERNEL_TYPE'
  | 'KERNEL_DEVEL_WITH_RT'
  | 'UNSUPPORTED_EXTENSION'
  | 'UNSUPPORTED_KERNEL_ARGUMENT'
  | 'MISSING_LABELS'
  | 'LIMIT_EXCEEDED'
  | 'NOT_RECONCILABLE';

/** The pipeline stage a failure comes from. */
export type RenderStage = 'decode' | 'select' | 'validate' | 'merge' | 'layer' | 'update';

/** The optional parts of a `RenderError`. */
export interface RenderErrorOptions {
  /** Name of the offending MachineConfig. */
  machineConfig?: string | undefined;
  /** JSON path inside it, e.g. `$.spec.config.storage.files.0.mode`. */
  path?: string | undefined;
  /** The underlying error, kept as the standard `Error.cause`. */
  cause?: unknown;
}

/**
 * Every failure of every exported function: nothing else is ever thrown, for any input. The message is
 * MCO's or Ignition's own where they have one; match on `code`, which is stable, not on the message.
 *
 * @example
 * try {
 *   renderPool({ pool, machineConfigs });
 * } catch (e) {
 *   if (isRenderError(e) && e.code === 'INVALID_IGNITION') console.error(`${e.machineConfig}: ${e.path}: ${e.message}`);
 *   else throw e;
 * }
 */
export class RenderError extends Error {
  /** Always `'RenderError'`. */
  override readonly name = 'RenderError';
  /** What went wrong, stable across versions. */
  readonly code: RenderErrorCode;
  /** The pipeline stage that failed. */
  readonly stage: RenderStage;
  /** Name of the offending MachineConfig, when one is to blame. */
  readonly machineConfig?: string;
  /** JSON path inside that MachineConfig (or inside the Ignition config given), e.g. `$.spec.config.storage.files.0.mode`. */
  readonly path?: string;

  constructor(code: RenderErrorCode, stage: RenderStage, message: string, options: RenderErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.stage = stage;
    if (options.machineConfig !== undefined) this.machineConfig = options.machineConfig;
    if (options.path !== undefined) this.path = options.path;
  }
}

/** A finding that is not (necessarily) fatal: Ignition's warnings, or things MCO accepts that fail later. */
export interface Diagnostic {
  /** `error`: the config is invalid for its consumer; `warning`: accepted, but worth a look. */
  severity: 'error' | 'warning';
  /** Stable identifier of the rule, e.g. `FILE_OVERWRITE_NIL_SOURCE`, `RENDERED_CONFIG_SIZE`, `SCHEMA_TYPE`. */
  code: string;
  /** Human-readable text; Ignition's own wording for Ignition's rules. */
  message: string;
  /** JSON path, Ignition style: `$.storage.files.0.path`. */
  path: string;
  /** The MachineConfig the finding is about, when there is one. */
  machineConfig?: string;
}

/** One step of a JSON path: an object key or a list index. */
export type PathSegment = string | number;

/** `['storage', 'files', 0, 'path']` → `$.storage.files.0.path` (Ignition's `path.ContextPath.String`). */
export function formatPath(segments: readonly PathSegment[]): string {
  if (!Array.isArray(segments)) throw new RenderError('INVALID_INPUT', 'decode', 'formatPath: expected a list of path segments');
  let out = '$';
  for (const s of segments as readonly unknown[]) {
    if (typeof s !== 'string' && typeof s !== 'number') throw new RenderError('INVALID_INPUT', 'decode', 'formatPath: a path segment must be a string or a number');
    out += '.' + String(s);
  }
  return out;
}

/** Type guard for `RenderError`, for `catch (e)` blocks. */
export const isRenderError = (e: unknown): e is RenderError => e instanceof RenderError;
