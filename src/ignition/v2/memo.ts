// A bounded memo for pure string functions: Ignition checks the same URLs and unit contents once
// per spec version a config passes through (2.2 parse, ValidateIgnition, 2.3 check, 3.0 check).

export function memoString<T>(f: (s: string) => T, max = 2048): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    if (cache.has(s)) return cache.get(s) as T;
    const v = f(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, v);
    return v;
  };
}
