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
    const c = this.cost;
    let i = c.length;
    c.push(cost);
    this.key.push(key);
    this.stamp.push(stamp);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((c[p] as number) <= cost) break;
      this.move(p, i);
      i = p;
    }
    this.set(i, cost, key, stamp);
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
      this.move(m, i);
      i = m;
    }
    this.set(i, lc, lk, ls);
    return true;
  }
  /** Copies the entry at `from` to `to`. */
  private move(from: number, to: number): void {
    this.set(to, this.cost[from] as number, this.key[from] as number, this.stamp[from] as number);
  }
  private set(i: number, cost: number, key: number, stamp: number): void {
    this.cost[i] = cost;
    this.key[i] = key;
    this.stamp[i] = stamp;
  }
}
