// Writes a bootc kargs.d file (/usr/lib/bootc/kargs.d/*.toml). bootc reads it as
// `#[serde(rename_all = "kebab-case", deny_unknown_fields)] struct Config { kargs: Vec<String>,
// match_architectures: Option<Vec<String>> }` (bootc lib/src/kargs.rs), so the file holds exactly a
// top-level `kargs` array of strings and, optionally, `match-architectures`.
// Strings are TOML 1.0 basic strings (toml.io/en/v1.0.0#string).

import { RenderError } from '../errors.js';
import { parseKernelArguments } from './split-kernel-arguments.js';

/** Options of `kernelArgumentsToml`. */
export interface KernelArgumentsTomlOptions {
  /** Architectures (`uname -m` style, e.g. `x86_64`, `aarch64`) the arguments apply to. Default: all. */
  matchArchitectures?: readonly string[];
}

const SHORT_ESCAPES: Readonly<Record<number, string>> = { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r', 0x22: '\\"', 0x5c: '\\\\' };

/**
 * A TOML basic string: `"` and `\` escaped, control characters (U+0000–U+001F, U+007F) as the short
 * escapes or `\uXXXX`. Lone surrogates cannot be written in UTF-8 (TOML files must be valid UTF-8):
 * they become U+FFFD, as Go does when it decodes such a string.
 */
export function tomlBasicString(s: string): string {
  // One native regex pass (linear, fast on long arguments); the callback runs only where escaping is needed.
  return '"' + s.replace(NEEDS_ESCAPE, escapeOne) + '"';
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeOne(ch: string): string {
  const c = ch.charCodeAt(0);
  const short = SHORT_ESCAPES[c];
  if (short !== undefined) return short;
  if (c >= 0xd800 && c <= 0xdfff) return '\ufffd';
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

const tomlStringArray = (values: readonly string[]): string => '[' + values.map(tomlBasicString).join(', ') + ']';

/**
 * A bootc `kargs.d` TOML file carrying MachineConfig kernel arguments, LF-terminated.
 *
 * Each entry of `args` is split as the node daemon splits it (`splitKernelArguments`), so the file lists
 * the same individual arguments `rpm-ostree kargs --append=…` would receive: `'a b'` becomes `"a", "b"`,
 * `'foo="bar baz"'` stays one argument with its quotes. Order and duplicates are kept (the daemon keeps
 * them too); empty arguments (left by trimming Unicode spaces) are dropped, as a kernel command line
 * cannot hold them.
 *
 * @example kernelArgumentsToml(['nosmt', 'foo="bar baz"'])
 * // 'kargs = ["nosmt", "foo=\\"bar baz\\""]\n'
 */
export function kernelArgumentsToml(args: readonly (string | null)[], options?: KernelArgumentsTomlOptions): string {
  const kargs = parseKernelArguments(args).filter((a) => a !== '');
  let out = 'kargs = ' + tomlStringArray(kargs) + '\n';
  const arches = options?.matchArchitectures;
  if (arches !== undefined) {
    if (!Array.isArray(arches) || arches.some((a) => typeof a !== 'string')) {
      throw new RenderError('INVALID_INPUT', 'decode', 'matchArchitectures: expected a list of strings');
    }
    out += 'match-architectures = ' + tomlStringArray(arches) + '\n';
  }
  return out;
}
