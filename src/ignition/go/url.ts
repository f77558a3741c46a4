/**
 * Go's URL parser, reduced to what Ignition reads: does `url.Parse` succeed, what are the scheme,
 * opaque part, host and query, and (for spec 2.0's `Url`, which re-serializes it) `URL.String()`.
 *
 * Mirrors go1.19 net/url/url.go (`Parse`, `parse`, `getScheme`, `parseAuthority`, `parseHost`,
 * `unescape`, `escape`, `setPath`, `setFragment`, `EscapedPath`, `EscapedFragment`, `String`,
 * `ParseQuery`) including its error texts. Go works on UTF-8 bytes; every rule here looks only at
 * ASCII characters, which are the same in UTF-16.
 */

import { utf8Decode, utf8Encode } from './utf8.js';
import { quote } from './strconv.js';

export interface GoURL {
  scheme: string;
  opaque: string;
  /** Userinfo, unescaped; `password` undefined when there is no `:`. */
  user: { username: string; password: string | undefined } | undefined;
  host: string;
  path: string;
  /** The path as written (`setPath`'s input): `RawPath` is derived from it only when printing. */
  escPath: string;
  forceQuery: boolean;
  rawQuery: string;
  fragment: string;
  /** The fragment as written (`setFragment`'s input). */
  escFragment: string;
  omitHost: boolean;
}

export type ParseResult = { ok: true; url: GoURL } | { ok: false; error: string };

const enum Mode {
  Path = 1,
  PathSegment,
  Host,
  Zone,
  UserPassword,
  QueryComponent,
  Fragment,
}

class URLError extends Error {}

const ishex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);
const unhex = (c: string): number => parseInt(c, 16);

function shouldEscape(c: string, mode: Mode): boolean {
  if (/^[a-zA-Z0-9]$/.test(c)) return false;
  if (mode === Mode.Host || mode === Mode.Zone) {
    if ("!$&'()*+,;=:[]<>\"".includes(c)) return false;
  }
  switch (c) {
    case '-': case '_': case '.': case '~':
      return false;
    case '$': case '&': case '+': case ',': case '/': case ':': case ';': case '=': case '?': case '@':
      switch (mode) {
        case Mode.Path: return c === '?';
        case Mode.PathSegment: return c === '/' || c === ';' || c === ',' || c === '?';
        case Mode.UserPassword: return c === '@' || c === '/' || c === '?' || c === ':';
        case Mode.QueryComponent: return true;
        case Mode.Fragment: return false;
        default: break;
      }
  }
  if (mode === Mode.Fragment && '!()*'.includes(c)) return false;
  return true;
}

/** url.unescape; throws URLError with Go's message. */
function unescape(s: string, mode: Mode): string {
  let n = 0;
  let hasPlus = false;
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    if (c === '%') {
      n++;
      if (i + 2 >= s.length || !ishex(s[i + 1]!) || !ishex(s[i + 2]!)) {
        let t = s.slice(i);
        if (t.length > 3) t = t.slice(0, 3);
        throw new URLError('invalid URL escape ' + quote(t));
      }
      if (mode === Mode.Host && unhex(s[i + 1]!) < 8 && s.slice(i, i + 3) !== '%25') {
        throw new URLError('invalid URL escape ' + quote(s.slice(i, i + 3)));
      }
      if (mode === Mode.Zone) {
        const v = (unhex(s[i + 1]!) << 4) | unhex(s[i + 2]!);
        if (s.slice(i, i + 3) !== '%25' && v !== 0x20 && shouldEscape(String.fromCharCode(v), Mode.Host)) {
          throw new URLError('invalid URL escape ' + quote(s.slice(i, i + 3)));
        }
      }
      i += 3;
    } else if (c === '+') {
      hasPlus = mode === Mode.QueryComponent;
      i++;
    } else {
      if ((mode === Mode.Host || mode === Mode.Zone) && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
        throw new URLError('invalid character ' + quote(c) + ' in host name');
      }
      i++;
    }
  }
  if (n === 0 && !hasPlus) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      bytes.push((unhex(s[i + 1]!) << 4) | unhex(s[i + 2]!));
      i += 2;
    } else if (c === '+') {
      bytes.push(mode === Mode.QueryComponent ? 0x20 : 0x2b);
    } else {
      const code = c.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else {
        // copy the whole code point's UTF-8 bytes
        const cp = s.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        for (const b of utf8Encode(ch)) bytes.push(b);
        i += ch.length - 1;
      }
    }
  }
  return utf8Decode(Uint8Array.from(bytes));
}

function getScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
    if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new URLError('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (port[0] !== ':') return false;
  for (const b of port.slice(1)) if (b < '0' || b > '9') return false;
  return true;
}

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new URLError("missing ']' in host");
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${quote(colonPort)} after host`);
    const zone = host.slice(0, i).indexOf('%25');
    if (zone >= 0) {
      return unescape(host.slice(0, zone), Mode.Host) + unescape(host.slice(zone, i), Mode.Zone) +
        unescape(host.slice(i), Mode.Host);
    }
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1) {
      const colonPort = host.slice(i);
      if (!validOptionalPort(colonPort)) throw new URLError(`invalid port ${quote(colonPort)} after host`);
    }
  }
  return unescape(host, Mode.Host);
}

const USERINFO_OK = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;

function parseAuthority(authority: string, url: GoURL): void {
  const i = authority.lastIndexOf('@');
  url.host = parseHost(i < 0 ? authority : authority.slice(i + 1));
  if (i < 0) return;
  const userinfo = authority.slice(0, i);
  if (!USERINFO_OK.test(userinfo)) throw new URLError('net/url: invalid userinfo');
  const colon = userinfo.indexOf(':');
  url.user = colon < 0
    ? { username: unescape(userinfo, Mode.UserPassword), password: undefined }
    : {
      username: unescape(userinfo.slice(0, colon), Mode.UserPassword),
      password: unescape(userinfo.slice(colon + 1), Mode.UserPassword),
    };
}

const CTL = /[\x00-\x1f\x7f]/;
const containsCTLByte = (s: string): boolean => CTL.test(s);

function parseNoFrag(raw: string): GoURL {
  if (containsCTLByte(raw)) throw new URLError('net/url: invalid control character in URL');
  const url: GoURL = {
    scheme: '', opaque: '', user: undefined, host: '', path: '', escPath: '', forceQuery: false, rawQuery: '',
    fragment: '', escFragment: '', omitHost: false,
  };
  if (raw === '*') {
    url.path = url.escPath = '*';
    return url;
  }
  let [scheme, rest] = getScheme(raw);
  url.scheme = scheme.toLowerCase();
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
    url.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      url.rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith('/')) {
    if (url.scheme !== '') {
      url.opaque = rest;
      return url;
    }
    const slash = rest.indexOf('/');
    const segment = slash < 0 ? rest : rest.slice(0, slash);
    if (segment.includes(':')) throw new URLError('first path segment in URL cannot contain colon');
  }
  if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const i = authority.indexOf('/');
    if (i >= 0) {
      rest = authority.slice(i);
      authority = authority.slice(0, i);
    }
    parseAuthority(authority, url);
  } else if (url.scheme !== '' && rest.startsWith('/')) {
    url.omitHost = true;
  }
  url.path = unescape(rest, Mode.Path);
  url.escPath = rest;
  return url;
}

/** url.Parse */
export function parseURL(raw: string): ParseResult {
  const hash = raw.indexOf('#');
  const u = hash < 0 ? raw : raw.slice(0, hash);
  const frag = hash < 0 ? '' : raw.slice(hash + 1);
  let url: GoURL;
  try {
    url = parseNoFrag(u);
  } catch (e) {
    if (e instanceof URLError) return { ok: false, error: `parse ${quote(u)}: ${e.message}` };
    throw e;
  }
  if (frag === '') return { ok: true, url };
  try {
    url.fragment = unescape(frag, Mode.Fragment);
    url.escFragment = frag;
  } catch (e) {
    if (e instanceof URLError) return { ok: false, error: `parse ${quote(raw)}: ${e.message}` };
    throw e;
  }
  return { ok: true, url };
}

/** url.ParseQuery, ignoring its error as `URL.Query()` does: key → values in order. */
export function parseQuery(query: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  let rest = query;
  while (rest !== '') {
    const amp = rest.indexOf('&');
    const kv = amp < 0 ? rest : rest.slice(0, amp);
    rest = amp < 0 ? '' : rest.slice(amp + 1);
    if (kv.includes(';') || kv === '') continue;
    const eq = kv.indexOf('=');
    let key: string;
    let value: string;
    try {
      key = unescape(eq < 0 ? kv : kv.slice(0, eq), Mode.QueryComponent);
      value = unescape(eq < 0 ? '' : kv.slice(eq + 1), Mode.QueryComponent);
    } catch (e) {
      if (e instanceof URLError) continue;
      throw e;
    }
    const list = m.get(key);
    if (list === undefined) m.set(key, [value]);
    else list.push(value);
  }
  return m;
}

/** url.escape */
function escape(s: string, mode: Mode): string {
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) >= 0x80) {
      for (const b of utf8Encode(ch)) out += '%' + hex2(b);
    } else if (ch === ' ' && mode === Mode.QueryComponent) out += '+';
    else out += shouldEscape(ch, mode) ? '%' + hex2(ch.charCodeAt(0)) : ch;
  }
  return out;
}

const hex2 = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

/** url.validEncoded */
function validEncoded(s: string, mode: Mode): boolean {
  for (const c of s) {
    if ("!$&'()*+,;=:@[]%".includes(c)) continue;
    if (c.charCodeAt(0) >= 0x80 || shouldEscape(c, mode)) return false;
  }
  return true;
}

/**
 * `EscapedPath` / `EscapedFragment` of a parsed URL: `escaped` is what was parsed into `plain`, so
 * `RawPath` is `escaped` unless it is the default encoding, and it unescapes back to `plain`.
 */
function escapedForm(plain: string, escaped: string, mode: Mode): string {
  const def = escape(plain, mode);
  if (escaped !== def && validEncoded(escaped, mode)) return escaped;
  return mode === Mode.Path && plain === '*' ? '*' : def;
}

/** `(*URL).String()` of a URL parseURL returned. */
export function urlString(u: GoURL): string {
  let buf = '';
  if (u.scheme !== '') buf += u.scheme + ':';
  if (u.opaque !== '') {
    buf += u.opaque;
  } else {
    if ((u.scheme !== '' || u.host !== '' || u.user !== undefined) && !(u.omitHost && u.host === '' && u.user === undefined)) {
      if (u.host !== '' || u.path !== '' || u.user !== undefined) buf += '//';
      if (u.user !== undefined) {
        buf += escape(u.user.username, Mode.UserPassword);
        if (u.user.password !== undefined) buf += ':' + escape(u.user.password, Mode.UserPassword);
        buf += '@';
      }
      if (u.host !== '') buf += escape(u.host, Mode.Host);
    }
    const path = escapedForm(u.path, u.escPath, Mode.Path);
    if (path !== '' && path[0] !== '/' && u.host !== '') buf += '/';
    if (buf === '') {
      const slash = path.indexOf('/');
      if ((slash < 0 ? path : path.slice(0, slash)).includes(':')) buf += './';
    }
    buf += path;
  }
  if (u.forceQuery || u.rawQuery !== '') buf += '?' + u.rawQuery;
  if (u.fragment !== '') buf += '#' + escapedForm(u.fragment, u.escFragment, Mode.Fragment);
  return buf;
}
