/**
 * Ignition's validation report: entries with a severity, a JSON path and a message.
 *
 * Mirrors github.com/coreos/vcontext report/report.go (`Report`, `Entry.String`, `IsFatal`) and
 * path/path.go (`ContextPath.String`: `$.storage.files.0.path`). Go appends `, line N col M` to an
 * entry's path when it knows the position in the source text; our messages leave it out (the
 * conformance comparison strips it), except for entries without a path (JSON syntax and type errors),
 * where Go prints the position alone (`error at line 1 col 25: …`) and so do we.
 */

import type { Diagnostic, PathSegment } from '../errors.js';
import { formatPath } from '../errors.js';
import type { IgnError } from './shared-errors.js';

export type EntryKind = 'error' | 'warning' | 'info';

export interface ReportEntry {
  kind: EntryKind;
  code: string;
  message: string;
  path: PathSegment[];
  /** Source position, printed only when `path` is empty (Go prints it after the path otherwise). */
  position?: { line: number; column: number };
}

export class Report {
  readonly entries: ReportEntry[] = [];

  add(kind: EntryKind, path: readonly PathSegment[], err: IgnError | null | undefined): void {
    if (err == null) return;
    this.entries.push({ kind, code: err.code, message: err.message, path: [...path] });
  }

  /** `AddOnError`: no-op for a nil error. */
  error(path: readonly PathSegment[], err: IgnError | null | undefined): void {
    this.add('error', path, err);
  }

  /** `AddOnWarn`. */
  warn(path: readonly PathSegment[], err: IgnError | null | undefined): void {
    this.add('warning', path, err);
  }

  merge(other: Report): void {
    for (const e of other.entries) this.entries.push(e);
  }

  isFatal(): boolean {
    return this.entries.some((e) => e.kind === 'error');
  }

  /** Go `Report.String()`: one line per entry, each ending in a newline. */
  toString(): string {
    let s = '';
    for (const e of this.entries) s += entryString(e) + '\n';
    return s;
  }

  diagnostics(): Diagnostic[] {
    return this.entries
      .filter((e) => e.kind !== 'info')
      .map((e) => ({
        severity: e.kind === 'error' ? 'error' : 'warning',
        code: e.code,
        message: e.message,
        path: formatPath(e.path),
      }));
  }
}

/** Go `Entry.String()`, without the `, line N col M` that follows a non-empty path. */
export function entryString(e: ReportEntry): string {
  let at = '';
  if (e.path.length !== 0) at = ' at ' + formatPath(e.path);
  else if (e.position !== undefined) at = ` at line ${e.position.line} col ${e.position.column}`;
  return `${e.kind}${at}: ${e.message}`;
}
