/**
 * The identity of a layered-image build: SHA-256 over the canonical JSON of what the build reads.
 *
 * Canonical JSON (as API.md fixes it): `{"containerfile": …, "context": {…}}`, object keys sorted by
 * UTF-16 code units, no whitespace, strings escaped as JSON.stringify does (RFC 8785 for strings),
 * encoded as UTF-8. Python reproduces it with
 * `hashlib.sha256(json.dumps(o, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode()).hexdigest()`
 * for the ASCII file names we use.
 */

import stableStringify from 'fast-json-stable-stringify';
import { RenderError } from '../errors.js';
import { sha256Utf8Hex } from './_sha256.js';

/** The part of an `ImageBuild` that `contentHash` covers. */
export interface HashableBuild {
  /** The Containerfile text. */
  containerfile: string;
  /** Build-context files, path → UTF-8 content. */
  context: Readonly<Record<string, string>>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The exact bytes that are hashed, as a string (exported for documentation and tests). */
export function canonicalBuildJson(build: HashableBuild): string {
  if (typeof build !== 'object' || build === null || typeof build.containerfile !== 'string' || typeof build.context !== 'object' || build.context === null) {
    throw new RenderError('INVALID_INPUT', 'layer', 'contentHash: expected { containerfile: string, context: Record<string, string> }');
  }
  const context: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [path, content] of Object.entries(build.context)) {
    if (typeof content !== 'string') throw new RenderError('INVALID_INPUT', 'layer', `contentHash: context[${JSON.stringify(path)}] is not a string`);
    context[path] = content;
  }
  const text = stableStringify({ containerfile: build.containerfile, context });
  // UTF-8 has no encoding for a lone surrogate; refuse rather than hash a replacement character.
  if (LONE_SURROGATE.test(text)) throw new RenderError('INVALID_INPUT', 'layer', 'contentHash: text contains a lone UTF-16 surrogate');
  return text;
}

/**
 * `sha256:<64 hex>` over the canonical JSON of `{ containerfile, context }`.
 *
 * @example
 * contentHash({ containerfile: 'FROM x\n', context: {} }) // 'sha256:…'
 */
export function contentHash(build: HashableBuild): string {
  return 'sha256:' + sha256Utf8Hex(canonicalBuildJson(build));
}
