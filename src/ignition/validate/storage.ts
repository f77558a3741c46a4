/**
 * Cross-entry storage rules: nothing may be written through a link defined in the same config, hard
 * links may not point at directories, and filesystems on partitioned or wiped disks.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/storage.go (`Storage.Validate`). Go compares
 * every entry with every link (`strings.HasPrefix(path, link+"/")`); here each path's prefixes are
 * looked up in a map of link paths, which finds the same matches (one error per matching link) in
 * time linear in the total path length.
 */

import { clean, isAbs, join } from '../go/path.js';
import type { Report } from '../report.js';
import type { SpecVersion } from '../schema.js';
import { E } from '../shared-errors.js';
import type { AnyDisk, AnyStorage } from './any-types.js';
import type { Path } from './util.js';
import { atLeast, isTrue, nilOrEmpty } from './util.js';

function countBy(paths: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of paths) m.set(p, (m.get(p) ?? 0) + 1);
  return m;
}

/** How many links `l` satisfy `strings.HasPrefix(p, l + "/")`. */
function linksAbove(p: string, links: Map<string, number>): number {
  if (links.size === 0) return 0;
  let n = 0;
  for (let k = p.indexOf('/'); k >= 0; k = p.indexOf('/', k + 1)) n += links.get(p.slice(0, k)) ?? 0;
  return n;
}

export function validateStorage(s: AnyStorage, c: Path, r: Report, ver: SpecVersion): void {
  const links = countBy((s.links ?? []).map((l) => l.path));

  s.directories?.forEach((d, i) => {
    for (let n = linksAbove(d.path, links); n > 0; n--) r.error([...c, 'directories', i], E.ErrDirectoryUsedSymlink);
  });
  s.files?.forEach((f, i) => {
    for (let n = linksAbove(f.path, links); n > 0; n--) r.error([...c, 'files', i], E.ErrFileUsedSymlink);
  });

  const dirs = countBy((s.directories ?? []).map((d) => d.path));
  s.links?.forEach((l, i) => {
    for (let n = linksAbove(l.path, links); n > 0; n--) r.error([...c, 'links', i], E.ErrLinkUsedSymlink);
    if (atLeast(ver, '3.3') && nilOrEmpty(l.target)) {
      r.error([...c, 'links', i, 'target'], E.ErrLinkTargetRequired);
      return;
    }
    if (!isTrue(l.hard)) return;
    const rawTarget = l.target ?? '';
    let target = clean(rawTarget);
    if (!isAbs(target)) target = join(l.path, rawTarget);
    for (let n = dirs.get(target) ?? 0; n > 0; n--) r.error([...c, 'links', i], E.ErrHardLinkToDirectory);
    if (l.user?.id !== undefined) r.warn([...c, 'links', i, 'user', 'id'], E.ErrHardLinkSpecifiesOwner);
    if (l.user?.name !== undefined) r.warn([...c, 'links', i, 'user', 'name'], E.ErrHardLinkSpecifiesOwner);
    if (l.group?.id !== undefined) r.warn([...c, 'links', i, 'group', 'id'], E.ErrHardLinkSpecifiesOwner);
    if (l.group?.name !== undefined) r.warn([...c, 'links', i, 'group', 'name'], E.ErrHardLinkSpecifiesOwner);
  });

  const disks = new Map<string, AnyDisk>();
  for (const d of s.disks ?? []) disks.set(d.device, d);
  s.filesystems?.forEach((f, i) => {
    const disk = disks.get(f.device);
    if (disk === undefined) return;
    if ((disk.partitions?.length ?? 0) > 0) r.warn([...c, 'filesystems', i, 'device'], E.ErrPartitionsOverwritten);
    else if (!isTrue(f.wipeFilesystem) && isTrue(disk.wipeTable)) {
      r.warn([...c, 'filesystems', i, 'device'], E.ErrFilesystemImplicitWipe);
    }
  });
}
