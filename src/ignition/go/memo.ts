/**
 * A small bounded memo for pure string → result functions. Ignition validates the same strings several
 * times per config (once per spec version the config passes through: parse, 3.4 → 3.3, 3.3 → 3.2, MCO's
 * final check) and once more in the merged config, and data URLs or unit files can be large. Results
 * never depend on the memo's state; callers must not mutate them.
 *
 * Two generations: hits in the older one move to the newer one, and when the newer one is full (by
 * entries or by total key length) it becomes the older one. Recently used strings survive a turnover,
 * so a render pass over more distinct strings than one generation holds still hits on the way back.
 */
export interface MemoLimits {
  /** Entries per generation. Default: 32768. */
  entries?: number;
  /** Total key length (UTF-16 units) per generation. Default: 8 Mi. */
  chars?: number;
}

/** Every memo's `clear`: results never depend on them, so emptying them all is always safe. */
const clears: Array<() => void> = [];

/** Empties every memo (tests compare results computed cold and warm). */
export function clearMemos(): void {
  for (const clear of clears) clear();
}

/** `fn` must never return undefined (it marks a miss). */
export function memoize<T extends NonNullable<unknown> | null>(fn: (s: string) => T, limits: MemoLimits = {}): (s: string) => T {
  const maxEntries = limits.entries ?? 32768;
  const maxChars = limits.chars ?? 8 * 1024 * 1024;
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  let youngChars = 0;
  clears.push(() => {
    young = new Map();
    old = new Map();
    youngChars = 0;
  });
  return (s: string): T => {
    const hit = young.get(s);
    if (hit !== undefined) return hit;
    let v = old.get(s);
    if (v === undefined) v = fn(s);
    if (young.size >= maxEntries || youngChars + s.length > maxChars) {
      old = young;
      young = new Map();
      youngChars = 0;
    }
    young.set(s, v);
    youngChars += s.length;
    return v;
  };
}
