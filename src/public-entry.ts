/**
 * What every top-level public call runs inside.
 *
 * - The string memos (go/memo.ts) live for one call. Inside a call the same URLs and unit files are
 *   validated several times (once per spec version a config passes through, then in the merged
 *   config) and the memos answer the repeats; when the outermost call returns they are emptied, so
 *   nothing derived from one call's input stays in memory or speeds up the next call.
 * - Anything thrown that is not a RenderError — a getter or Proxy trap of the caller's object that
 *   throws, or a bug of ours — leaves as a RenderError `INVALID_INPUT` with the original as `cause`,
 *   so that callers only ever see RenderError.
 */
import { RenderError, type RenderStage } from './errors.js';
import { clearMemos } from './ignition/go/memo.js';

let depth = 0;

/** Runs `fn` with the memos live; the outermost scope empties them on the way out (also on throw). */
function withMemoScope<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    if (--depth === 0) clearMemos();
  }
}

/** withMemoScope, and only RenderError out (see the header). */
export function publicEntry<T>(name: string, stage: RenderStage, fn: () => T): T {
  try {
    return withMemoScope(fn);
  } catch (e) {
    if (e instanceof RenderError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new RenderError('INVALID_INPUT', stage, `${name}: cannot read the input: ${detail}`, { cause: e });
  }
}
