// Mirrors MCO release-4.13 pkg/daemon/update.go reconcilable, verifyUserFields and checkFIPS, with
// pkg/controller/common/helpers.go ValidateIgnition / validateIgn3FileModes for the new config.
// The checks run in MCO's order, so the first refusal is the one the node reports.

import { RenderError } from '../errors.js';
import { DIRECTORY, DISK, FILESYSTEM, LINK, PASSWD_GROUP, PASSWD_USER, RAID } from '../ignition/go-layout.js';
import type { IgnitionConfig } from '../ignition/types.js';
import { parseAndConvertConfig, validateMcoIgnition } from '../ignition/mco-parse.js';
import { field, fieldDeepEqual, goLen, sliceDeepEqual } from './_ignition-deep-equal.js';
import { CORE_USER_NAME, MACHINE_CONFIG_DAEMON_FORCE_FILE } from './daemon-constants.js';
import { machineConfigDiffWithFiles, type MachineConfigDiff } from './machine-config-diff.js';
import type { DaemonMachineConfig } from './read-machine-config.js';

/** Why a node refuses an update: one code per check of `reconcilable`. */
export type NotReconcilableCode =
  | 'PARSE_FAILED'        // an Ignition config does not parse or translate to 3.2
  | 'IGNITION_VERSION'    // an Ignition config has no, an invalid or an unsupported version
  | 'INVALID_IGNITION'    // the new Ignition config fails Ignition's validation or MCO's file-mode rule
  | 'GROUPS_CHANGED'
  | 'USERS_CHANGED'       // any user change but the core user's SSH keys / password hash
  | 'DISKS_CHANGED'
  | 'FILESYSTEMS_CHANGED'
  | 'RAID_CHANGED'
  | 'DIRECTORIES_CHANGED'
  | 'LINKS_ADDED'         // links may be removed, not added or changed
  | 'FILE_APPEND'         // a file with `append`: not idempotent
  | 'FORCE_FILE'          // Ignition may not write /run/machine-config-daemon-force
  | 'FIPS_CHANGED'
  | 'DAEMON_PANIC';       // input on which MCO 4.13's daemon panics (reason: Go's runtime error)

/** A plan the node refuses: it stays on the old config and reports `reason`. */
export interface NotReconcilable {
  /** Discriminant of `UpdatePlan`. */
  reconcilable: false;
  /** Which check refused. */
  code: NotReconcilableCode;
  /** The daemon's message, e.g. `ignition disks section contains changes`. */
  reason: string;
}

/** `reconcilable`'s verdict when the node can apply the change in place, with what it needs next. */
export interface Reconcilable {
  reconcilable: true;
  diff: MachineConfigDiff;
  oldIgnition: IgnitionConfig;
  newIgnition: IgnitionConfig;
  /** Leading `storage.files` entries equal in both configs (see machineConfigDiffWithFiles). */
  filesEqualPrefix: number;
}

/**
 * The node's FIPS state as checkFIPS reads it from /proc/sys/crypto/fips_enabled: a boolean, or `null`
 * when the file does not exist (not Linux; MCO then skips the check). `'old'` assumes the node runs
 * with the FIPS mode of the config it is on, which is what a healthy node does (FIPS is set at install).
 */
export type NodeFips = boolean | null | 'old';

const refuse = (code: NotReconcilableCode, reason: string): NotReconcilable => ({ reconcilable: false, code, reason });

function parse(raw: unknown, side: 'old' | 'new'): IgnitionConfig | NotReconcilable {
  try {
    return parseAndConvertConfig(raw);
  } catch (e) {
    if (!(e instanceof RenderError)) {
      throw new RenderError('INVALID_INPUT', 'update', `parsing ${side} Ignition config failed: ${String(e)}`, { cause: e });
    }
    const code = e.code === 'UNSUPPORTED_VERSION' ? 'IGNITION_VERSION' : 'PARSE_FAILED';
    return refuse(code, `parsing ${side} Ignition config failed with error: ${e.message}`);
  }
}

const isRefusal = (v: IgnitionConfig | NotReconcilable): v is NotReconcilable =>
  (v as Partial<NotReconcilable>).reconcilable === false;

/** helpers.go ValidateIgnition(newIgn): Ignition's validation of the 3.2 config, then no special mode bits. */
function validateNew(ign: IgnitionConfig): NotReconcilable | undefined {
  try {
    validateMcoIgnition({ spec: 3, config: ign });
    return undefined;
  } catch (e) {
    if (e instanceof RenderError) return refuse('INVALID_IGNITION', e.message);
    throw new RenderError('INVALID_INPUT', 'update', `validating new Ignition config failed: ${String(e)}`, { cause: e });
  }
}

const VERIFIED_USER_FIELDS: ReadonlySet<string> = new Set(['name', 'sshAuthorizedKeys', 'passwordHash']);

const userName = (u: unknown): string => {
  const n = field(u, 'name');
  return typeof n === 'string' ? n : '';
};

/** verifyUserFields: the (last) new user must be core with SSH keys or a password hash, and nothing else set. */
function verifyUserFields(user: unknown): NotReconcilable | undefined {
  const hasHash = field(user, 'passwordHash') !== undefined && field(user, 'passwordHash') !== null;
  if (userName(user) === CORE_USER_NAME && (hasHash || goLen(field(user, 'sshAuthorizedKeys')) >= 1)) {
    // MCO clears Name, SSHAuthorizedKeys and PasswordHash and compares the rest with the zero user.
    const onlyKeysAndHash = PASSWD_USER.fields.every(
      (f) => (f.kind !== 'embedded' && VERIFIED_USER_FIELDS.has(f.name)) || fieldDeepEqual(f, user, undefined),
    );
    if (!onlyKeysAndHash) return refuse('USERS_CHANGED', 'SSH keys and password hash are not reconcilable');
    return undefined;
  }
  return refuse('USERS_CHANGED', 'ignition passwd user section contains unsupported changes: user must be core and have 1 or more sshKeys');
}

function checkPasswd(oldIgn: IgnitionConfig, newIgn: IgnitionConfig): NotReconcilable | undefined {
  const oldPasswd = field(oldIgn, 'passwd');
  const newPasswd = field(newIgn, 'passwd');
  const oldGroups = field(oldPasswd, 'groups');
  const newGroups = field(newPasswd, 'groups');
  const oldUsers = field(oldPasswd, 'users');
  const newUsers = field(newPasswd, 'users');
  if (sliceDeepEqual(PASSWD_GROUP, oldGroups, newGroups) && sliceDeepEqual(PASSWD_USER, oldUsers, newUsers)) return undefined;
  if (!sliceDeepEqual(PASSWD_GROUP, oldGroups, newGroups)) return refuse('GROUPS_CHANGED', 'ignition Passwd Groups section contains changes');
  if (sliceDeepEqual(PASSWD_USER, oldUsers, newUsers)) return undefined;
  const users = Array.isArray(newUsers) ? newUsers : [];
  if (goLen(oldUsers) > 0 && users.length === 0) {
    return refuse('USERS_CHANGED', 'ignition passwd user section contains unsupported changes: user core may not be deleted');
  }
  for (const u of users) {
    if (userName(u) !== CORE_USER_NAME) return refuse('USERS_CHANGED', 'ignition passwd user section contains unsupported changes: non-core user');
  }
  // MCO indexes newIgn.Passwd.Users[len-1]: with no users (old nil, new `[]` or the reverse) that panics.
  if (users.length === 0) return refuse('DAEMON_PANIC', 'runtime error: index out of range [-1]');
  return verifyUserFields(users[users.length - 1]);
}

function checkStorage(oldIgn: IgnitionConfig, newIgn: IgnitionConfig): NotReconcilable | undefined {
  const oldStorage = field(oldIgn, 'storage');
  const newStorage = field(newIgn, 'storage');
  const same = (elem: typeof DISK, key: string): boolean => sliceDeepEqual(elem, field(oldStorage, key), field(newStorage, key));
  if (!same(DISK, 'disks')) return refuse('DISKS_CHANGED', 'ignition disks section contains changes');
  if (!same(FILESYSTEM, 'filesystems')) return refuse('FILESYSTEMS_CHANGED', 'ignition filesystems section contains changes');
  if (!same(RAID, 'raid')) return refuse('RAID_CHANGED', 'ignition raid section contains changes');
  if (!same(DIRECTORY, 'directories')) return refuse('DIRECTORIES_CHANGED', 'ignition directories section contains changes');
  // Removing links is allowed (bugzilla 1677198); adding or changing them is not.
  if (!same(LINK, 'links') && goLen(field(newStorage, 'links')) !== 0) {
    return refuse('LINKS_ADDED', 'ignition links section contains changes');
  }
  const files = field(newStorage, 'files');
  if (Array.isArray(files)) {
    for (const f of files) {
      const path = String(field(f, 'path') ?? '');
      if (goLen(field(f, 'append')) > 0) return refuse('FILE_APPEND', `ignition file ${path} includes append`);
      if (path === MACHINE_CONFIG_DAEMON_FORCE_FILE) return refuse('FORCE_FILE', `cannot create ${path} via Ignition`);
    }
  }
  return undefined;
}

/**
 * checkFIPS: the desired FIPS flag must match the node's; on success the old config's flag is taken to
 * be the node's (MCO overwrites it), so the diff's `fips` is false unless the check was skipped.
 */
function checkFips(oldConfig: DaemonMachineConfig, newConfig: DaemonMachineConfig, nodeFips: NodeFips): boolean | NotReconcilable {
  const node = nodeFips === 'old' ? oldConfig.fips : nodeFips;
  if (node === null) return oldConfig.fips;
  if (newConfig.fips === node) return node;
  return refuse('FIPS_CHANGED', 'detected change to FIPS flag; refusing to modify FIPS on a running cluster');
}

/** reconcilable(old, new): the diff the node would apply in place, or why it refuses. */
export function reconcilable(
  oldConfig: DaemonMachineConfig,
  newConfig: DaemonMachineConfig,
  nodeFips: NodeFips,
): Reconcilable | NotReconcilable {
  const oldIgn = parse(oldConfig.config, 'old');
  if (isRefusal(oldIgn)) return oldIgn;
  const newIgn = parse(newConfig.config, 'new');
  if (isRefusal(newIgn)) return newIgn;
  const refusal = validateNew(newIgn) ?? checkPasswd(oldIgn, newIgn) ?? checkStorage(oldIgn, newIgn);
  if (refusal) return refusal;
  const oldFips = checkFips(oldConfig, newConfig, nodeFips);
  if (typeof oldFips !== 'boolean') return oldFips;
  const { diff, filesEqualPrefix } = machineConfigDiffWithFiles(oldConfig, newConfig, oldIgn, newIgn, oldFips);
  return { reconcilable: true, diff, oldIgnition: oldIgn, newIgnition: newIgn, filesEqualPrefix };
}
