// Mirrors MCO release-4.13 pkg/controller/common/helpers.go CalculateConfigFileDiffs.

import { compareGoStrings } from '../_go/fmt.js';
import type { IgnitionConfig } from '../ignition/types.js';
import { FILE } from '../ignition/go-layout.js';
import { field, structDeepEqual } from './_ignition-deep-equal.js';

function filesByPath(config: IgnitionConfig): Map<string, unknown> {
  const byPath = new Map<string, unknown>();
  const files = field(field(config, 'storage'), 'files');
  // Later entries with the same path win, as in MCO's map assignment.
  if (Array.isArray(files)) for (const f of files) byPath.set(typeof field(f, 'path') === 'string' ? (field(f, 'path') as string) : '', f);
  return byPath;
}

/**
 * Paths of the files that were removed, added or changed (any field, compared as Go's
 * `reflect.DeepEqual` of `types.File`) between two Ignition 3.2 configs. MCO returns them in map order,
 * which is random; here they are sorted in Go byte order.
 */
export function calculateConfigFileDiffs(oldConfig: IgnitionConfig, newConfig: IgnitionConfig): string[] {
  const oldFiles = filesByPath(oldConfig);
  const newFiles = filesByPath(newConfig);
  const diffs: string[] = [];
  for (const path of oldFiles.keys()) if (!newFiles.has(path)) diffs.push(path);
  for (const [path, file] of newFiles) {
    if (!oldFiles.has(path) || !structDeepEqual(FILE, oldFiles.get(path), file)) diffs.push(path);
  }
  return diffs.sort(compareGoStrings);
}
