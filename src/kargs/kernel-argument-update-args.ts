// Mirrors openshift/machine-config-operator release-4.13 pkg/daemon/update.go generateKargs.

import { parseKernelArguments } from './split-kernel-arguments.js';

/**
 * The `rpm-ostree kargs` arguments the node daemon runs for a change of `spec.kernelArguments`: every old
 * argument deleted, then every new one appended (MCO deletes all it applied before rather than diffing,
 * see bugzilla 1866546). Each entry is first split as the node splits a command line, so `"a b"` yields
 * two arguments; duplicates are kept and order is preserved. The `kargs` subcommand itself is not included.
 *
 * @example kernelArgumentUpdateArgs(['nosmt'], ['nosmt hugepagesz=4M'])
 * // ['--delete=nosmt', '--append=nosmt', '--append=hugepagesz=4M']
 */
export function kernelArgumentUpdateArgs(
  oldArgs: readonly (string | null)[] | null | undefined,
  newArgs: readonly (string | null)[] | null | undefined,
): string[] {
  const out: string[] = [];
  for (const arg of parseKernelArguments(oldArgs)) out.push('--delete=' + arg);
  for (const arg of parseKernelArguments(newArgs)) out.push('--append=' + arg);
  return out;
}
