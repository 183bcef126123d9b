/** The outward simplifier's queue of candidate changes, cheapest first. */

/** A binary min-heap of candidates in parallel arrays (no per-item objects): a cost, a key and a stamp each. */
export class CandidateHeap {
  private readonly cost: number[] = [];
  private readonly key: number[] = [];
  private readonly stamp: number[] = [];
  get size(): number {
    return this.cost.length;
  }
  push(cost: number, key: number, stamp: number): void {
    const c = this.cost, k = this.key, s = this.stamp;
    let i = c.length;
    c.push(cost);
    k.push(key);
    s.push(stamp);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((c[p] as number) <= cost) break;
      c[i] = c[p] as number;
      k[i] = k[p] as number;
      s[i] = s[p] as number;
      i = p;
    }
    c[i] = cost;
    k[i] = key;
    s[i] = stamp;
  }
  /** Removes the cheapest; returns its key and stamp in `out`, or false when empty. */
  pop(out: { key: number; stamp: number }): boolean {
    const c = this.cost, k = this.key, s = this.stamp;
    if (c.length === 0) return false;
    out.key = k[0] as number;
    out.stamp = s[0] as number;
    const lc = c.pop() as number, lk = k.pop() as number, ls = s.pop() as number;
    const n = c.length;
    if (n === 0) return true;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && (c[r] as number) < (c[l] as number) ? r : l;
      if ((c[m] as number) >= lc) break;
      c[i] = c[m] as number;
      k[i] = k[m] as number;
      s[i] = s[m] as number;
      i = m;
    }
    c[i] = lc;
    k[i] = lk;
    s[i] = ls;
    return true;
  }
}
