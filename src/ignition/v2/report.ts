// Mirrors coreos/ignition v0.35.0 config/validate/report/report.go: entries carry a kind, a message
// and (when validated against the source text) a line, column and highlighted excerpt. Its String()
// differs from v2.x's vcontext reports: "error at line 1, column 57\n<excerpt>message", or
// "error: message" without a position, one entry per line.

export type EntryKind = 'error' | 'warning' | 'info' | 'deprecated';

export interface Entry {
  kind: EntryKind;
  message: string;
  line: number;
  column: number;
  /** The excerpt, built only when the report is printed (it can be as long as the source line). */
  highlight: string | (() => string);
  /** Where in the config the rule that reported it ran (ours; Go's v0.35.0 entries have none). */
  path?: Array<string | number>;
}

export const entry = (kind: EntryKind, message: string): Entry => ({ kind, message, line: 0, column: 0, highlight: '' });

/** A source position (validate.go's line, column and highlight); the excerpt may be lazy. */
export interface Position {
  line: number;
  column: number;
  highlight: string | (() => string);
}

/** `Report.IsFatal` (on entries[from:]). */
export function isFatal(entries: readonly Entry[], from = 0): boolean {
  for (let i = from; i < entries.length; i++) if (entries[i]!.kind === 'error') return true;
  return false;
}

export const isDeprecated = (entries: readonly Entry[]): boolean => entries.some((e) => e.kind === 'deprecated');

export function entryString(e: Entry): string {
  if (e.line !== 0) {
    const h = typeof e.highlight === 'function' ? e.highlight() : e.highlight;
    return `${e.kind} at line ${e.line}, column ${e.column}\n${h}${e.message}`;
  }
  return `${e.kind}: ${e.message}`;
}

/** `Report.String()`. */
export const reportString = (entries: readonly Entry[]): string => entries.map(entryString).join('\n');

/**
 * A Go runtime panic we reproduce rather than crash on (e.g. ignition v0.35.0's validator walking
 * into url.URL's unexported Userinfo fields). Its message is Go's panic value.
 */
export class GoPanic extends Error {}
