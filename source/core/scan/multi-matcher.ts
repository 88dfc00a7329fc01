/**
 * Finds many needles in one pass over a file's bytes (Aho-Corasick, compiled to a table of
 * 128 columns per state), ASCII case-insensitive. Built once per catalog; a scan of thousands of
 * source files then costs one table lookup per byte instead of one search per needle.
 */
export class MultiMatcher<T> {
  private readonly table: Int32Array;
  /** needle ids that end in each state (including those reached through failure links) */
  private readonly outputs: (number[] | undefined)[];
  private readonly lengths: number[];

  constructor(private readonly needles: { needle: string; value: T }[]) {
    this.lengths = needles.map((n) => n.needle.length);
    const capacity = this.lengths.reduce((sum, n) => sum + n, 1);
    // The trie's edges in a flat table (-1: no edge), then completed in place into the automaton.
    const table = new Int32Array(capacity * 128).fill(-1);
    const out: number[][] = [[]];
    let states = 1;
    needles.forEach(({ needle }, id) => {
      const lower = needle.toLowerCase();
      if (/[^\x00-\x7f]/.test(lower)) return; // non-ASCII needles cannot be matched byte-wise; none are expected
      let state = 0;
      for (let i = 0; i < lower.length; i++) {
        const cell = state * 128 + lower.charCodeAt(i);
        if (table[cell] === -1) {
          table[cell] = states++;
          out.push([]);
        }
        state = table[cell]!;
      }
      out[state]!.push(id);
    });
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const next = table[c]!;
      if (next === -1) table[c] = 0;
      else queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const base = state * 128;
      const failBase = fail[state]! * 128;
      if (out[fail[state]!]!.length > 0) out[state]!.push(...out[fail[state]!]!);
      for (let c = 0; c < 128; c++) {
        const next = table[base + c]!;
        if (next === -1) table[base + c] = table[failBase + c]!;
        else {
          fail[next] = state === 0 ? 0 : table[failBase + c]!;
          queue.push(next);
        }
      }
    }
    // Fold upper case onto lower case: column 'A' behaves as column 'a'.
    for (let state = 0; state < states; state++) {
      for (let c = 65; c <= 90; c++) table[state * 128 + c] = table[state * 128 + c + 32]!;
    }
    this.table = table.subarray(0, states * 128);
    this.outputs = out.map((ids) => (ids.length > 0 ? [...new Set(ids)] : undefined));
  }

  /** Calls `onHit(value, start)` for every occurrence of every needle in `bytes[0, length)`. */
  scan(bytes: Uint8Array, length: number, onHit: (value: T, start: number) => void): void {
    const { table, outputs } = this;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const byte = bytes[i]!;
      state = table[(state << 7) | (byte & 127)]!;
      if (state !== 0) {
        const ids = outputs[state];
        if (ids !== undefined) for (const id of ids) onHit(this.needles[id]!.value, i - this.lengths[id]! + 1);
      }
    }
  }
}
