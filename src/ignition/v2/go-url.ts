// Mirrors Go 1.19 net/url url.go `Parse` (the toolchain MCO 4.13 is built with), reduced to what
// Ignition's URL validation reads: whether parsing fails, the scheme, the opaque/host/path parts and
// the raw query (for s3 `versionId`). Works on UTF-16 strings; every test Go makes on a byte is an
// ASCII test, and non-ASCII characters (UTF-8 bytes >= 0x80) pass all of them unchanged.

export interface GoURL {
  scheme: string;
  opaque: string;
  user: { username: string; password: string | undefined } | undefined;
  host: string;
  path: string;
  rawPath: string;
  forceQuery: boolean;
  rawQuery: string;
  fragment: string;
  rawFragment: string;
  omitHost: boolean;
}

import { utf8Decode, utf8Encode } from './utf8.js';

type Mode = 'path' | 'pathSegment' | 'host' | 'zone' | 'userPassword' | 'queryComponent' | 'fragment';

class UrlError extends Error {}

const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigitC = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean =>
  c !== undefined && (isDigitC(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
const unhex = (c: string): number => parseInt(c, 16);

export function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlpha(c) || isDigitC(c)) return false;
  if (mode === 'host' || mode === 'zone') {
    if ("!$&'()*+,;=:[]<>\"".includes(c)) return false;
  }
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    switch (mode) {
      case 'path': return c === '?';
      case 'pathSegment': return c === '/' || c === ';' || c === ',' || c === '?';
      case 'userPassword': return c === '@' || c === '/' || c === '?' || c === ':';
      case 'queryComponent': return true;
      case 'fragment': return false;
      default: break;
    }
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

/** `unescape(s, mode)`; throws where Go returns an EscapeError / InvalidHostError. */
export function goUnescape(s: string, mode: Mode): string {
  let n = 0;
  let hasPlus = false;
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c === '%') {
      n++;
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) throw new UrlError('invalid URL escape');
      if (mode === 'host' && unhex(s[i + 1]!) < 8 && s.slice(i, i + 3) !== '%25') throw new UrlError('invalid URL escape');
      if (mode === 'zone') {
        const v = String.fromCharCode(unhex(s[i + 1]!) * 16 + unhex(s[i + 2]!));
        if (s.slice(i, i + 3) !== '%25' && v !== ' ' && shouldEscape(v, 'host')) throw new UrlError('invalid URL escape');
      }
      i += 3;
    } else if (c === '+') {
      hasPlus = mode === 'queryComponent';
      i++;
    } else {
      if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
        throw new UrlError('invalid character in host name');
      }
      i++;
    }
  }
  if (n === 0 && !hasPlus) return s;
  // Decode %XX as bytes, then back to a string (Go keeps raw bytes; we only compare and re-escape).
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      bytes.push(unhex(s[i + 1]!) * 16 + unhex(s[i + 2]!));
      i += 2;
    } else if (c === '+') {
      bytes.push(mode === 'queryComponent' ? 0x20 : 0x2b);
    } else {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      for (const b of utf8Encode(ch)) bytes.push(b);
      if (ch.length === 2) i++;
    }
  }
  return utf8Decode(Uint8Array.from(bytes));
}

function getScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (isAlpha(c)) continue;
    if (isDigitC(c) || c === '+' || c === '-' || c === '.') {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new UrlError('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

const containsCTL = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
};

function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (port[0] !== ':') return false;
  for (const c of port.slice(1)) if (!isDigitC(c)) return false;
  return true;
}

function validUserinfo(s: string): boolean {
  for (const c of s) {
    if (isAlpha(c) || isDigitC(c)) continue;
    if ("-._:~!$&'()*+,;=%@".includes(c)) continue;
    return false;
  }
  return true;
}

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new UrlError("missing ']' in host");
    if (!validOptionalPort(host.slice(i + 1))) throw new UrlError('invalid port after host');
    const zone = host.slice(0, i).indexOf('%25');
    if (zone >= 0) {
      return goUnescape(host.slice(0, zone), 'host') + goUnescape(host.slice(zone, i), 'zone') + goUnescape(host.slice(i), 'host');
    }
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1 && !validOptionalPort(host.slice(i))) throw new UrlError('invalid port after host');
  }
  return goUnescape(host, 'host');
}

export function goEscape(s: string, mode: Mode): string {
  let out = '';
  for (const ch of s) {
    if (ch.length === 1 && ch.charCodeAt(0) < 0x80) {
      if (ch === ' ' && mode === 'queryComponent') out += '+';
      else if (shouldEscape(ch, mode)) out += '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
      else out += ch;
    } else {
      for (const b of utf8Encode(ch)) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
  }
  return out;
}

/** `url.Parse`; undefined where Go returns an error. */
export function parseGoURL(rawURL: string): GoURL | undefined {
  try {
    return parseOrThrow(rawURL);
  } catch (e) {
    if (e instanceof UrlError) return undefined;
    throw e;
  }
}

function parseOrThrow(rawURL: string): GoURL {
  const hash = rawURL.indexOf('#');
  const u = hash >= 0 ? rawURL.slice(0, hash) : rawURL;
  const frag = hash >= 0 ? rawURL.slice(hash + 1) : '';
  const url = parse(u);
  if (frag !== '') {
    url.fragment = goUnescape(frag, 'fragment');
    url.rawFragment = goEscape(url.fragment, 'fragment') === frag ? '' : frag;
  }
  return url;
}

function parse(rawURL: string): GoURL {
  if (containsCTL(rawURL)) throw new UrlError('net/url: invalid control character in URL');
  const url: GoURL = {
    scheme: '', opaque: '', user: undefined, host: '', path: '', rawPath: '', forceQuery: false,
    rawQuery: '', fragment: '', rawFragment: '', omitHost: false,
  };
  if (rawURL === '*') {
    url.path = '*';
    return url;
  }
  let [scheme, rest] = getScheme(rawURL);
  url.scheme = scheme.toLowerCase();
  const qCount = rest.split('?').length - 1;
  if (rest.endsWith('?') && qCount === 1) {
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
    const segment = slash >= 0 ? rest.slice(0, slash) : rest;
    if (segment.includes(':')) throw new UrlError('first path segment in URL cannot contain colon');
  }
  if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const i = authority.indexOf('/');
    if (i >= 0) {
      rest = authority.slice(i);
      authority = authority.slice(0, i);
    }
    const at = authority.lastIndexOf('@');
    url.host = parseHost(at < 0 ? authority : authority.slice(at + 1));
    if (at >= 0) {
      const userinfo = authority.slice(0, at);
      if (!validUserinfo(userinfo)) throw new UrlError('net/url: invalid userinfo');
      const colon = userinfo.indexOf(':');
      if (colon < 0) url.user = { username: goUnescape(userinfo, 'userPassword'), password: undefined };
      else {
        url.user = {
          username: goUnescape(userinfo.slice(0, colon), 'userPassword'),
          password: goUnescape(userinfo.slice(colon + 1), 'userPassword'),
        };
      }
    }
  } else if (url.scheme !== '' && rest.startsWith('/')) {
    url.omitHost = true;
  }
  url.path = goUnescape(rest, 'path');
  url.rawPath = goEscape(url.path, 'path') === rest ? '' : rest;
  return url;
}

/** `u.Query()[key]` (url.ParseQuery, errors ignored: pairs with ';' or bad escapes are dropped). */
export function goQueryValues(rawQuery: string, key: string): string[] | undefined {
  let found: string[] | undefined;
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    if (part.includes(';')) continue;
    const eq = part.indexOf('=');
    let k = eq >= 0 ? part.slice(0, eq) : part;
    let v = eq >= 0 ? part.slice(eq + 1) : '';
    try {
      k = goUnescape(k, 'queryComponent');
      v = goUnescape(v, 'queryComponent');
    } catch (e) {
      if (e instanceof UrlError) continue;
      throw e;
    }
    if (k === key) (found ??= []).push(v);
  }
  return found;
}

function validEncoded(s: string, mode: Mode): boolean {
  for (const c of s) {
    if ("!$&'()*+,;=:@[]%".includes(c)) continue;
    if (c.length === 1 && c.charCodeAt(0) < 0x80 ? shouldEscape(c, mode) : true) return false;
  }
  return true;
}

function escapedPath(u: GoURL): string {
  if (u.rawPath !== '' && validEncoded(u.rawPath, 'path')) {
    try {
      if (goUnescape(u.rawPath, 'path') === u.path) return u.rawPath;
    } catch (e) {
      if (!(e instanceof UrlError)) throw e;
    }
  }
  if (u.path === '*') return '*';
  return goEscape(u.path, 'path');
}

function escapedFragment(u: GoURL): string {
  if (u.rawFragment !== '' && validEncoded(u.rawFragment, 'fragment')) {
    try {
      if (goUnescape(u.rawFragment, 'fragment') === u.fragment) return u.rawFragment;
    } catch (e) {
      if (!(e instanceof UrlError)) throw e;
    }
  }
  return goEscape(u.fragment, 'fragment');
}

/** `(*URL).String()`. */
export function goURLString(u: GoURL): string {
  let buf = '';
  if (u.scheme !== '') buf += u.scheme + ':';
  if (u.opaque !== '') {
    buf += u.opaque;
  } else {
    if (u.scheme !== '' || u.host !== '' || u.user !== undefined) {
      if (!(u.omitHost && u.host === '' && u.user === undefined)) {
        if (u.host !== '' || u.path !== '' || u.user !== undefined) buf += '//';
        if (u.user !== undefined) {
          buf += goEscape(u.user.username, 'userPassword');
          if (u.user.password !== undefined) buf += ':' + goEscape(u.user.password, 'userPassword');
          buf += '@';
        }
        if (u.host !== '') buf += goEscape(u.host, 'host');
      }
    }
    const path = escapedPath(u);
    if (path !== '' && path[0] !== '/' && u.host !== '') buf += '/';
    if (buf.length === 0) {
      const slash = path.indexOf('/');
      const segment = slash >= 0 ? path.slice(0, slash) : path;
      if (segment.includes(':')) buf += './';
    }
    buf += path;
  }
  if (u.forceQuery || u.rawQuery !== '') buf += '?' + u.rawQuery;
  if (u.fragment !== '') buf += '#' + escapedFragment(u);
  return buf;
}
