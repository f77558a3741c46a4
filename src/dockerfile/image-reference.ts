/**
 * Container image references that are safe to write into a Containerfile unquoted.
 * Grammar: distribution/reference (docker/distribution reference/regexp.go): [domain/]path[:tag][@digest].
 * Every character it admits is inert in Containerfile syntax (no whitespace, quotes, `$`, `#`, `\`).
 */

import { RenderError } from '../errors.js';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^${NAME}(?::${TAG})?(?:@${DIGEST})?$`);

/** Throws `INVALID_INPUT` unless `ref` is a well-formed image reference of at most 4096 characters. */
export function checkImageReference(ref: unknown, what: string): string {
  if (typeof ref !== 'string' || ref === '') {
    throw new RenderError('INVALID_INPUT', 'layer', `${what}: no image reference given`);
  }
  if (ref.length > 4096 || !REFERENCE.test(ref)) {
    throw new RenderError('INVALID_INPUT', 'layer', `${what}: ${JSON.stringify(ref.slice(0, 200))} is not a valid image reference`);
  }
  return ref;
}
