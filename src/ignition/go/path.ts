/**
 * Go's slash-separated path helpers, as Ignition's validators use them.
 *
 * Mirrors go1.19 path/path.go (`Clean`, `IsAbs`, `Join`) and path/match.go-free `Ext`. Only ASCII
 * `/` and `.` are special, so working on UTF-16 strings gives the same result as Go on UTF-8 bytes.
 */

/** Already what Clean returns: no empty, `.` or `..` elements, no trailing slash (bar the root). */
const NOT_CLEAN = /\/\/|\/\.\.?(\/|$)|^\.\.?(\/|$)|.\/$/;

/** path.Clean: the shortest equivalent path (lexical processing only). */
export function clean(path: string): string {
  if (path === '') return '.';
  if (!NOT_CLEAN.test(path)) return path;
  const rooted = path[0] === '/';
  const n = path.length;
  const out: string[] = [];
  let r = 0;
  let dotdot = 0;
  if (rooted) {
    out.push('/');
    r = 1;
    dotdot = 1;
  }
  while (r < n) {
    if (path[r] === '/') {
      r++;
    } else if (path[r] === '.' && (r + 1 === n || path[r + 1] === '/')) {
      r++;
    } else if (path[r] === '.' && path[r + 1] === '.' && (r + 2 === n || path[r + 2] === '/')) {
      r += 2;
      if (out.length > dotdot) {
        // Go: w--; for w > dotdot && buf[w] != '/' { w-- } — drops the element and its separator.
        let w = out.length - 1;
        while (w > dotdot && out[w] !== '/') w--;
        out.length = w;
      } else if (!rooted) {
        if (out.length > 0) out.push('/');
        out.push('.', '.');
        dotdot = out.length;
      }
    } else {
      if ((rooted && out.length !== 1) || (!rooted && out.length !== 0)) out.push('/');
      const start = r;
      while (r < n && path[r] !== '/') r++;
      // One entry per character keeps `out.length` equal to Go's write index.
      for (let k = start; k < r; k++) out.push(path[k]!);
    }
  }
  if (out.length === 0) return '.';
  return out.join('');
}

/** path.IsAbs */
export const isAbs = (path: string): boolean => path.startsWith('/');

/** path.Ext: the suffix from the final dot of the last element, or ''. */
export function ext(path: string): string {
  for (let i = path.length - 1; i >= 0 && path[i] !== '/'; i--) {
    if (path[i] === '.') return path.slice(i);
  }
  return '';
}

/** path.Join: non-empty elements joined with `/`, then cleaned; '' if all are empty. */
export function join(...elem: string[]): string {
  const parts = elem.filter((e) => e !== '');
  return parts.length === 0 ? '' : clean(parts.join('/'));
}
