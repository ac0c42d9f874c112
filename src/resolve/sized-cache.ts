/**
 * A least-recently-used cache bounded by the size of what it holds, not by how many entries: a run over a project
 * with a few very large modules must not keep more memory than one with many small ones (issue 14: memory grows
 * with what is being analysed now, not with the size of the project).
 */
export class SizedCache<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
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
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores the value; the least recently used entries make room. A value larger than the whole budget is not kept. */
  set(key: K, value: V): void {
    this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.budget) return;
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.budget) break;
      this.entries.delete(oldest);
      this.total -= entry.size;
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
