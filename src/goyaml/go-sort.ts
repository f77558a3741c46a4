// Mirrors Go 1.19 sort.Sort (src/sort/sort.go, zsortinterface.go): pattern-defeating quicksort, insertion
// sort for up to 12 elements. yaml.v2's keyList.Less is not always transitive ("1" < "01" < "0x1F" < "1");
// for such keys Go's result depends on its random map iteration order, so no port can match it. Porting
// Go's algorithm keeps our result deterministic on every JavaScript engine (Array.prototype.sort with an
// inconsistent comparator is implementation-defined) and equal to Go's for keys given in Go's order.
// The calls to less and swap are Go's, one for one; Go's helpers are closures over them here.

/** bits.Len: the number of bits needed to represent n (n >= 0). */
const bitsLen = (n: number): number => 32 - Math.clz32(n);

/** sort.Sort of n elements through less(i, j) and swap(i, j). */
export function goSort(n: number, less: (i: number, j: number) => boolean, swap: (i: number, j: number) => void): void {
  const insertionSort = (a: number, b: number): void => {
    for (let i = a + 1; i < b; i++) for (let j = i; j > a && less(j, j - 1); j--) swap(j, j - 1);
  };

  const siftDown = (lo: number, hi: number, first: number): void => {
    let root = lo;
    for (;;) {
      let child = 2 * root + 1;
      if (child >= hi) return;
      if (child + 1 < hi && less(first + child, first + child + 1)) child++;
      if (!less(first + root, first + child)) return;
      swap(first + root, first + child);
      root = child;
    }
  };

  const heapSort = (a: number, b: number): void => {
    const hi = b - a;
    for (let i = (hi - 1) >> 1; i >= 0; i--) siftDown(i, hi, a);
    for (let i = hi - 1; i >= 0; i--) {
      swap(a, a + i);
      siftDown(0, i, a);
    }
  };

  /** partition: the pivot's final place and whether nothing had to move. */
  const partition = (a: number, b: number, pivot: number): [number, boolean] => {
    swap(a, pivot);
    let i = a + 1;
    let j = b - 1;
    while (i <= j && less(i, a)) i++;
    while (i <= j && !less(j, a)) j--;
    if (i > j) {
      swap(j, a);
      return [j, true];
    }
    swap(i, j);
    i++;
    j--;
    for (;;) {
      while (i <= j && less(i, a)) i++;
      while (i <= j && !less(j, a)) j--;
      if (i > j) break;
      swap(i, j);
      i++;
      j--;
    }
    swap(j, a);
    return [j, false];
  };

  const partitionEqual = (a: number, b: number, pivot: number): number => {
    swap(a, pivot);
    let i = a + 1;
    let j = b - 1;
    for (;;) {
      while (i <= j && !less(a, i)) i++;
      while (i <= j && less(a, j)) j--;
      if (i > j) return i;
      swap(i, j);
      i++;
      j--;
    }
  };

  const partialInsertionSort = (a: number, b: number): boolean => {
    let i = a + 1;
    for (let step = 0; step < 5; step++) {
      while (i < b && !less(i, i - 1)) i++;
      if (i === b) return true;
      if (b - a < 50) return false;
      swap(i, i - 1);
      if (i - a >= 2) for (let j = i - 1; j >= 1 && less(j, j - 1); j--) swap(j, j - 1);
      if (b - i >= 2) for (let j = i + 1; j < b && less(j, j - 1); j++) swap(j, j - 1);
    }
    return false;
  };

  const breakPatterns = (a: number, b: number): void => {
    const length = b - a;
    if (length < 8) return;
    let random = BigInt(length); // xorshift(length), a uint64
    const mask = BigInt(2 ** bitsLen(length) - 1); // nextPowerOfTwo - 1
    const idx = a + (length >> 2) * 2 - 1;
    for (let k = 0; k < 3; k++) {
      random ^= BigInt.asUintN(64, random << 13n);
      random ^= random >> 17n;
      random ^= BigInt.asUintN(64, random << 5n);
      let other = Number(random & mask);
      if (other >= length) other -= length;
      swap(idx + k, a + other);
    }
  };

  let swaps = 0;
  /** order2 + median: the median of a, b, c, counting the swaps (ascending order needs none). */
  const median = (a: number, b: number, c: number): number => {
    if (less(b, a)) {
      swaps++;
      [a, b] = [b, a];
    }
    if (less(c, b)) {
      swaps++;
      b = c;
    }
    if (less(b, a)) {
      swaps++;
      b = a;
    }
    return b;
  };

  /** choosePivot: the pivot, and 1 if the elements looked increasing, 2 decreasing, 0 neither. */
  const choosePivot = (a: number, b: number): [number, number] => {
    const l = b - a;
    const q = l >> 2;
    swaps = 0;
    let i = a + q;
    let j = a + q * 2;
    let k = a + q * 3;
    if (l >= 8) {
      if (l >= 50) {
        i = median(i - 1, i, i + 1);
        j = median(j - 1, j, j + 1);
        k = median(k - 1, k, k + 1);
      }
      j = median(i, j, k);
    }
    return [j, swaps === 0 ? 1 : swaps === 12 ? 2 : 0];
  };

  const pdqsort = (a: number, b: number, limit: number): void => {
    let wasBalanced = true;
    let wasPartitioned = true;
    for (;;) {
      const length = b - a;
      if (length <= 12) return insertionSort(a, b);
      if (limit === 0) return heapSort(a, b);
      if (!wasBalanced) {
        breakPatterns(a, b);
        limit--;
      }
      let [pivot, hint] = choosePivot(a, b);
      if (hint === 2) {
        // reverseRange
        for (let i = a, j = b - 1; i < j; i++, j--) swap(i, j);
        pivot = b - 1 - (pivot - a);
        hint = 1;
      }
      if (wasBalanced && wasPartitioned && hint === 1 && partialInsertionSort(a, b)) return;
      if (a > 0 && !less(a - 1, pivot)) {
        a = partitionEqual(a, b, pivot);
        continue;
      }
      const [mid, alreadyPartitioned] = partition(a, b, pivot);
      wasPartitioned = alreadyPartitioned;
      const leftLen = mid - a;
      const rightLen = b - mid;
      const balanceThreshold = length >> 3;
      if (leftLen < rightLen) {
        wasBalanced = leftLen >= balanceThreshold;
        pdqsort(a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = rightLen >= balanceThreshold;
        pdqsort(mid + 1, b, limit);
        b = mid;
      }
    }
  };

  if (n > 1) pdqsort(0, n, bitsLen(n));
}
