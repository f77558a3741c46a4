// Mirrors MCO release-4.13 pkg/controller/common/helpers.go CalculateConfigFileDiffs.

import { compareGoStrings } from '../_go/fmt.js';
import type { IgnitionConfig } from '../ignition/types.js';
import { FILE } from '../ignition/go-layout.js';
import { field, structDeepEqual } from './_ignition-deep-equal.js';

/** Path → index of the file that wins (later entries with the same path win, as in MCO's map assignment). */
function filesByPath(files: readonly unknown[]): Map<string, number> {
  const byPath = new Map<string, number>();
  files.forEach((f, i) => byPath.set(typeof field(f, 'path') === 'string' ? (field(f, 'path') as string) : '', i));
  return byPath;
}

const filesOf = (config: IgnitionConfig): readonly unknown[] => {
  const files = field(field(config, 'storage'), 'files');
  return Array.isArray(files) ? files : [];
};

/**
 * Paths of the files that were removed, added or changed (any field, compared as Go's
 * `reflect.DeepEqual` of `types.File`) between two Ignition 3.2 configs. MCO returns them in map order,
 * which is random; here they are sorted in Go byte order.
 * `equalPrefix`: how many leading entries of the two file lists are known to be equal pair by pair
 * (planUpdate has compared them in order already); they are not compared again.
 */
export function calculateConfigFileDiffs(oldConfig: IgnitionConfig, newConfig: IgnitionConfig, equalPrefix = 0): string[] {
  const [oldList, newList] = [filesOf(oldConfig), filesOf(newConfig)];
  const oldFiles = filesByPath(oldList);
  const newFiles = filesByPath(newList);
  const diffs: string[] = [];
  for (const path of oldFiles.keys()) if (!newFiles.has(path)) diffs.push(path);
  for (const [path, n] of newFiles) {
    const o = oldFiles.get(path);
    if (o === undefined) diffs.push(path);
    // The first `equalPrefix` entries are known equal pairwise (the caller compared them in order).
    else if (!(o === n && n < equalPrefix) && !structDeepEqual(FILE, oldList[o], newList[n])) diffs.push(path);
  }
  return diffs.sort(compareGoStrings);
}
