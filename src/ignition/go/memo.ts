/**
 * A small bounded memo for pure string → result functions. Ignition validates the same strings several
 * times per config (once per spec version the config passes through: parse, 3.4 → 3.3, 3.3 → 3.2, MCO's
 * final check), and data URLs or unit files can be large. Results never depend on the memo's state.
 */
export function memoize<T>(fn: (s: string) => T, capacity = 2048): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = fn(s);
    if (cache.size >= capacity) cache = new Map();
    cache.set(s, v);
    return v;
  };
}
