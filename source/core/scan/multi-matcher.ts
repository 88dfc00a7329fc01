/**
 * Finds many needles in one pass over a file's bytes (Aho-Corasick), ASCII case-insensitive.
 * Built once per scan; thousands of source files then cost one table lookup per byte instead of
 * one search per needle.
 *
 * Why it is built this way: the automaton is built on every run of the CLI, in code the JIT has
 * not optimised yet, from ~800 catalog snippets (~16,000 trie states). Completing the full
 * transition table up front (states × alphabet) cost more than the scan itself, so only the trie
 * and its failure links are built (linear in the needles' length), and each transition is
 * resolved through the failure links the first time a text needs it, then remembered: source
 * text meets a small part of the table. Bytes are mapped to classes first (every byte in no
 * needle is class 0, which always leads back to the root; upper case shares lower case's class), so
 * a row has ~50 columns, padded to a power of two to keep the lookup a shift and an or.
 *
 * The bundled CLI does not even build the trie: the build ships its tables (`tables()`, made for
 * the built-in catalog's needles) and the constructor takes them when they were made for the same
 * needles (scripts/compiled-data-plugin.mjs).
 */
export class MultiMatcher<T> {
  /**
   * remembered transitions: next state + 1 for (state, class), 0 = not resolved yet; the root's row
   * is filled at once (a byte with no edge from the root leads back to it). The table is
   * states × columns (~2 MiB) but starts zeroed, so the memory of the rows no text reaches is
   * never touched.
   */
  private readonly delta: Uint16Array | Int32Array;
  /**
   * The trie's edges, sorted: the cell (parent << shift | class) of each, and the child it leads
   * to (binary search, only when a transition is first resolved). A dense table of the edges was
   * 2 MiB, all of it touched.
   */
  private readonly edges: Int32Array;
  private readonly targets: Int32Array;
  private readonly fail: Int32Array;
  /** byte -> class */
  private readonly classes: Uint8Array;
  private readonly shift: number;
  /** needle ids that end in each state (including those reached through failure links) */
  private readonly outputs: (number[] | undefined)[];
  private readonly lengths: Int32Array;
  /** 1 for the states where a needle ends */
  private readonly ends: Uint8Array;

  constructor(
    private readonly needles: { needle: string; value: T }[],
    prebuilt?: MatcherTables,
  ) {
    this.lengths = new Int32Array(needles.length);
    needles.forEach((n, id) => (this.lengths[id] = n.needle.length));
    if (prebuilt && LITTLE_ENDIAN && prebuilt.key === needlesKey(needles)) {
      const classes = new Uint8Array(decode(prebuilt.classes));
      const edges = new Int32Array(decode(prebuilt.edges));
      const targets = new Int32Array(decode(prebuilt.targets));
      const fail = new Int32Array(decode(prebuilt.fail));
      const { shift, states } = prebuilt;
      const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(states).fill(undefined);
      const ends = new Uint8Array(states);
      for (const [state, ids] of prebuilt.outputs) {
        outputs[state] = ids;
        ends[state] = 1;
      }
      this.delta = transitions(prebuilt.small, states, shift, edges, targets);
      this.edges = edges;
      this.targets = targets;
      this.fail = fail;
      this.classes = classes;
      this.shift = shift;
      this.outputs = outputs;
      this.ends = ends;
      return;
    }
    const lowered = needles.map(({ needle }) => {
      const lower = needle.toLowerCase();
      return /[^\x00-\x7f]/.test(lower) ? undefined : lower; // non-ASCII needles cannot be matched byte-wise; none are expected
    });
    // Class 0 for bytes in no needle (and every byte >= 128), then one per distinct lowercased byte.
    const classes = new Uint8Array(256);
    let columns = 1;
    for (const lower of lowered) {
      for (let i = 0; lower !== undefined && i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        if (classes[c] === 0) classes[c] = columns++;
      }
    }
    for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32]!;
    const shift = Math.max(1, Math.ceil(Math.log2(columns)));

    const capacity = this.lengths.reduce((sum, n) => sum + n, 1);
    const small = capacity < 0xffff; // state ids and ids + 1 fit 16 bits
    const goto = small ? new Uint16Array(capacity << shift) : new Int32Array(capacity << shift);
    // Children as linked lists (first child, next sibling, the child's class), for the breadth-first pass.
    const firstChild = new Int32Array(capacity);
    const nextSibling = new Int32Array(capacity);
    const classOf = new Uint8Array(capacity);
    const out: (number[] | undefined)[] = [undefined];
    let states = 1;
    lowered.forEach((lower, id) => {
      if (lower === undefined) return;
      let state = 0;
      for (let i = 0; i < lower.length; i++) {
        const c = classes[lower.charCodeAt(i)]!;
        const cell = (state << shift) | c;
        let next = goto[cell]!;
        if (next === 0) {
          next = states++;
          goto[cell] = next;
          out.push(undefined);
          classOf[next] = c;
          nextSibling[next] = firstChild[state]!;
          firstChild[state] = next;
        }
        state = next;
      }
      (out[state] ??= []).push(id);
    });
    const fail = new Int32Array(states);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const inherited = out[fail[state]!];
      if (inherited) out[state] = [...(out[state] ?? []), ...inherited];
      for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
        const c = classOf[child]!;
        let f = fail[state]!;
        while (f !== 0 && goto[(f << shift) | c] === 0) f = fail[f]!;
        fail[child] = goto[(f << shift) | c]!;
        queue[tail++] = child;
      }
    }
    const edges = new Int32Array(states - 1);
    const targets = new Int32Array(states - 1);
    for (let cell = 0, k = 0; cell < goto.length; cell++) {
      if (goto[cell] !== 0) {
        edges[k] = cell;
        targets[k++] = goto[cell]!;
      }
    }
    this.delta = transitions(small, states, shift, edges, targets);
    this.edges = edges;
    this.targets = targets;
    this.fail = fail;
    this.classes = classes;
    this.shift = shift;
    const ends = new Uint8Array(states);
    for (let state = 0; state < states; state++) {
      const ids = out[state];
      if (ids) {
        ends[state] = 1;
        if (ids.length > 1) out[state] = [...new Set(ids)];
      }
    }
    this.outputs = out;
    this.ends = ends;
  }

  /**
   * The automaton as data, for the build to ship: the trie's edges (sorted by their cell in the
   * table of its parent), failure links and outputs; only for the same needles.
   */
  tables(): MatcherTables {
    const { edges, targets, shift, fail, delta } = this;
    const states = fail.length;
    const outputs: [number, number[]][] = [];
    this.outputs.forEach((ids, state) => ids && outputs.push([state, ids]));
    return {
      key: needlesKey(this.needles),
      small: delta instanceof Uint16Array,
      shift,
      states,
      classes: encode(this.classes),
      edges: encode(edges),
      targets: encode(targets),
      fail: encode(fail),
      outputs,
    };
  }

  /** Calls `onHit(value, start)` for every occurrence of every needle in `bytes[0, length)`. */
  scan(bytes: Uint8Array, length: number, onHit: (value: T, start: number) => void): void {
    const count = this.collect(bytes, length);
    const hits = this.hits;
    for (let k = 0; k < count; k++) onHit(this.needles[hits[2 * k]!]!.value, hits[2 * k + 1]!);
  }

  /**
   * Finds every occurrence in `bytes[0, length)` and returns how many there are; occurrence k is
   * needle `hits[2k]` (see valueOf) starting at `hits[2k + 1]`, until the next call. No callback
   * and no object per hit: most source files have no hit at all, and cost only the loop.
   */
  collect(bytes: Uint8Array, length: number): number {
    const { delta, outputs, classes, shift, lengths, ends } = this;
    let hits = this.hits;
    let count = 0;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const cell = (state << shift) | classes[bytes[i]!]!;
      const next = delta[cell]!;
      state = next !== 0 ? next - 1 : this.resolve(state, cell & ((1 << shift) - 1), cell);
      // a typed-array flag per state: most bytes end in a state where no needle ends
      if (ends[state] !== 0) {
        for (const id of outputs[state]!) {
          if (2 * count + 2 > hits.length) {
            const grown = new Int32Array(hits.length * 2);
            grown.set(hits);
            this.hits = hits = grown;
          }
          hits[2 * count] = id;
          hits[2 * count + 1] = i - lengths[id]! + 1;
          count++;
        }
      }
    }
    return count;
  }

  /** the value of needle `id` (an id from `hits`) */
  valueOf(id: number): T {
    return this.needles[id]!.value;
  }

  /** occurrences of the last collect: needle id, start; reused between calls */
  hits = new Int32Array(256);

  /**
   * The state after `state` reads class `c` where the trie has no edge (so `state` is not the root):
   * the state its failure links reach first that has a known transition on `c` (the root's are all
   * known) goes there; remembered in `delta`.
   */
  private resolve(state: number, c: number, cell: number): number {
    const { delta, fail, shift } = this;
    let s = state;
    let next: number; // + 1
    for (;;) {
      const at = (s << shift) | c;
      next = delta[at]!;
      if (next !== 0) break;
      const child = edgeAt(this.edges, this.targets, at);
      if (child !== 0) {
        next = child + 1;
        break;
      }
      s = fail[s]!; // s is not the root: its row is known
    }
    delta[cell] = next;
    return next - 1;
  }
}

/** The child the trie's edge at `cell` leads to, 0 when it has none. */
function edgeAt(edges: Int32Array, targets: Int32Array, cell: number): number {
  let low = 0;
  let high = edges.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = edges[mid]!;
    if (at === cell) return targets[mid]!;
    if (at < cell) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/** The transition table, empty but for the root's row (its edges; every other class leads back to the root). */
function transitions(small: boolean, states: number, shift: number, edges: Int32Array, targets: Int32Array): Uint16Array | Int32Array {
  const delta = small ? new Uint16Array(states << shift) : new Int32Array(states << shift);
  for (let c = 0; c < 1 << shift; c++) delta[c] = 1;
  // the root's edges come first: their cells are its classes, below 1 << shift
  for (let k = 0; k < edges.length && edges[k]! < 1 << shift; k++) delta[edges[k]!] = targets[k]! + 1;
  return delta;
}

/** A MultiMatcher's automaton as JSON (see MultiMatcher.tables); typed arrays as base64, little-endian. */
export interface MatcherTables {
  /** the needles the tables were made for, each lowercased, joined by NUL */
  key: string;
  /** state ids are 16-bit */
  small: boolean;
  shift: number;
  states: number;
  /** byte -> class (Uint8Array) */
  classes: string;
  /** the trie's edges: their cells (parent << shift | class), ascending (Int32Array) */
  edges: string;
  /** the state each edge leads to (Int32Array) */
  targets: string;
  /** per state, its failure link (Int32Array) */
  fail: string;
  /** the states where needles end, with the needle ids (failure links' included) */
  outputs: [number, number[]][];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const needlesKey = (needles: readonly { needle: string }[]): string => needles.map((n) => n.needle.toLowerCase()).join('\0');

const encode = (array: Uint8Array | Int32Array): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

/** A fresh, aligned copy of base64 `text`'s bytes. */
function decode(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
