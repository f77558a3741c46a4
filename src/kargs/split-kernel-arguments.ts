// Mirrors openshift/machine-config-operator release-4.13 pkg/daemon/update.go
// isSpace, nextArg, splitKernelArguments and parseKernelArguments (the node daemon's karg splitting),
// and Go 1.19 strings.TrimSpace / unicode.IsSpace for the trim parseKernelArguments applies.

import { RenderError } from '../errors.js';

/** The "C"/"POSIX" locale spaces the daemon splits on (update.go `isSpace`). All ASCII, so UTF-16 indexing is safe. */
const isSplitSpace = (c: number): boolean =>
  c === 0x20 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0b;

/**
 * Go's `unicode.IsSpace`: Latin-1 spaces (incl. U+0085 NEL and U+00A0 NBSP) and the Unicode White_Space
 * property. Differs from JS `trim()`, which also strips U+FEFF but not U+0085.
 */
function isGoSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Go `strings.TrimSpace` (every Go space is a single UTF-16 unit, so code units suffice). */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * Splits one kernel command line as the node daemon does (update.go `splitKernelArguments`, after the
 * kernel's lib/cmdline.c `next_arg`): arguments are separated by runs of ASCII whitespace; a `"` toggles
 * quoting, and whitespace inside quotes does not split. Quotes are kept in the result and cannot be
 * escaped. Each argument is then trimmed with Go's `strings.TrimSpace` (`parseKernelArguments`), which
 * can leave an empty string when an argument consists of Unicode spaces only (e.g. U+00A0): kept, as MCO keeps it.
 *
 * @example splitKernelArguments('a=1  foo="bar baz"\tnosmt') // ['a=1', 'foo="bar baz"', 'nosmt']
 */
export function splitKernelArguments(line: string): string[] {
  if (typeof line !== 'string') throw new RenderError('INVALID_INPUT', 'decode', 'kernel argument line: expected a string');
  const out: string[] = [];
  const n = line.length;
  let stop = 0;
  while (stop < n) {
    let start = stop;
    while (start < n && isSplitSpace(line.charCodeAt(start))) start++;
    let inQuote = false;
    for (stop = start; stop < n; stop++) {
      const c = line.charCodeAt(stop);
      if (!inQuote && isSplitSpace(c)) break;
      if (c === 0x22) inQuote = !inQuote;
    }
    if (start !== stop) out.push(goTrimSpace(line.slice(start, stop)));
  }
  return out;
}

/**
 * update.go `parseKernelArguments`: every line split, in order, duplicates kept. A missing list is empty,
 * and a `null` entry is the empty string (what Go's JSON decoder makes of it), which splits into nothing.
 */
export function parseKernelArguments(lines: readonly (string | null)[] | null | undefined): string[] {
  if (lines == null) return [];
  if (!Array.isArray(lines)) throw new RenderError('INVALID_INPUT', 'decode', 'kernel arguments: expected a list of strings');
  const out: string[] = [];
  for (const line of lines) if (line !== null) for (const arg of splitKernelArguments(line)) out.push(arg);
  return out;
}
