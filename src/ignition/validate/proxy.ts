/**
 * Proxy settings (3.1+).
 *
 * Mirrors coreos/ignition v2.15.0 config/v3_x/types/proxy.go (`Proxy.Validate`, `validateProxyURL`).
 */

import type { Report } from '../report.js';
import { E } from '../shared-errors.js';
import type { AnyProxy } from './any-types.js';
import { parseURL } from './url.js';
import type { Path } from './util.js';

function validateProxyURL(s: string | undefined, p: Path, r: Report, httpOk: boolean): void {
  if (s === undefined) return;
  const u = parseURL(s);
  if (!u.ok) {
    r.error(p, E.ErrInvalidUrl);
    return;
  }
  if (u.url.scheme !== 'https' && u.url.scheme !== 'http') {
    r.error(p, E.ErrInvalidProxy);
    return;
  }
  if (u.url.scheme === 'http' && !httpOk) r.warn(p, E.ErrInsecureProxy);
}

export function validateProxy(p: AnyProxy, c: Path, r: Report): void {
  validateProxyURL(p.httpProxy, [...c, 'httpProxy'], r, true);
  validateProxyURL(p.httpsProxy, [...c, 'httpsProxy'], r, false);
}
