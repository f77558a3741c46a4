// Problems as the CLI prints them, one line each, compiler style: `file:line:col: CODE: message`
// (`file:line:col: warning: CODE: message` for warnings). A RenderError from the library is placed in
// the file that holds the MachineConfig (or pool) it names, at its JSON path.

import { isRenderError, validateIgnition, type RenderError, type SourcePosition } from '../index.js';
import type { Located } from './inputs.js';

/** A failure of the CLI itself (a missing file, a pool that is not there): exit status 1. */
export class CliError extends Error {}

/** A command line that cannot work (contradicting options): exit status 2. */
export class UsageError extends Error {}

export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly at?: SourcePosition | undefined;
}

export function formatProblem(p: Problem): string {
  const where = p.at === undefined ? '' : `${p.at.file ?? '<input>'}:${p.at.line}:${p.at.column}: `;
  return `${where}${p.severity === 'warning' ? 'warning: ' : ''}${p.code}: ${p.message}`;
}

/** A message on one line (Ignition's reports span several). */
export const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, '; ').replace(/;\s*$/, '');

/** Where `path` of a located object is written. */
export function locate(owner: Located<object> | undefined, path: string | undefined): SourcePosition | undefined {
  if (owner === undefined) return undefined;
  return owner.file.source.locate(owner.object, path ?? '$');
}

/** `error at $.storage.files.0.path: path not absolute` lines of an Ignition 3.x validation report. */
const REPORT_LINE = /^(?:Report: )?(error|warning) at (\$\S*): (.*)$/;

export interface ReportLine {
  severity: 'error' | 'warning';
  /** JSON path inside the Ignition config. */
  path: string;
  message: string;
}

export function reportLines(message: string): ReportLine[] {
  const out: ReportLine[] = [];
  for (const line of message.split('\n')) {
    const m = REPORT_LINE.exec(line);
    if (m !== null) out.push({ severity: m[1] as 'error' | 'warning', path: m[2]!, message: m[3]! });
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where in a raw Ignition 3.x config a Go type error (`json: cannot unmarshal string into Go struct field
 * File.storage.files.mode of type int`) is: MCO's message gives a line and column of JSON text only, so
 * ask the 3.2 validator, which names the path of the first field of the wrong type. Only a position:
 * the message printed stays MCO's.
 */
export function typeErrorPath(raw: unknown): string | undefined {
  if (!isObject(raw) || !isObject(raw.ignition) || typeof raw.ignition.version !== 'string' || !raw.ignition.version.startsWith('3.')) return undefined;
  try {
    validateIgnition({ ...raw, ignition: { ...raw.ignition, version: '3.2.0' } } as never);
  } catch (e) {
    if (isRenderError(e) && e.path !== undefined) return e.path;
  }
  return undefined;
}

/** A positioned RenderError from readManifests: its message already starts with file:line:col. */
function manifestProblem(e: RenderError & { line?: number; column?: number; file?: string }): Problem | undefined {
  if (typeof e.line !== 'number' || typeof e.column !== 'number') return undefined;
  const at: SourcePosition = { line: e.line, column: e.column, ...(e.file === undefined ? {} : { file: e.file }) };
  const prefix = `${e.file ?? '<input>'}:${e.line}:${e.column}: `;
  const message = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
  return { severity: 'error', code: e.code, message: oneLine(message), at };
}

export interface ErrorContext {
  machineConfigs?: ReadonlyMap<string, Located<object>>;
  pool?: Located<object> | undefined;
}

/**
 * The lines to print for a RenderError: one, placed where its MachineConfig (or the pool) says; or,
 * for an Ignition validation report, one per finding, each at its own path.
 */
export function renderErrorProblems(e: RenderError, ctx: ErrorContext = {}): Problem[] {
  const positioned = manifestProblem(e);
  if (positioned !== undefined) return [positioned];
  const owner = e.machineConfig !== undefined ? ctx.machineConfigs?.get(e.machineConfig) : e.stage === 'select' ? ctx.pool : undefined;
  const who = e.machineConfig !== undefined ? `MachineConfig ${e.machineConfig}: ` : '';
  const lines = reportLines(e.message);
  if (lines.length > 0 && (e.path ?? '').startsWith('$.spec.config')) {
    return lines.map((l) => ({
      severity: l.severity,
      code: l.severity === 'error' ? e.code : 'IGNITION_WARNING',
      message: who + l.message,
      at: locate(owner, '$.spec.config' + l.path.slice(1)),
    }));
  }
  let path = e.path;
  if (owner !== undefined && e.code === 'INVALID_IGNITION' && /cannot unmarshal/.test(e.message) && (path === undefined || path === '$.spec.config')) {
    const inner = typeErrorPath((owner.object as { spec?: { config?: unknown } }).spec?.config);
    if (inner !== undefined) path = '$.spec.config' + inner.slice(1);
  }
  return [{ severity: 'error', code: e.code, message: who + oneLine(e.message), at: locate(owner, path) }];
}

/** Anything thrown at the CLI → lines to print and the exit status. */
export function describeFailure(e: unknown, ctx: ErrorContext = {}): { lines: string[]; status: number } {
  if (isRenderError(e)) return { lines: renderErrorProblems(e, ctx).map(formatProblem), status: 1 };
  if (e instanceof UsageError) return { lines: [`error: ${e.message}`], status: 2 };
  if (e instanceof CliError) return { lines: [e.message.includes(': INVALID_INPUT: ') ? e.message : `error: ${e.message}`], status: 1 };
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return { lines: [`internal error (please report): ${detail}`], status: 1 };
}
