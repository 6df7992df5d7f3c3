import { countPhrases, parsePattern, type PatternItem, type PatternNode, substituteMacros } from './pattern.js';
import type { CrisisCategory, CrisisLexicon, CrisisRule, DampenerScope, DampenerType, EscalatorType, RuleKind, SubjectPerson } from './types.js';
import { CRISIS_CATEGORIES } from './types.js';
import { normalizeWords, Sep, squeeze, TokFlag, Tokens, tokenize } from './text.js';
import { WordTable } from './token-table.js';

export interface CompiledRule {
  index: number;
  id: string;
  kind: RuleKind;
  category: CrisisCategory | undefined;
  /** 0 none … 3 high */
  sev: number;
  escalator: EscalatorType | undefined;
  /** Small number of the escalator type (-1 for other kinds): scoring sums weights per type in arrays. */
  escType: number;
  weight: number;
  dampener: DampenerType | undefined;
  scope: DampenerScope;
  gap: number;
  effect: 'suppress' | 'lower';
  blocks: ReadonlySet<DampenerType>;
  person: SubjectPerson | undefined;
  /** Bit mask over CRISIS_CATEGORIES. */
  applies: number;
  locale: string;
}

const SEV = { low: 1, medium: 2, high: 3 } as const;
export const ALL_CATEGORIES_MASK = (1 << CRISIS_CATEGORIES.length) - 1;
export function categoryBit(c: CrisisCategory): number {
  return 1 << CRISIS_CATEGORIES.indexOf(c);
}

const MAX_ACTIVE = 256;
/** New nodes `determinize` may make (each joins several nodes reached on one edge). */
const MAX_JOINED_NODES = 100_000;
const GAP_STRIDE = 4;
/** Longest gap whose dead states `match` leaves out: their places are counted in a ring of 16 lists. */
const MAX_SKIPPED_GAP = 14;
/** Token-trie node flags (in `Matcher.rec`): has outgoing transitions or an end, reports rules, has gap edges. */
const NODE_LIVE = 1;
const NODE_OUT = 2;
const NODE_GAPS = 4;
/** Only symbol edges (no number, gap or `$` edge): a state there dies on a token whose symbol misses its bloom. */
const NODE_SYMS_ONLY = 8;
/** One symbol edge, kept in the record (its symbol above the flags, its child in place of `base`): no table probe. */
const NODE_ONE = 16;
const NODE_BITS_SHIFT = 8;
/** Longest run of spelled-out letters considered, and longest word looked for inside it. */
const MAX_SPELLED = 64;
const MAX_WORD = 24;

/** The compiled matcher: a character trie from words to symbols and a token trie from symbols to rules. */
export class Matcher {
  readonly rules: CompiledRule[] = [];
  private readonly symbols = new Map<string, number>();
  // character trie (built with maps, packed into dense rows)
  private alpha = new Uint16Array(65536);
  private A = 0;
  private next: Int32Array = new Int32Array(0);
  /** Exact words by hash (the tokenizer's and `lookup`'s fast path); the trie serves prefixes and word breaks. */
  private table: WordTable | null = null;
  private emojiTable: WordTable | null = null;
  private wordId: Int32Array = new Int32Array(0);
  private prefixId: Int32Array = new Int32Array(0);
  private sNext: Int32Array = new Int32Array(0);
  private suffixId: Int32Array = new Int32Array(0);
  private hasSuffix = false;
  /** Emoji written in patterns: the emoji's word → its own symbol (an emoji token also carries the word's). */
  private readonly emojiSyms = new Map<string, number>();
  // token trie
  private rootDense: Int32Array = new Int32Array(0);
  /** symbol → child, or several children where alternations join (a small NFA). */
  private pEdges: (Map<number, number | number[]> | null)[] = [];
  /**
   * Edge tables, one per node with symbol edges: interleaved [symbol, child] pairs (symbol -1 = empty slot), a
   * node's 2^bits slots from its `base` on; child < -1 points into `multi` (several children): -2 - offset.
   */
  private eTab = new Int32Array(0);
  /**
   * Per token-trie node, one 16-byte record (one cache line for all a step needs): [stamp, bloom, flags, base].
   * stamp: last token index (+ base) the node was entered at; bloom: bit (sym & 31) set for each symbol edge, so
   * most missing edges are rejected without a probe; flags: NODE_LIVE | NODE_OUT | NODE_GAPS | NODE_SYMS_ONLY, and the
   * size of its edge table as bits << NODE_BITS_SHIFT; base: where its edge table starts in `eTab` (in slots). With
   * NODE_ONE, the symbol of its only edge << NODE_BITS_SHIFT and, in place of base, that edge's child.
   */
  private rec = new Int32Array(0);
  /** Children of the edges that lead to several nodes (after alternations): [count, node…] from each offset. */
  private multi = new Int32Array(0);
  /**
   * Per node with gap edges: offset in `gapList` of [count, (node, max, bloom, may skip)…] (GAP_STRIDE per gap node),
   * so pushing a node reads no objects and not the gap node's record. may skip: 1 when the gap node has only symbol
   * edges and a gap of at most MAX_SKIPPED_GAP, so that `match` may leave it out where no token can move it on.
   */
  private gapAt = new Int32Array(0);
  private gapList = new Int32Array(0);
  /** Per node that ends rules: offset in `outList` of [count, rule…] (no array object read per match). */
  private outAt = new Int32Array(0);
  private outList = new Int32Array(0);
  private pNum: ({ min: number; max: number; node: number }[] | null)[] = [];
  private pGap: ({ max: number; node: number }[] | null)[] = [];
  private pEnd: number[] = [];
  /** `pEnd` as a typed array, for the matching loop. */
  private endOf = new Int32Array(0);
  private pOut: (number[] | null)[] = [];
  private boundarySym = new Uint8Array(0);
  phrases = 0;
  trieNodes = 0;

  constructor(lexicons: CrisisLexicon[]) {
    const buildChar: Map<number, number>[] = [new Map<number, number>()];
    const buildWord: number[] = [-1];
    const buildPrefix: number[] = [-1];
    const buildS: Map<number, number>[] = [new Map<number, number>()];
    const buildSuffix: number[] = [-1];
    const chars = new Set<number>();

    const symbolFor = (key: string): number => {
      let id = this.symbols.get(key);
      if (id === undefined) {
        id = this.symbols.size;
        this.symbols.set(key, id);
      }
      return id;
    };
    const insert = (trie: Map<number, number>[], marks: number[], others: number[][], word: string, id: number, reverse: boolean): void => {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(reverse ? word.length - 1 - k : k);
        chars.add(c);
        let child = trie[node].get(c);
        if (child === undefined) {
          child = trie.length;
          trie.push(new Map<number, number>());
          marks.push(-1);
          for (const o of others) o.push(-1);
          trie[node].set(c, child);
        }
        node = child;
      }
      if (marks[node] < 0) marks[node] = id;
    };
    const suffixWords: string[] = [];
    const symbolOf = (item: PatternItem & { k: 'w' }): number => {
      const key = `${item.mode === 'emoji' ? 'm' : item.mode[0]}:${item.word}`;
      const known = this.symbols.has(key);
      const id = symbolFor(key);
      if (!known) {
        if (item.mode === 'emoji') this.emojiSyms.set(item.word, id);
        else if (item.mode === 'exact') insert(buildChar, buildWord, [buildPrefix], item.word, id, false);
        else if (item.mode === 'prefix') insert(buildChar, buildPrefix, [buildWord], item.word, id, false);
        else {
          insert(buildS, buildSuffix, [], item.word, id, true);
          suffixWords.push(item.word);
          this.hasSuffix = true;
        }
      }
      return id;
    };

    // token graph: a trie where patterns share prefixes, with shared join nodes after alternations (a trie step
    // never extends a join node: only the build reads which nodes are joins)
    const joins: boolean[] = [];
    const newNode = (isJoin: boolean): number => {
      this.pEdges.push(null);
      this.pNum.push(null);
      this.pGap.push(null);
      this.pEnd.push(-1);
      this.pOut.push(null);
      joins.push(isJoin);
      return this.pEdges.length - 1;
    };
    newNode(false);
    const boundaries = new Set<number>();
    const addEdge = (from: number, sym: number, to: number): void => {
      const edges = (this.pEdges[from] ??= new Map<number, number | number[]>());
      const cur = edges.get(sym);
      if (cur === undefined) edges.set(sym, to);
      else if (typeof cur === 'number') {
        if (cur !== to) edges.set(sym, [cur, to]);
      } else if (!cur.includes(to)) cur.push(to);
    };
    const step = (from: number[], item: PatternItem): number[] => {
      if (item.k === 'end') {
        return from.map((f) => {
          if (this.pEnd[f] < 0) this.pEnd[f] = newNode(false);
          return this.pEnd[f];
        });
      }
      if (from.length > 1 && from.includes(0)) {
        // the root stays deterministic (one state per first word): step from it as a trie, join the others
        const rest = from.filter((f) => f !== 0);
        return [...step([0], item), ...step(rest, item)];
      }
      if (from.length === 1) {
        // plain trie step: reuse a child that only this path reaches
        const f = from[0];
        if (item.k === 'w') {
          const sym = symbolOf(item);
          const cur = this.pEdges[f]?.get(sym);
          if (typeof cur === 'number' && !joins[cur]) return [cur];
          const child = newNode(false);
          addEdge(f, sym, child);
          return [child];
        }
        if (item.k === 'num') {
          const list = (this.pNum[f] ??= []);
          const e = list.find((x) => x.min === item.min && x.max === item.max && !joins[x.node]);
          if (e) return [e.node];
          const child = newNode(false);
          list.push({ min: item.min, max: item.max, node: child });
          return [child];
        }
        const list = (this.pGap[f] ??= []);
        const e = list.find((x) => x.max === item.max && !joins[x.node]);
        if (e) return [e.node];
        const child = newNode(false);
        list.push({ max: item.max, node: child });
        return [child];
      }
      const join = newNode(true);
      for (const f of from) {
        if (item.k === 'w') addEdge(f, symbolOf(item), join);
        else if (item.k === 'num') (this.pNum[f] ??= []).push({ min: item.min, max: item.max, node: join });
        else (this.pGap[f] ??= []).push({ max: item.max, node: join });
      }
      return [join];
    };
    const build = (node: PatternNode, from: number[]): number[] => {
      switch (node.t) {
        case 'atom':
          return node.items.reduce((acc, item) => step(acc, item), from);
        case 'seq':
          return node.items.reduce((acc, item) => build(item, acc), from);
        case 'alt': {
          const out = new Set<number>(node.optional ? from : []);
          for (const o of node.options) for (const n of build(o, from)) out.add(n);
          return [...out];
        }
      }
    };

    for (const lx of lexicons) {
      const macros = lx.macros ?? {};
      for (const rule of lx.rules) {
        const cr = compileRule(rule, this.rules.length);
        this.rules.push(cr);
        for (const p of rule.patterns) {
          const ast = parsePattern(substituteMacros(p, macros));
          this.phrases += countPhrases(ast);
          for (const end of build(ast, [0])) {
            const out = (this.pOut[end] ??= []);
            if (!out.includes(cr.index)) out.push(cr.index);
          }
          if (rule.kind === 'boundary') {
            this.pEdges[0]?.forEach((child, sym) => {
              if (typeof child === 'number' && this.pOut[child]?.includes(cr.index)) boundaries.add(sym);
            });
          }
        }
      }
    }

    // aliases and fuzzy variants read as the word they stand for
    const exactWords = new Set<string>();
    for (const key of this.symbols.keys()) if (key.startsWith('e:')) exactWords.add(key.slice(2));
    for (const lx of lexicons) {
      for (const [from, to] of Object.entries(lx.aliases ?? {})) {
        const f = normalizeWords(from);
        const t = normalizeWords(to);
        if (f.length !== 1 || t.length !== 1) continue;
        const id = this.symbols.get(`e:${t[0].word}`);
        if (id !== undefined && !exactWords.has(f[0].word)) insert(buildChar, buildWord, [buildPrefix], f[0].word, id, false);
      }
      for (const w of lx.fuzzy ?? []) {
        const n = normalizeWords(w);
        if (n.length !== 1 || n[0].word.length < 6) continue;
        const word = n[0].word;
        const id = this.symbols.get(`e:${word}`);
        if (id === undefined) continue;
        for (const v of variants(word)) if (!exactWords.has(v)) insert(buildChar, buildWord, [buildPrefix], v, id, false);
      }
    }

    // pack the character tries
    const cols = [...chars].sort((a, b) => a - b);
    this.A = cols.length + 1;
    cols.forEach((c, i) => (this.alpha[c] = i + 1));
    const pack = (trie: Map<number, number>[]): Int32Array => {
      const rows = new Int32Array(trie.length * this.A).fill(-1);
      trie.forEach((m, node) => m.forEach((child, c) => (rows[node * this.A + this.alpha[c] - 1] = child)));
      return rows;
    };
    this.next = pack(buildChar);
    this.wordId = Int32Array.from(buildWord);
    this.prefixId = Int32Array.from(buildPrefix);
    {
      // every word of the character trie, with the symbol the trie gives it
      const words = new Map<string, number>();
      const prefixes: string[] = [];
      const stack: [number, string][] = [[0, '']];
      while (stack.length > 0) {
        const [node, word] = stack.pop() as [number, string];
        if (buildWord[node] >= 0) words.set(word, buildWord[node]);
        if (buildPrefix[node] >= 0) prefixes.push(word);
        buildChar[node].forEach((child, c) => stack.push([child, word + String.fromCharCode(c)]));
      }
      this.table = new WordTable(words, prefixes, suffixWords);
    }
    this.sNext = pack(buildS);
    this.suffixId = Int32Array.from(buildSuffix);
    this.trieNodes = buildChar.length + buildS.length;

    this.determinize();
    this.minimize();
    this.renumber();

    // Each node's edges in an open-addressing table of its own, the tables laid out one after another in `eTab`:
    // a probe stays inside its node's table, so the edges of the few nodes that most tokens go through (after
    // "i", "my", "to") stay in cache instead of being scattered over one table of all edges.
    const rec = new Int32Array(4 * this.pEdges.length);
    let slots = 0;
    const bitsOf = (edges: number): number => {
      let bits = 1;
      while (1 << bits < 2 * edges) bits++;
      return bits;
    };
    for (const m of this.pEdges) if (m !== null && m.size > 1) slots += 1 << bitsOf(m.size);
    this.eTab = new Int32Array(2 * slots).fill(-1);
    const multi: number[] = [];
    const multiOf = (children: number[]): number => {
      multi.push(children.length, ...children);
      return -2 - (multi.length - children.length - 1);
    };
    let at = 0;
    this.pEdges.forEach((m, node) => {
      if (m === null) return;
      if (m.size === 1) {
        m.forEach((child, sym) => {
          rec[4 * node + 1] = 1 << (sym & 31);
          rec[4 * node + 2] = (sym << NODE_BITS_SHIFT) | NODE_ONE;
          rec[4 * node + 3] = typeof child === 'number' ? child : multiOf(child);
        });
        return;
      }
      const bits = bitsOf(m.size);
      rec[4 * node + 3] = at;
      rec[4 * node + 2] = bits << NODE_BITS_SHIFT;
      m.forEach((child, sym) => {
        rec[4 * node + 1] |= 1 << (sym & 31);
        let h = Math.imul(sym, 0x9e3779b1) >>> (32 - bits);
        while (this.eTab[2 * (at + h)] !== -1) h = (h + 1) & ((1 << bits) - 1);
        this.eTab[2 * (at + h)] = sym;
        this.eTab[2 * (at + h) + 1] = typeof child === 'number' ? child : multiOf(child);
      });
      at += 1 << bits;
    });
    this.rootDense = new Int32Array(this.symbols.size).fill(-1);
    this.pEdges[0]?.forEach((child, sym) => (this.rootDense[sym] = typeof child === 'number' ? child : multiOf(child)));
    this.multi = Int32Array.from(multi);
    const gaps: number[] = [];
    this.gapAt = new Int32Array(this.pEdges.length).fill(-1);
    this.pGap.forEach((list, node) => {
      if (list === null) return;
      this.gapAt[node] = gaps.length;
      gaps.push(list.length);
      for (const g of list) {
        const symsOnly = this.pEdges[g.node] !== null && this.pNum[g.node] === null && this.pGap[g.node] === null && this.pEnd[g.node] < 0;
        gaps.push(g.node, g.max, rec[4 * g.node + 1], symsOnly && g.max <= MAX_SKIPPED_GAP ? 1 : 0);
      }
    });
    this.gapList = Int32Array.from(gaps);
    this.endOf = Int32Array.from(this.pEnd);
    const outs: number[] = [];
    this.outAt = new Int32Array(this.pEdges.length).fill(-1);
    this.pOut.forEach((list, node) => {
      if (list === null) return;
      this.outAt[node] = outs.length;
      outs.push(list.length, ...list);
    });
    this.outList = Int32Array.from(outs);
    for (let i = 0; i < this.pEdges.length; i++) {
      const live = this.pEdges[i] !== null || this.pNum[i] !== null || this.pGap[i] !== null || this.pEnd[i] >= 0;
      rec[4 * i] = -1;
      rec[4 * i + 2] |= (live ? NODE_LIVE : 0) | (this.pOut[i] !== null ? NODE_OUT : 0) | (this.pGap[i] !== null ? NODE_GAPS : 0);
      if (this.pEdges[i] !== null && this.pNum[i] === null && this.pGap[i] === null && this.pEnd[i] < 0) rec[4 * i + 2] |= NODE_SYMS_ONLY;
    }
    this.rec = rec;
    this.boundarySym = new Uint8Array(this.symbols.size);
    for (const s of boundaries) this.boundarySym[s] = 1;
  }

  /**
   * Merges the nodes of the token graph that have the same future: the same rules ending there, and edges (words,
   * numbers, gaps, `$`) on the same labels to merged nodes, as in a minimal acyclic automaton. The trie shares
   * prefixes; this shares suffixes (the English graph, joined by `determinize`: about 4× fewer nodes than the trie),
   * so the records and edge tables a scan reads stay in cache. Matches do not change: `match` enters a node once per token, and of two states that reach
   * one merged node, the first in the list has the earlier start, so it reports every match the other would have,
   * and longer (the matcher keeps the longest match per rule and end token anyway).
   */
  private minimize(): void {
    const count = this.pEdges.length;
    const childrenOf = (node: number): number[] => {
      const out: number[] = [];
      this.pEdges[node]?.forEach((child) => (typeof child === 'number' ? out.push(child) : out.push(...child)));
      for (const e of this.pNum[node] ?? []) out.push(e.node);
      for (const g of this.pGap[node] ?? []) out.push(g.node);
      if (this.pEnd[node] >= 0) out.push(this.pEnd[node]);
      return out;
    };
    // classes children first (depth-first post-order; the graph has no cycles: a gap is a counted edge, not a loop)
    const cls = new Int32Array(count).fill(-1);
    /** key hash → the classes with that hash and their keys */
    const classes = new Map<number, { key: number[]; cls: number }[]>();
    const firstOf: number[] = [];
    const seen = new Uint8Array(count);
    const kids: (number[] | undefined)[] = [];
    const nextKid = new Int32Array(count);
    const stack = [0];
    seen[0] = 1;
    while (stack.length > 0) {
      const node = stack[stack.length - 1];
      const list = (kids[node] ??= childrenOf(node));
      if (nextKid[node] < list.length) {
        const child = list[nextKid[node]++];
        if (seen[child] === 0) {
          seen[child] = 1;
          stack.push(child);
        }
        continue;
      }
      stack.pop();
      // the node's future as numbers, each part led by its length: edges by symbol, numbers, gaps, `$`, rules
      const key: number[] = [];
      const symEdges = this.pEdges[node];
      key.push(symEdges?.size ?? 0);
      if (symEdges !== null) {
        for (const sym of [...symEdges.keys()].sort((a, b) => a - b)) {
          const child = symEdges.get(sym) as number | number[];
          const to = typeof child === 'number' ? [cls[child]] : distinctSorted(child.map((c) => cls[c]));
          key.push(sym, to.length, ...to);
        }
      }
      const nums = distinctTriples((this.pNum[node] ?? []).map((e) => [e.min, e.max, cls[e.node]]));
      const gaps = distinctTriples((this.pGap[node] ?? []).map((g) => [g.max, cls[g.node], 0]));
      key.push(nums.length, ...nums, gaps.length, ...gaps, this.pEnd[node] >= 0 ? cls[this.pEnd[node]] : -1);
      const outs = distinctSorted(this.pOut[node] ?? []);
      key.push(outs.length, ...outs);
      let h = key.length;
      for (const x of key) h = Math.imul(h ^ x, 0x01000193);
      const bucket = classes.get(h) ?? [];
      let c = bucket.find((known) => known.key.length === key.length && known.key.every((x, i) => x === key[i]))?.cls;
      if (c === undefined) {
        c = firstOf.length;
        bucket.push({ key, cls: c });
        classes.set(h, bucket);
        firstOf.push(node);
      }
      cls[node] = c;
    }
    // one node per class, numbered by class with the root's first (`renumber` then orders them breadth first)
    const rootClass = cls[0];
    const id = (node: number): number => (cls[node] === rootClass ? 0 : cls[node] < rootClass ? cls[node] + 1 : cls[node]);
    const order = new Array<number>(firstOf.length);
    firstOf.forEach((node) => (order[id(node)] = node));
    const edges = (m: Map<number, number | number[]> | null): Map<number, number | number[]> | null => {
      if (m === null) return null;
      const out = new Map<number, number | number[]>();
      m.forEach((child, sym) => {
        const to = typeof child === 'number' ? [id(child)] : [...new Set(child.map(id))];
        out.set(sym, to.length === 1 ? to[0] : to);
      });
      return out;
    };
    this.pEdges = order.map((old) => edges(this.pEdges[old]));
    // two edges that now lead to one node are one edge
    const renumbered = <T extends { node: number }>(list: T[] | null, same: (a: T, b: T) => boolean): T[] | null =>
      list === null ? null : distinctBy(list.map((e) => ({ ...e, node: id(e.node) })), same);
    this.pNum = order.map((old) => renumbered(this.pNum[old], sameNumEdge));
    this.pGap = order.map((old) => renumbered(this.pGap[old], sameGapEdge));
    this.pEnd = order.map((old) => (this.pEnd[old] >= 0 ? id(this.pEnd[old]) : -1));
    this.pOut = order.map((old) => this.pOut[old]);
  }

  /**
   * Replaces each edge to several nodes (alternations join at shared nodes, so after "i am" a post stood on two dozen
   * nodes at once) by an edge to one node that does what they all do: their word edges joined the same way, their
   * numbers, gaps (those of one length joined too), `$` edges and rules (a subset construction). The states they
   * stood for all had the same start, so one state does their work: the matches are the same. Bounded: past
   * MAX_JOINED_NODES new nodes, the remaining edges keep their several children.
   */
  private determinize(): void {
    const joined = new Map<string, number>();
    const limit = this.pEdges.length + MAX_JOINED_NODES;
    const joinGaps = (gaps: { max: number; node: number }[]): { max: number; node: number }[] => {
      const byGap = new Map<number, number[]>();
      for (const g of gaps) byGap.set(g.max, [...(byGap.get(g.max) ?? []), g.node]);
      const out: { max: number; node: number }[] = [];
      byGap.forEach((children, max) => {
        const to = join(children);
        for (const child of typeof to === 'number' ? [to] : to) out.push({ max, node: child });
      });
      return out;
    };
    const join = (members: number[]): number | number[] => {
      const set = [...new Set(members)].sort((a, b) => a - b);
      if (set.length === 1) return set[0];
      const key = set.join(',');
      const known = joined.get(key);
      if (known !== undefined) return known;
      if (this.pEdges.length >= limit) return set;
      const bySym = new Map<number, number[]>();
      const gaps: { max: number; node: number }[] = [];
      const nums: { min: number; max: number; node: number }[] = [];
      const ends: number[] = [];
      const outs = new Set<number>();
      for (const m of set) {
        this.pEdges[m]?.forEach((child, sym) => bySym.set(sym, [...(bySym.get(sym) ?? []), ...(typeof child === 'number' ? [child] : child)]));
        gaps.push(...(this.pGap[m] ?? []));
        nums.push(...(this.pNum[m] ?? []));
        if (this.pEnd[m] >= 0) ends.push(this.pEnd[m]);
        for (const r of this.pOut[m] ?? []) outs.add(r);
      }
      // a `$` edge leads to one node: when the ends cannot be joined (past the bound), the members stay apart
      const end = ends.length === 0 ? -1 : join(ends);
      if (typeof end !== 'number') return set;
      let edges: Map<number, number | number[]> | null = null;
      if (bySym.size > 0) {
        edges = new Map<number, number | number[]>();
        for (const [sym, children] of bySym) edges.set(sym, join(children));
      }
      const gapEdges = gaps.length > 0 ? joinGaps(gaps) : null;
      // the node is added after its children (joining them adds nodes)
      const node = this.pEdges.length;
      this.pEdges.push(edges);
      this.pNum.push(nums.length > 0 ? distinctBy(nums, sameNumEdge) : null);
      this.pGap.push(gapEdges);
      this.pEnd.push(end);
      this.pOut.push(outs.size > 0 ? [...outs].sort((a, b) => a - b) : null);
      joined.set(key, node);
      return node;
    };
    const count = this.pEdges.length;
    for (let node = 0; node < count; node++) {
      this.pEdges[node]?.forEach((child, sym, edges) => {
        if (typeof child !== 'number') edges.set(sym, join(child));
      });
      const gaps = this.pGap[node];
      if (gaps !== null && new Set(gaps.map((g) => g.max)).size < gaps.length) this.pGap[node] = joinGaps(gaps);
    }
  }

  /**
   * Renumbers the token graph breadth first, so the nodes most tokens reach (one or two words from the root) have
   * neighbouring records and edge tables: in pattern order they were spread over the whole graph, and the
   * matcher's probes missed the cache. Matching does not depend on node numbers.
   */
  private renumber(): void {
    const count = this.pEdges.length;
    const order: number[] = [0];
    const id = new Int32Array(count).fill(-1);
    id[0] = 0;
    const visit = (node: number): void => {
      if (id[node] < 0) {
        id[node] = order.length;
        order.push(node);
      }
    };
    for (let k = 0; k < order.length; k++) {
      const node = order[k];
      this.pEdges[node]?.forEach((child) => (typeof child === 'number' ? visit(child) : child.forEach(visit)));
      for (const e of this.pNum[node] ?? []) visit(e.node);
      for (const g of this.pGap[node] ?? []) visit(g.node);
      if (this.pEnd[node] >= 0) visit(this.pEnd[node]);
    }
    // nodes no pattern reaches (none today) keep a number after the others
    for (let node = 0; node < count; node++) visit(node);
    const edges = (m: Map<number, number | number[]> | null): Map<number, number | number[]> | null => {
      if (m === null) return null;
      const out = new Map<number, number | number[]>();
      m.forEach((child, sym) => out.set(sym, typeof child === 'number' ? id[child] : child.map((c) => id[c])));
      return out;
    };
    this.pEdges = order.map((old) => edges(this.pEdges[old]));
    this.pNum = order.map((old) => this.pNum[old]?.map((e) => ({ ...e, node: id[e.node] })) ?? null);
    this.pGap = order.map((old) => this.pGap[old]?.map((g) => ({ ...g, node: id[g.node] })) ?? null);
    this.pEnd = order.map((old) => (this.pEnd[old] >= 0 ? id[this.pEnd[old]] : -1));
    this.pOut = order.map((old) => this.pOut[old]);
  }

  get words(): number {
    return this.symbols.size;
  }
  get phraseNodes(): number {
    return this.pEdges.length;
  }

  /** Exact symbol of the squeezed normalized chars norm[from, to), or -1; prefix symbols go to `extra`. */
  private lookup(norm: Uint16Array, from: number, to: number, extra: number[] | null): number {
    const A = this.A;
    const next = this.next;
    const alpha = this.alpha;
    const prefixId = this.prefixId;
    let node = 0;
    let prev = -1;
    for (let j = from; j < to; j++) {
      const c = norm[j];
      if (c === prev && (c < 48 || c > 57)) continue;
      prev = c;
      const col = alpha[c];
      if (col === 0) return -1;
      node = next[node * A + col - 1];
      if (node < 0) return -1;
      if (prefixId[node] >= 0) {
        if (extra !== null) extra.push(prefixId[node]);
        else if (this.nExtra < 8) this.extraBuf[this.nExtra++] = prefixId[node];
      }
    }
    return this.wordId[node];
  }

  private suffixes(norm: Uint16Array, from: number, to: number): void {
    const A = this.A;
    let node = 0;
    let prev = -1;
    for (let j = to - 1; j >= from; j--) {
      const c = norm[j];
      if (c === prev && (c < 48 || c > 57)) continue;
      prev = c;
      const col = this.alpha[c];
      if (col === 0) return;
      node = this.sNext[node * A + col - 1];
      if (node < 0) return;
      if (this.suffixId[node] >= 0 && this.nExtra < 8) this.extraBuf[this.nExtra++] = this.suffixId[node];
    }
  }

  /**
   * Splits `len` single letters at norm[from…] into the fewest lexicon words, all of them known; null if it
   * cannot. Returns the end offsets (relative, exclusive) of the words.
   */
  private wordBreak(norm: Uint16Array, from: number, len: number): number[] | null {
    const best = new Int32Array(len + 1).fill(0x7fffffff);
    const prev = new Int32Array(len + 1).fill(-1);
    best[0] = 0;
    for (let a = 0; a < len; a++) {
      if (best[a] === 0x7fffffff) continue;
      let dups = 0;
      // walk the character trie once from a, extending the word one letter at a time
      let node = 0;
      let last = -1;
      for (let b = a + 1; b <= len && b - a <= MAX_WORD; b++) {
        const c = norm[from + b - 1];
        if (c === last && (c < 48 || c > 57)) dups++;
        else {
          last = c;
          const col = this.alpha[c];
          node = col === 0 ? -1 : this.next[node * this.A + col - 1];
          if (node < 0) break;
        }
        // fewest words first, then fewest squeezed letters ("want to", not "wan tto")
        const cost = best[a] + 1000 + dups;
        if (cost < best[b] && this.wordId[node] >= 0) {
          best[b] = cost;
          prev[b] = a;
        }
      }
    }
    if (best[len] === 0x7fffffff || Math.floor(best[len] / 1000) === len) return null;
    const cuts: number[] = [];
    for (let b = len; b > 0; b = prev[b]) cuts.push(b);
    return cuts.reverse();
  }

  /**
   * Joins spaced or dotted letters ("k.m.s", "s l e e p") and split words ("un-alive", "su.icide") into one
   * token when the joined word is in the lexicon.
   */
  /** Maximal run of single letters around the current merge position, and what words can start in it. */
  private runFirst = -1;
  private runLast = -1;
  private runWalked = false;
  private readonly mergeExtra: number[] = [];
  /** Per letter a of the run (relative): end (exclusive) of the longest lexicon word starting at a, or -1. */
  private runMaxEnd = new Int32Array(0);
  /** Per letter a: end of the shortest lexicon word of two or more letters starting at a, or 0x7fffffff. */
  private runMinEnd2 = new Int32Array(0);
  /** Per letter x: the first letter at or after x that no lexicon word of the run covers (run length if none). */
  private runNextDead = new Int32Array(0);

  /**
   * True when the letters of tokens i…j surely cannot be split into lexicon words with at least one word of two
   * letters or more, which is when `wordBreak` returns null: a letter no word covers, or no such word inside.
   * Computed once per run of letters (one trie walk per letter), so a long spelled-out run is not re-walked from
   * every letter; windows it cannot decide go to `wordBreak`, whose answer is the only one used.
   */
  private cannotBreak(t: Tokens, i: number, j: number): boolean {
    if (!this.runWalked) this.walkRun(t);
    const first = this.runFirst;
    const a0 = i - first;
    const e = j - first + 1;
    if (this.runNextDead[a0] < e) return true;
    const minEnd2 = this.runMinEnd2;
    for (let a = a0; a <= e - 2; a++) if (minEnd2[a] <= e) return false;
    return true;
  }

  /** The run of single letters that starts at token i (it continues while letters follow without a boundary). */
  private findRun(t: Tokens, i: number): void {
    const n = t.count;
    const single = TokFlag.Single | TokFlag.Number | TokFlag.Emoji;
    let r = i;
    while (r + 1 < n && (t.flags[r + 1] & single) === TokFlag.Single && t.brk[r + 1] === 0) r++;
    this.runFirst = i;
    this.runLast = r;
    this.runWalked = false;
  }

  private walkRun(t: Tokens): void {
    const i = this.runFirst;
    const len = this.runLast - i + 1;
    this.runWalked = true;
    if (this.runMaxEnd.length < len + 1) {
      const cap = Math.max(len + 1, this.runMaxEnd.length * 2);
      this.runMaxEnd = new Int32Array(cap);
      this.runMinEnd2 = new Int32Array(cap);
      this.runNextDead = new Int32Array(cap);
    }
    const norm = t.norm;
    const from = t.normOff[i];
    const alpha = this.alpha;
    const next = this.next;
    const wordId = this.wordId;
    const A = this.A;
    // the same walk as wordBreak's, over the whole run
    for (let a = 0; a < len; a++) {
      let maxEnd = -1;
      let minEnd2 = 0x7fffffff;
      let node = 0;
      let last = -1;
      for (let b = a + 1; b <= len && b - a <= MAX_WORD; b++) {
        const c = norm[from + b - 1];
        if (!(c === last && (c < 48 || c > 57))) {
          last = c;
          const col = alpha[c];
          node = col === 0 ? -1 : next[node * A + col - 1];
          if (node < 0) break;
        }
        if (wordId[node] >= 0) {
          maxEnd = b;
          if (b - a >= 2 && minEnd2 === 0x7fffffff) minEnd2 = b;
        }
      }
      this.runMaxEnd[a] = maxEnd;
      this.runMinEnd2[a] = minEnd2;
    }
    const nextDead = this.runNextDead;
    nextDead[len] = len;
    // letters covered by some word: reach = furthest end of the words starting at or before x
    let reach = -1;
    for (let x = 0; x < len; x++) {
      if (this.runMaxEnd[x] > reach) reach = this.runMaxEnd[x];
      nextDead[x] = reach <= x ? x : -1;
    }
    for (let x = len - 1; x >= 0; x--) if (nextDead[x] < 0) nextDead[x] = nextDead[x + 1];
  }

  private merge(t: Tokens): void {
    if (t.joiners === 0 && !t.spelled) return;
    this.runFirst = -1;
    this.runLast = -1;
    const n = t.count;
    let w = 0;
    let i = 0;
    while (i < n) {
      let j = i;
      let merged = false;
      if ((t.flags[i] & (TokFlag.Single | TokFlag.Number | TokFlag.Emoji)) === TokFlag.Single) {
        // the run of single letters from i (found once per run, not once per letter)
        if (i < this.runFirst || i > this.runLast) this.findRun(t, i);
        j = Math.min(this.runLast, i + MAX_SPELLED);
        if (j - i >= 2) {
          const extra = this.mergeExtra;
          extra.length = 0;
          merged = this.lookup(t.norm, t.normOff[i], t.normOff[j] + t.normLen[j], extra) >= 0 || extra.length > 0;
          if (!merged) {
            // letters spelled out with spaces ("i w a n t  t o  d i e"): split them into lexicon words
            const cuts = this.cannotBreak(t, i, j) ? null : this.wordBreak(t.norm, t.normOff[i], j - i + 1);
            if (cuts !== null) {
              let a = 0;
              for (const b of cuts) {
                t.start[w] = t.start[i + a];
                t.end[w] = t.end[i + b - 1];
                t.normOff[w] = t.normOff[i + a];
                t.normLen[w] = b - a;
                t.flags[w] = (t.flags[i] & TokFlag.Quoted) | TokFlag.Merged | (b - a === 1 ? TokFlag.Single : 0);
                t.sep[w] = t.sep[i + a];
                t.brk[w] = t.brk[i + a];
                t.num[w] = NaN;
                t.sym[w] = -2;
                w++;
                a = b;
              }
              i = j + 1;
              continue;
            }
            j = i;
          }
        } else j = i;
      }
      if (!merged) {
        j = i;
        while (j + 1 < n && j - i < 4 && t.sep[j + 1] === Sep.Joiner && t.brk[j + 1] === 0 && (t.flags[j + 1] & TokFlag.Emoji) === 0) j++;
        // "un-alive", "over-dose", "su.icide": joined when the whole is a lexicon word ("self-harm" is not: it stays two)
        if (j > i && this.lookup(t.norm, t.normOff[i], t.normOff[j] + t.normLen[j], null) >= 0) merged = true;
        if (!merged) j = i;
      }
      t.start[w] = t.start[i];
      t.end[w] = t.end[j];
      t.normOff[w] = t.normOff[i];
      t.normLen[w] = t.normOff[j] + t.normLen[j] - t.normOff[i];
      t.flags[w] = merged ? (t.flags[i] & TokFlag.Quoted) | TokFlag.Merged : t.flags[i];
      t.hash[w] = t.hash[i];
      t.sep[w] = t.sep[i];
      t.brk[w] = t.brk[i];
      t.num[w] = t.num[i];
      t.sym[w] = merged ? -2 : t.sym[i];
      w++;
      i = j + 1;
    }
    t.count = w;
  }

  /**
   * Partial matches, two lists of up to MAX_ACTIVE states in one buffer (the current one and the next token's,
   * swapped by offset): [node, start token, tokens left in a gap, bloom of the node] per state.
   */
  private readonly st = new Int32Array(2 * 4 * MAX_ACTIVE);
  private stampBase = 0;
  private lastCount = 0;
  private syms = new Int32Array(16);
  private nExtra = 0;
  private extraBuf = new Int32Array(8);
  /** Matches of the last run: [rule, startToken, endToken] × rawLen. */
  raw = new Int32Array(3 * 256);
  rawLen = 0;
  private allowed: Uint8Array | null = null;

  /**
   * Tokenizes and matches into `raw`: flat triples [rule, startToken, endToken] (rawLen of them).
   * `allowed[rule]` = 0 skips a rule (locale filter). Linear: at most MAX_ACTIVE partial matches per token.
   */
  run(text: string, t: Tokens, allowed: Uint8Array | null): void {
    if (t.words !== this.table) t.words = this.table;
    tokenize(text, t);
    this.merge(t);
    this.allowed = allowed;
    // without dead gap states, unless a list would have been full: then their places count, and the post is
    // matched again with every state written
    if (!this.match(t, true)) this.match(t, false);
    this.allowed = null;
  }

  /**
   * Bloom bits of each token's symbols, from `match`'s point of view: 1 << (sym & 31) for a token with one known
   * symbol, 0 for none, -1 when it may have several or a number (tokens beyond the last read 0).
   */
  private tokBits = new Int32Array(64);
  /** Places taken by dead gap states in the lists of the next tokens (by token index & 15), ×4 like `skipped`. */
  private readonly phantom = new Int32Array(16);

  /**
   * Matches the tokens into `raw`. With `skipDead`, a gap state that no token of its gap can move on (its node has
   * only symbol edges, none for any token before the gap ends or the clause breaks) is not written, only counted in
   * the lists it would have been copied to (most gap states on posts: 2.5 → 1.1 states per token on the bench
   * corpus); returns false when a list reached MAX_ACTIVE, where which states are kept depends on their order in
   * the list, so the caller matches again with every state written. True otherwise.
   */
  private match(t: Tokens, skipDead: boolean): boolean {
    this.rawLen = 0;
    const n = t.count;
    const syms = this.syms;
    // stamp[node] = base + token index: a node is entered once per token (no clearing between posts)
    if (this.stampBase > 0x3fffffff - t.count) {
      for (let r = 0; r < this.rec.length; r += 4) this.rec[r] = -1;
      this.stampBase = 0;
    }
    this.stampBase += this.lastCount + 1;
    this.lastCount = t.count;
    if (this.tokBits.length < n + 1) this.tokBits = new Int32Array(2 * n + 1);

    // what the per-token loop reads, as locals (fields are read again only on rare paths: lookups, matches, numbers)
    const st = this.st;
    const eTab = this.eTab;
    const rec = this.rec;
    const rootDense = this.rootDense;
    const boundarySym = this.boundarySym;
    const multi = this.multi;
    const gapAt = this.gapAt;
    const gapList = this.gapList;
    const pNum = this.pNum;
    const tSym = t.sym;
    const tFlags = t.flags;
    const tBrk = t.brk;
    // an emoji token also carries the emoji's own symbol when a pattern names that emoji
    const emojiFlag = this.emojiSyms.size > 0 ? TokFlag.Emoji : 0;
    const stampBase = this.stampBase;
    const tokBits = this.tokBits;
    for (let k = 0; k < n; k++) {
      const ns = tSym[k];
      tokBits[k] = ns === -2 || (tFlags[k] & (TokFlag.Number | emojiFlag)) !== 0 ? -1 : ns >= 0 ? 1 << (ns & 31) : 0;
    }
    tokBits[n] = 0;
    const phantom = this.phantom;
    phantom.fill(0);
    let full = false;
    let aOff = 0;
    let bOff = 4 * MAX_ACTIVE;
    let aEnd = aOff;
    for (let k = 0; k < n; k++) {
      // symbols of this token: its word (found while tokenizing, or looked up now), prefixes, suffixes, emoji
      let exact = tSym[k];
      const flags = tFlags[k];
      let nsyms = 0;
      if (exact === -2 || (flags & emojiFlag) !== 0) {
        nsyms = this.symbolsOf(t, k);
        exact = this.lastExact;
      } else if (exact >= 0) syms[nsyms++] = exact;
      const isNum = (flags & TokFlag.Number) !== 0;

      const brk = tBrk[k];
      if (brk !== 0 || (exact >= 0 && boundarySym[exact] === 1)) {
        this.fireEnds(aOff, aEnd, k);
        if (brk !== 0) aEnd = aOff;
      }
      // A state that the next token's bloom bits would reject is not written: it still takes its place against
      // MAX_ACTIVE (`skipped`, which starts with the places of dead gap states), so the states kept are those of a
      // list written in full.
      let skipped = phantom[(k + 1) & 15];
      phantom[(k + 1) & 15] = 0;
      if (aEnd === aOff && nsyms === 0 && !isNum) continue;
      const bLimit = bOff + 4 * MAX_ACTIVE;
      const mark = stampBase + k;
      let bEnd = bOff;
      const nextBit = tokBits[k + 1];
      // Partial matches first (earliest starts win a shared node), then new ones from the root. Entering a node
      // (once per token: its stamp) reports it when it ends rules and appends it, then its gap nodes, to the next
      // list (at most MAX_ACTIVE states).
      for (let s = aOff; s <= aEnd; s += 4) {
        let node: number;
        let start: number;
        let bloom: number;
        let q = 0;
        if (s < aEnd) {
          node = st[s];
          start = st[s + 1];
          bloom = st[s + 3];
        } else {
          // the root, after every partial match: a dense table instead of an edge probe
          node = 0;
          start = k;
          bloom = 0;
        }
        // one pass per symbol, and one more for a number's edges
        const qEnd = isNum && pNum[node] !== null ? nsyms + 1 : nsyms;
        for (; q < qEnd; q++) {
          let child: number;
          let list = multi;
          let x = 0;
          let count = 1;
          if (q === nsyms) {
            count = this.numChildren(node, t.num[k]);
            if (count === 0) continue;
            list = this.numBuf;
            child = list[0];
          } else if (s === aEnd) child = rootDense[syms[q]];
          else {
            const sym = syms[q];
            if ((bloom & (1 << (sym & 31))) === 0) continue;
            child = edgeChild(rec, eTab, node, sym);
          }
          if (child === -1) continue;
          if (child < -1) {
            x = -2 - child;
            count = multi[x++];
            child = multi[x];
          }
          for (;;) {
            const r = 4 * child;
            if (rec[r] !== mark) {
              rec[r] = mark;
              const nodeFlags = rec[r + 2];
              if ((nodeFlags & NODE_OUT) !== 0) this.emitNode(child, start, k);
              if ((nodeFlags & NODE_LIVE) === 0) {
                // dead end
              } else if (bEnd + skipped >= bLimit) full = true;
              else if ((nodeFlags & NODE_SYMS_ONLY) !== 0 && (rec[r + 1] & nextBit) === 0) skipped += 4;
              else {
                st[bEnd] = child;
                st[bEnd + 1] = start;
                st[bEnd + 2] = 0;
                st[bEnd + 3] = rec[r + 1];
                bEnd += 4;
                if ((nodeFlags & NODE_GAPS) !== 0) {
                  let g = gapAt[child];
                  const gEnd = g + 1 + GAP_STRIDE * gapList[g];
                  for (g++; g < gEnd; g += GAP_STRIDE) {
                    if (bEnd + skipped >= bLimit) {
                      full = true;
                      break;
                    }
                    const max = gapList[g + 1];
                    const gapBloom = gapList[g + 2];
                    if (skipDead && gapList[g + 3] === 1) {
                      // the lists this state would be copied to: tokens k+1 … k+1+max, up to a clause break
                      // (which clears the list) and the end; dead when it has no edge for any of their tokens
                      const gapNode = gapList[g];
                      const last = k + 1 + max < n ? k + 1 + max : n;
                      let j = k + 1;
                      while (j < last && tBrk[j] === 0 && !movesOn(rec, eTab, gapNode, gapBloom, tokBits[j], tSym[j])) j++;
                      if (j === n || tBrk[j] !== 0 || (j === last && !movesOn(rec, eTab, gapNode, gapBloom, tokBits[j], tSym[j]))) {
                        skipped += 4;
                        for (let x = k + 2; x <= j; x++) phantom[x & 15] += 4;
                        continue;
                      }
                    }
                    st[bEnd] = gapList[g];
                    st[bEnd + 1] = start;
                    st[bEnd + 2] = max;
                    st[bEnd + 3] = gapBloom;
                    bEnd += 4;
                  }
                }
              }
            }
            if (--count === 0) break;
            child = list[++x];
          }
        }
        // inside a gap: this token is skipped. On the gap's last token, a state whose node has no edge for the next
        // token's symbol is not written (like a dead child above, it still counts against MAX_ACTIVE): these were a
        // quarter of the states written on bench posts.
        if (s < aEnd) {
          const gap = st[s + 2];
          if (gap > 0 && bEnd + skipped >= bLimit) full = true;
          else if (gap > 0) {
            if (gap === 1 && (bloom & nextBit) === 0 && (rec[4 * node + 2] & NODE_SYMS_ONLY) !== 0) skipped += 4;
            else {
              st[bEnd] = node;
              st[bEnd + 1] = start;
              st[bEnd + 2] = gap - 1;
              st[bEnd + 3] = bloom;
              bEnd += 4;
            }
          }
        }
      }
      // the next token reads the list just written
      aEnd = bEnd;
      bOff = aOff;
      aOff = bLimit - 4 * MAX_ACTIVE;
    }
    this.fireEnds(aOff, aEnd, n);
    return !(skipDead && full);
  }

  /** Exact symbol of the last `symbolsOf` token (-1 none). */
  private lastExact = -1;

  /**
   * Symbols of token k into `syms` (its exact word first, then prefixes, suffixes and the emoji's own symbol);
   * returns how many. Out of `run`'s loop: the tokens that need a lookup here are rare.
   */
  private symbolsOf(t: Tokens, k: number): number {
    const syms = this.syms;
    const norm = t.norm;
    const from = t.normOff[k];
    const to = from + t.normLen[k];
    let exact = t.sym[k];
    this.nExtra = 0;
    if (exact === -2) exact = this.lookup(norm, from, to, null);
    if (this.hasSuffix) this.suffixes(norm, from, to);
    if ((t.flags[k] & TokFlag.Emoji) !== 0 && this.emojiSyms.size > 0 && this.nExtra < 8) {
      const e = (this.emojiTable ??= new WordTable(this.emojiSyms, [])).findRange(norm, from, to);
      if (e >= 0) this.extraBuf[this.nExtra++] = e;
    }
    let nsyms = 0;
    if (exact >= 0) syms[nsyms++] = exact;
    for (let x = 0; x < this.nExtra; x++) syms[nsyms++] = this.extraBuf[x];
    this.lastExact = exact;
    return nsyms;
  }

  private emitNode(node: number, start: number, end: number): void {
    const outList = this.outList;
    const from = this.outAt[node];
    if (from < 0) return;
    const last = from + outList[from];
    for (let x = from + 1; x <= last; x++) {
      const r = outList[x];
      if (this.allowed !== null && this.allowed[r] === 0) continue;
      let out = this.raw;
      // one match per rule and end token: the longest
      let dup = false;
      for (let k = this.rawLen * 3 - 3; k >= 0 && out[k + 2] === end; k -= 3) {
        if (out[k] === r) {
          if (start < out[k + 1]) out[k + 1] = start;
          dup = true;
          break;
        }
      }
      if (dup) continue;
      if (this.rawLen * 3 + 3 > out.length) {
        const bigger = new Int32Array(out.length * 2);
        bigger.set(out);
        out = this.raw = bigger;
      }
      const at = this.rawLen++ * 3;
      out[at] = r;
      out[at + 1] = start;
      out[at + 2] = end;
    }
  }

  /** Reports the `$` (end of clause) edges of the states in st[from…to), before token `before`. */
  private fireEnds(from: number, to: number, before: number): void {
    const st = this.st;
    const endOf = this.endOf;
    for (let s = from; s < to; s += 4) {
      const e = endOf[st[s]];
      if (e >= 0) this.emitNode(e, st[s + 1], before - 1);
    }
  }

  private numBuf = new Int32Array(8);

  /** The nodes that number `value` leads to from `node`, into `numBuf`; returns how many. */
  private numChildren(node: number, value: number): number {
    const list = this.pNum[node];
    if (list === null || Number.isNaN(value)) return 0;
    if (this.numBuf.length < list.length) this.numBuf = new Int32Array(2 * list.length);
    let count = 0;
    for (const e of list) if (value >= e.min && value <= e.max) this.numBuf[count++] = e.node;
    return count;
  }
}

/** `list` without the entries `same` finds earlier in it, in order. */
function distinctBy<T>(list: T[], same: (a: T, b: T) => boolean): T[] {
  return list.filter((e, i) => list.findIndex((o) => same(o, e)) === i);
}
function sameNumEdge(a: { min: number; max: number; node: number }, b: { min: number; max: number; node: number }): boolean {
  return a.node === b.node && a.min === b.min && a.max === b.max;
}
function sameGapEdge(a: { max: number; node: number }, b: { max: number; node: number }): boolean {
  return a.node === b.node && a.max === b.max;
}

/** The distinct numbers of `list`, ascending. */
function distinctSorted(list: readonly number[]): number[] {
  return [...new Set(list)].sort((a, b) => a - b);
}

/** The distinct triples of `list`, in order, flattened. */
function distinctTriples(list: number[][]): number[] {
  list.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const out: number[] = [];
  list.forEach((t, i) => {
    if (i === 0 || t[0] !== list[i - 1][0] || t[1] !== list[i - 1][1] || t[2] !== list[i - 1][2]) out.push(...t);
  });
  return out;
}

/** Child of token-graph `node` on symbol `sym` (< -1: several, in `multi`), or -1 when it has no such edge. */
function edgeChild(rec: Int32Array, eTab: Int32Array, node: number, sym: number): number {
  const here = rec[4 * node + 2];
  // the node's only edge, in its record
  if ((here & NODE_ONE) !== 0) return here >>> NODE_BITS_SHIFT === sym ? rec[4 * node + 3] : -1;
  // probe the node's own edge table
  const base = rec[4 * node + 3];
  const bits = here >>> NODE_BITS_SHIFT;
  let h = Math.imul(sym, 0x9e3779b1) >>> (32 - bits);
  let kk = eTab[2 * (base + h)];
  while (kk !== sym && kk !== -1) {
    h = (h + 1) & ((1 << bits) - 1);
    kk = eTab[2 * (base + h)];
  }
  return kk === -1 ? -1 : eTab[2 * (base + h) + 1];
}

/**
 * Whether a state at `node` (with only symbol edges, `bloom` their bits) may move on a token of bloom bits `bits`
 * (`match`'s tokBits) and symbol `sym`: a token that may have several symbols, or a number, always may.
 */
function movesOn(rec: Int32Array, eTab: Int32Array, node: number, bloom: number, bits: number, sym: number): boolean {
  if ((bloom & bits) === 0) return false;
  return bits === -1 || edgeChild(rec, eTab, node, sym) !== -1;
}

const escalatorTypes = new Map<EscalatorType, number>();
function escalatorTypeIndex(type: EscalatorType): number {
  let i = escalatorTypes.get(type);
  if (i === undefined) escalatorTypes.set(type, (i = escalatorTypes.size));
  return i;
}

export function compileRule(rule: CrisisRule, index: number): CompiledRule {
  let applies = ALL_CATEGORIES_MASK;
  if (rule.applies) applies = rule.applies.reduce((m, c) => m | categoryBit(c), 0);
  else if (rule.kind === 'escalator') {
    applies = rule.escalator === 'symptom' ? categoryBit('medical_emergency') : categoryBit('suicide') | categoryBit('self_harm');
  }
  return {
    index,
    id: rule.id,
    kind: rule.kind,
    category: rule.category,
    sev: rule.severity ? SEV[rule.severity] : 0,
    escalator: rule.escalator,
    escType: rule.escalator === undefined ? -1 : escalatorTypeIndex(rule.escalator),
    weight: rule.weight ?? 2,
    dampener: rule.dampener,
    scope: rule.scope ?? 'sentence',
    gap: rule.gap ?? 4,
    effect: rule.effect ?? 'suppress',
    blocks: new Set(rule.blocks ?? []),
    person: rule.person,
    applies,
    locale: rule.locale ?? '*',
  };
}

/** One letter dropped or two adjacent letters swapped, squeezed. */
function variants(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(squeeze(word.slice(0, i) + word.slice(i + 1)));
  for (let i = 0; i + 1 < word.length; i++) out.add(squeeze(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)));
  out.delete(word);
  for (const v of out) if (v.length < 5) out.delete(v);
  return out;
}
