// Human-readable lines for an UpdatePlan: one line per reason, each prefixed with the action that reason
// needs on its own (the plan's `actions` is the strongest of them). The file classification is
// calculatePostConfigChangeActionFromFileDiffs' (post-config-change-action.ts).

import { RenderError } from '../errors.js';
import type { UpdatePlan } from './plan-update.js';
import { postConfigChangeActionFromFileDiffs } from './post-config-change-action.js';

/** Multiset difference a − b, order of `a` kept. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** `(+a -b)` from the removed and added items, or `(reordered)` when the change is only in order. */
function delta(removed: readonly string[], added: readonly string[]): string {
  const parts = [...minus(added, removed).map((x) => '+' + x), ...minus(removed, added).map((x) => '-' + x)];
  return parts.length === 0 ? '(reordered)' : `(${parts.join(' ')})`;
}

function kargsDelta(args: readonly string[]): string {
  const del = args.filter((a) => a.startsWith('--delete=')).map((a) => a.slice('--delete='.length));
  const add = args.filter((a) => a.startsWith('--append=')).map((a) => a.slice('--append='.length));
  return delta(del, add);
}

function extensionsDelta(args: readonly string[]): string {
  const install: string[] = [];
  const uninstall: string[] = [];
  for (let i = 0; i + 1 < args.length; i++) {
    if (args[i] === '--install') install.push(args[++i]!);
    else if (args[i] === '--uninstall') uninstall.push(args[++i]!);
  }
  // Packages move only when extensions are added or removed (not reordered; none for unknown ones on RHCOS).
  return install.length === 0 && uninstall.length === 0 ? '(no package change)' : delta(uninstall, install);
}

const DIFF_FIELDS = ['osUpdate', 'kargs', 'fips', 'passwd', 'files', 'units', 'kernelType', 'extensions'] as const;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The plan is read field by field: anything not shaped like planUpdate's result is INVALID_INPUT. */
function checkPlan(plan: unknown): asserts plan is UpdatePlan {
  const invalid = (what: string): never => {
    throw new RenderError('INVALID_INPUT', 'update', `describeUpdatePlan: expected an UpdatePlan (${what})`);
  };
  if (typeof plan !== 'object' || plan === null) invalid('not an object');
  const p = plan as Record<string, unknown>;
  if (p['reconcilable'] === false) {
    if (typeof p['reason'] !== 'string') invalid('reason must be a string');
    return;
  }
  if (p['reconcilable'] !== true) invalid('reconcilable must be a boolean');
  const diff = p['diff'];
  if (typeof diff !== 'object' || diff === null) invalid('diff must be an object');
  for (const f of DIFF_FIELDS) {
    const v = (diff as Record<string, unknown>)[f];
    if (v !== undefined && typeof v !== 'boolean') invalid(`diff.${f} must be a boolean`);
  }
  for (const f of ['changedFiles', 'kernelArgumentArgs', 'extensionArgs'] as const) {
    if (!isStringList(p[f])) invalid(`${f} must be a list of strings`);
  }
}

/**
 * Short lines saying what an update does and why, e.g.
 * `reboot: kernel arguments changed (+hugepagesz=4M)`, `reload crio: /etc/containers/registries.conf changed`,
 * `none: SSH keys or password of user core changed`, or `not reconcilable: <reason>`.
 *
 * @example describeUpdatePlan(planUpdate(a, b)) // ['reboot: extensions changed (+usbguard)']
 */
export function describeUpdatePlan(plan: UpdatePlan): string[] {
  checkPlan(plan);
  if (!plan.reconcilable) return [`not reconcilable: ${plan.reason}`];
  const { diff } = plan;
  const lines: string[] = [];
  if (diff.osUpdate) lines.push('reboot: OS image changed');
  if (diff.kernelType) lines.push('reboot: kernel type changed');
  if (diff.kargs) lines.push(`reboot: kernel arguments changed ${kargsDelta(plan.kernelArgumentArgs)}`);
  if (diff.extensions) lines.push(`reboot: extensions changed ${extensionsDelta(plan.extensionArgs)}`);
  if (diff.fips) lines.push('reboot: FIPS mode changed');
  if (diff.units) lines.push('reboot: systemd units changed');
  for (const path of plan.changedFiles) lines.push(`${postConfigChangeActionFromFileDiffs([path])[0]}: ${path} changed`);
  if (diff.passwd) lines.push('none: SSH keys or password of user core changed');
  if (lines.length === 0) lines.push('none: nothing to change');
  return lines;
}
