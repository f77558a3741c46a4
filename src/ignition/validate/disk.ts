/**
 * Disks and the consistency of their partition tables.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/disk.go (`Disk.Validate`,
 * `partitionNumbersCollide`, `partitionsOverlap`, `partitionsMixZeroesAndNonexistence`,
 * `partitionLabelsCollide`). Go reports the first colliding number found while ranging over a map,
 * which is random when several numbers collide; we report the number that appears first.
 */

import type { Report } from '../report.js';
import { E } from '../shared-errors.js';
import type { AnyDisk, AnyPartition } from './any-types.js';
import { validatePath } from './path.js';
import type { Path } from './util.js';
import { isFalse } from './util.js';

function partitionNumbersCollide(parts: readonly AnyPartition[]): number | null {
  const m = new Map<number, number[]>();
  parts.forEach((p, i) => {
    const n = p.number ?? 0;
    if (n === 0) return; // 0 means "next available", any number of partitions may use it
    const list = m.get(n);
    if (list === undefined) m.set(n, [i]);
    else list.push(i);
  });
  for (const list of m.values()) if (list.length > 1) return list[1]!;
  return null;
}

function partitionLabelsCollide(parts: readonly AnyPartition[]): number | null {
  const seen = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    const label = parts[i]!.label;
    if (label === undefined) continue;
    if (seen.has(label)) return i;
    seen.add(label);
  }
  return null;
}

/** Partition.end(): a size of 0 fills the available space, so it ends where it starts. */
const end = (start: number, size: number): number => (size === 0 ? start : start + size - 1);

function partitionsOverlap(parts: readonly AnyPartition[]): number | null {
  for (let pi = 0; pi < parts.length; pi++) {
    const p = parts[pi]!;
    // Starts of 0 are placed by sgdisk at run time, so they cannot be checked.
    if (p.startMiB === undefined || p.sizeMiB === undefined || p.startMiB === 0) continue;
    const pEnd = end(p.startMiB, p.sizeMiB);
    for (let i = 0; i < parts.length; i++) {
      const o = parts[i]!;
      if (o.startMiB === undefined || o.sizeMiB === undefined || i === pi || o.startMiB === 0) continue;
      const oEnd = end(o.startMiB, o.sizeMiB);
      if (p.startMiB >= o.startMiB && p.startMiB <= oEnd) return i;
      if (pEnd >= o.startMiB && pEnd <= oEnd) return i;
      if (p.startMiB < o.startMiB && pEnd > oEnd) return i;
    }
  }
  return null;
}

function partitionsMixZeroesAndNonexistence(parts: readonly AnyPartition[]): boolean {
  let hasZero = false;
  let hasShouldNotExist = false;
  for (const p of parts) {
    hasShouldNotExist ||= isFalse(p.shouldExist);
    hasZero ||= (p.number ?? 0) === 0;
  }
  return hasZero && hasShouldNotExist;
}

export function validateDisk(d: AnyDisk, c: Path, r: Report): void {
  if (d.device.length === 0) {
    r.error([...c, 'device'], E.ErrDiskDeviceRequired);
    return;
  }
  r.error([...c, 'device'], validatePath(d.device));
  const parts = d.partitions ?? [];
  const collide = partitionNumbersCollide(parts);
  if (collide !== null) r.error([...c, 'partitions', collide], E.ErrPartitionNumbersCollide);
  const overlap = partitionsOverlap(parts);
  if (overlap !== null) r.error([...c, 'partitions', overlap], E.ErrPartitionsOverlap);
  if (partitionsMixZeroesAndNonexistence(parts)) r.error([...c, 'partitions'], E.ErrZeroesWithShouldNotExist);
  const dupLabel = partitionLabelsCollide(parts);
  if (dupLabel !== null) r.error([...c, 'partitions', dupLabel], E.ErrDuplicateLabels);
}
