// Mirrors the planning half of MCO release-4.13 pkg/daemon/update.go Daemon.update: canonicalizeEmptyMC,
// reconcilable, CalculateConfigFileDiffs, calculatePostConfigChangeAction, generateKargs and
// generateExtensionsArgs.
//
// Deliberate differences (API.md "Planning an update"): lists MCO builds in random map order come out
// sorted; FIPS is checked against the node's FIPS state, which by default is the old config's flag
// (a change of `fips` is refused, as on a real node) instead of depending on the host running the code;
// /run/machine-config-daemon-force is taken to be absent.
//
// Not planned: what happens after reconcilable. In particular an RHCOS node accepts extensions outside
// its catalog here and fails later, in applyExtensions (`invalid extensions found: [a b]`); the plan
// follows reconcilable, as the reference vectors do; `invalidExtensionsMessage` and `appliesExtensions`
// (extension-args.ts) tell that case for callers who want it.

import type { ExtensionCatalog } from '../extensions/catalog.js';
import { catalog as catalog413 } from '../extensions/catalogs/4.13.js';
import { RenderError } from '../errors.js';
import { kernelArgumentUpdateArgs } from '../kargs/kernel-argument-update-args.js';
import type { MachineConfig } from '../kube/types.js';
import { extensionUpdateArgs, type ExtensionPackages, type NodeOS } from './extension-args.js';
import type { PostConfigChangeAction } from './daemon-constants.js';
import { calculateConfigFileDiffs } from './file-diffs.js';
import type { MachineConfigDiff } from './machine-config-diff.js';
import { postConfigChangeAction } from './post-config-change-action.js';
import { readMachineConfig } from './read-machine-config.js';
import { reconcilable, type NodeFips, type NotReconcilable } from './reconcilable.js';
import { publicEntry } from '../public-entry.js';

/** Options of `planUpdate`: what the node is, where the library cannot know it. */
export interface PlanUpdateOptions {
  /**
   * The node's OS: `rhcos` (EL) installs an extension's catalog packages (none for an extension the
   * catalog does not know); `fcos` installs each extension name as one package.
   * Default: `'rhcos'`.
   */
  os?: NodeOS;
  /** Extension → packages. Default: the 4.13 catalog (`extensionCatalogs['4.13']`). */
  extensionCatalog?: ExtensionCatalog | ExtensionPackages;
  /**
   * The node's FIPS mode (`/proc/sys/crypto/fips_enabled`), which the new config's `fips` must equal.
   * `null`: no such file (MCO then skips the check, and a `fips` change is planned as a reboot; this is
   * how the reference vectors were produced). Default: the old config's `fips` — a change is refused.
   */
  nodeFips?: boolean | null;
}

/** A plan the node applies in place: the files it writes, what it runs, and what it does afterwards. */
export interface ReconcilableUpdatePlan {
  /** Discriminant of `UpdatePlan`. */
  reconcilable: true;
  /** Which parts of the config changed, as the daemon's `machineConfigDiff` sees them. */
  diff: MachineConfigDiff;
  /** Files added, removed or changed, sorted (Go byte order). */
  changedFiles: string[];
  /** What the daemon does after writing: exactly one of `none`, `reload crio`, `reboot`. */
  actions: PostConfigChangeAction[];
  /** `rpm-ostree kargs` arguments (generateKargs): every old argument deleted, every new one appended. */
  kernelArgumentArgs: string[];
  /** `rpm-ostree` arguments (generateExtensionsArgs): `update`, then `--install <pkg>`…, then `--uninstall <pkg>`…. */
  extensionArgs: string[];
}

/** What `planUpdate` returns; narrow on `reconcilable`. */
export type UpdatePlan = ReconcilableUpdatePlan | NotReconcilable;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalidOption(message: string): never {
  throw new RenderError('INVALID_INPUT', 'decode', `planUpdate options: ${message}`);
}

/** The package table of a catalog given either as an ExtensionCatalog or as a bare name → packages table. */
function packageTable(c: unknown): ExtensionPackages {
  if (c === undefined) return catalog413.extensions;
  if (!isObject(c)) invalidOption('extensionCatalog: expected an object');
  const table = typeof c.release === 'string' && isObject(c.extensions) ? c.extensions : c;
  const out = Object.create(null) as Record<string, readonly string[]>;
  for (const [name, pkgs] of Object.entries(table)) {
    if (!Array.isArray(pkgs) || pkgs.some((p) => typeof p !== 'string')) {
      invalidOption(`extensionCatalog: ${JSON.stringify(name)}: expected a list of package names`);
    }
    out[name] = pkgs as string[];
  }
  return out;
}

function resolveOptions(options: unknown): { os: NodeOS; catalog: ExtensionPackages; nodeFips: NodeFips } {
  if (options === undefined || options === null) return { os: 'rhcos', catalog: catalog413.extensions, nodeFips: 'old' };
  if (!isObject(options)) invalidOption('expected an object');
  const os = options.os ?? 'rhcos';
  if (os !== 'rhcos' && os !== 'fcos') invalidOption(`os: expected 'rhcos' or 'fcos'`);
  const nodeFips = options.nodeFips === undefined ? 'old' : options.nodeFips;
  if (nodeFips !== 'old' && nodeFips !== null && typeof nodeFips !== 'boolean') invalidOption('nodeFips: expected a boolean or null');
  return { os, catalog: packageTable(options.extensionCatalog), nodeFips };
}

/**
 * What a node running MCO 4.13 does when asked to move from `oldConfig` to `newConfig` (two rendered
 * MachineConfigs): either it refuses (`reconcilable: false`, with the daemon's message as `reason`), or
 * it applies the change in place, with the given post-change action and rpm-ostree arguments.
 * A missing (`null`/`undefined`) old config is the empty MachineConfig, as for a fresh node.
 * Throws RenderError `INVALID_INPUT` only for input that is not a MachineConfig at all.
 *
 * @example planUpdate(current, { ...current, spec: { ...current.spec, kernelArguments: ['hugepagesz=4M'] } })
 * // { reconcilable: true, diff: { kargs: true, … }, actions: ['reboot'],
 * //   kernelArgumentArgs: ['--append=hugepagesz=4M'], extensionArgs: ['update'], changedFiles: [] }
 */
export function planUpdate(
  oldConfig: MachineConfig | null | undefined,
  newConfig: MachineConfig,
  options?: PlanUpdateOptions,
): UpdatePlan {
  return publicEntry('planUpdate', 'update', () => planUpdateInScope(oldConfig, newConfig, options));
}

function planUpdateInScope(
  oldConfig: MachineConfig | null | undefined,
  newConfig: MachineConfig,
  options?: PlanUpdateOptions,
): UpdatePlan {
  const opts = resolveOptions(options);
  const oldMC = readMachineConfig(oldConfig, 'old');
  const newMC = readMachineConfig(newConfig, 'new');

  const result = reconcilable(oldMC, newMC, opts.nodeFips);
  if (!result.reconcilable) return result;

  const changedFiles = calculateConfigFileDiffs(result.oldIgnition, result.newIgnition, result.filesEqualPrefix);
  return {
    reconcilable: true,
    diff: result.diff,
    changedFiles,
    actions: postConfigChangeAction(result.diff, changedFiles),
    kernelArgumentArgs: kernelArgumentUpdateArgs(oldMC.kernelArguments, newMC.kernelArguments),
    extensionArgs: extensionUpdateArgs(oldMC.extensions ?? [], newMC.extensions ?? [], opts.os, opts.catalog),
  };
}
