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
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    this.lengths = needles.map((n) => n.needle.length);
    needles.forEach(({ needle }, id) => {
      let state = 0;
      for (const char of needle.toLowerCase()) {
        const code = char.charCodeAt(0);
        if (code >= 128) return; // non-ASCII needles cannot be matched byte-wise; none are expected
        let next = goto[state]!.get(code);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[state]!.set(code, next);
        }
        state = next;
      }
      out[state]!.push(id);
    });
    const states = goto.length;
    const table = new Int32Array(states * 128);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const next = goto[0]!.get(c);
      if (next !== undefined) {
        table[c] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      out[state]!.push(...out[fail[state]!]!);
      for (let c = 0; c < 128; c++) {
        const next = goto[state]!.get(c);
        if (next !== undefined) {
          fail[next] = table[fail[state]! * 128 + c]!;
          table[state * 128 + c] = next;
          queue.push(next);
        } else {
          table[state * 128 + c] = table[fail[state]! * 128 + c]!;
        }
      }
    }
    // Fold upper case onto lower case: column 'A' behaves as column 'a'.
    for (let state = 0; state < states; state++) {
      for (let c = 65; c <= 90; c++) table[state * 128 + c] = table[state * 128 + c + 32]!;
    }
    this.table = table;
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
