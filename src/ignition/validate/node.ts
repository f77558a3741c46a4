/**
 * Node (the part shared by files, directories and links) and its owner.
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/node.go (`Node.Validate`, promoted to Link;
 * `NodeUser.Validate`, `NodeGroup.Validate`, `validateIDorName`).
 */

import type { Report } from '../report.js';
import { E } from '../shared-errors.js';
import type { AnyNode, AnyNodeOwner } from './any-types.js';
import { validatePath } from './path.js';
import type { Path } from './util.js';
import { notEmpty } from './util.js';

export function validateNode(n: AnyNode, c: Path, r: Report): void {
  const e = validatePath(n.path);
  if (e !== null) r.error([...c, 'path'], e);
}

/** NodeUser / NodeGroup: an id and a name together are an error, reported on the owner itself. */
export function validateNodeOwner(o: AnyNodeOwner, c: Path, r: Report): void {
  if (o.id !== undefined && notEmpty(o.name)) r.error(c, E.ErrBothIDAndNameSet);
}
