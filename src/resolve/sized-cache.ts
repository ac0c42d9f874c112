/**
 * A least-recently-used cache bounded by the size of what it holds, not by how many entries: a run over a project
 * with a few very large modules must not keep more memory than one with many small ones (issue 14: memory grows
 * with what is being analysed now, not with the size of the project).
 *
 * Recency is kept the "second chance" way: a read only marks its entry, and making room moves a marked entry to the
 * young end instead of dropping it. Moving every read entry (a delete and an insert in the Map) cost a run over real
 * code a fifth of a second: the file cache answers some 130,000 reads over 25,000 entries, and each delete leaves a
 * hole the Map must compact away.
 */
export class SizedCache<K, V> {
  private readonly entries = new Map<K, { value: V; size: number; used: boolean }>();
  private total = 0;

  /** `budget` in the unit `sizeOf` measures (source characters, for texts and the ASTs parsed from them). */
  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value, now the most recently used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = true;
    return entry.value;
  }

  /** Stores the value; the least recently used entries make room. A value larger than the whole budget is not kept. */
  set(key: K, value: V): void {
    this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.budget) return;
    this.entries.set(key, { value, size, used: false });
    this.total += size;
    // Oldest first; an entry read since it was last here goes to the young end, once (the Map's iterator visits
    // entries added during the loop, so each comes round again unmarked and the loop ends). The new entry stays.
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.budget) break;
      if (oldest === key) continue;
      this.entries.delete(oldest);
      if (entry.used) {
        entry.used = false;
        this.entries.set(oldest, entry);
      } else {
        this.total -= entry.size;
      }
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.size;
  }

  /** What the entries add up to, in the budget's unit. */
  get size(): number {
    return this.total;
  }
}
