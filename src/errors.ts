/**
 * One error class for every failure of every exported function, with a stable code, the stage that
 * failed, the offending MachineConfig's name and a JSON path inside it (API.md "Errors").
 */

/** Stable error codes. New codes may be added; existing ones never change meaning. */
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

export interface RenderErrorOptions {
  machineConfig?: string | undefined;
  path?: string | undefined;
  cause?: unknown;
}

export class RenderError extends Error {
  override readonly name = 'RenderError';
  readonly code: RenderErrorCode;
  readonly stage: RenderStage;
  readonly machineConfig?: string;
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
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** JSON path, Ignition style: `$.storage.files.0.path`. */
  path: string;
  machineConfig?: string;
}

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

export const isRenderError = (e: unknown): e is RenderError => e instanceof RenderError;
