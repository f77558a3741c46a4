// Mirrors MCO release-4.13 pkg/controller/common/helpers.go `removeIgnDuplicateFilesUnitsUsers` and
// `dedupePasswdUserSSHKeys`: spec 3 forbids duplicates within one config, spec 2 allowed them.
//
// - files: the last entry for a path wins; the result lists survivors from last to first;
// - units: the last entry for a name wins, and earlier duplicates contribute the dropins it lacks
//   (by dropin name), appended in the order met walking backwards; survivors listed last to first;
// - users: every user must be named "core" (the last one is checked first); they collapse into the
//   last one, with the SSH keys of the earlier ones appended (last to first), duplicates dropped.

import { RenderError } from '../../errors.js';
import type { Ign2Config, Ign2Dropin, Ign2File, Ign2PasswdUser, Ign2Unit } from './types.js';

const unexpectedUser = (name: string): RenderError =>
  new RenderError('INVALID_IGNITION', 'merge', `unexpected user with name: ${name}. Only core user is supported`);

/** Returns a new config; the input is not modified. Throws RenderError (stage `merge`) for non-core users. */
export function removeIgnDuplicateFilesUnitsUsers(config: Ign2Config): Ign2Config {
  const files = config.storage?.files ?? [];
  const units = config.systemd?.units ?? [];
  const users = config.passwd?.users ?? [];

  const seenPaths = new Set<string>();
  const outFiles: Ign2File[] = [];
  for (let i = files.length - 1; i >= 0; i--) {
    const f = files[i]!;
    const path = f.path ?? '';
    if (seenPaths.has(path)) continue;
    outFiles.push(f);
    seenPaths.add(path);
  }

  const seenUnits = new Map<string, { unit: Ign2Unit; dropins: Ign2Dropin[]; names: Set<string> }>();
  const outUnits: Array<{ unit: Ign2Unit; dropins: Ign2Dropin[] | undefined; names: Set<string> }> = [];
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    const name = u.name ?? '';
    const kept = seenUnits.get(name);
    if (kept !== undefined) {
      for (const d of u.dropins ?? []) {
        const dn = d.name ?? '';
        if (kept.names.has(dn)) continue;
        kept.dropins.push(d);
        kept.names.add(dn);
      }
      continue;
    }
    const entry = { unit: u, dropins: [...(u.dropins ?? [])], names: new Set((u.dropins ?? []).map((d) => d.name ?? '')) };
    seenUnits.set(name, entry);
    outUnits.push({ unit: u, dropins: entry.dropins, names: entry.names });
  }

  let outUser: Ign2PasswdUser | undefined;
  if (users.length > 0) {
    const last = users[users.length - 1]!;
    if ((last.name ?? '') !== 'core') throw unexpectedUser(last.name ?? '');
    const keys = [...(last.sshAuthorizedKeys ?? [])];
    for (let i = users.length - 2; i >= 0; i--) {
      const u = users[i]!;
      if ((u.name ?? '') !== 'core') throw unexpectedUser(u.name ?? '');
      keys.push(...(u.sshAuthorizedKeys ?? []));
    }
    const seenKeys = new Set<string>();
    const deduped: string[] = [];
    for (const k of keys) {
      if (seenKeys.has(k)) continue;
      seenKeys.add(k);
      deduped.push(k);
    }
    // dedupePasswdUserSSHKeys always sets a (possibly empty) list.
    outUser = { ...last, sshAuthorizedKeys: deduped };
  }

  const out: Ign2Config = { ...config };
  const storage = { ...config.storage };
  if (outFiles.length > 0) storage.files = outFiles;
  else delete storage.files;
  setOrDelete(out, 'storage', storage);
  const systemd = { ...config.systemd };
  if (outUnits.length > 0) {
    systemd.units = outUnits.map(({ unit, dropins }) => {
      const u: Ign2Unit = { ...unit };
      if (dropins !== undefined && dropins.length > 0) u.dropins = dropins;
      else if (unit.dropins === undefined) delete u.dropins;
      else u.dropins = [];
      return u;
    });
  } else delete systemd.units;
  setOrDelete(out, 'systemd', systemd);
  if (outUser !== undefined) out.passwd = { ...config.passwd, users: [outUser] };
  return out;
}

function setOrDelete<K extends 'storage' | 'systemd'>(out: Ign2Config, key: K, v: NonNullable<Ign2Config[K]>): void {
  if (Object.keys(v).length > 0) out[key] = v;
  else delete out[key];
}
