/**
 * Word → symbol without building substrings or walking a character trie.
 *
 * The tokenizer folds a word's characters and, in the same loop, hashes them with repeated letters squeezed
 * (`wordHash`). The word is then found with one probe in an open-addressing table keyed by hash and squeezed
 * length, and verified against the stored word (a short word of letters a–z by its packed key, `packedKey`), so a
 * hash collision can never change a result. Words that
 * may begin with a prefix pattern (`stockpil*`) are flagged by two small n-gram filters and take the matcher's
 * full trie lookup instead.
 */

/**
 * One step of the word hash; `h` starts at WORD_HASH_SEED and gets each squeezed character in turn.
 * `tokenize` (text.ts) inlines this, `packedKey` and `gram` (the packed key's first letters) in its per-character
 * loop: change them together.
 */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Longest squeezed word compared by its packed key: six letters of five bits each. */
export const PACKED_MAX = 6;

/**
 * The squeezed letters of norm[from, to) five bits each (a = 1 … z = 26), when there are at most PACKED_MAX of them
 * and all are a–z; -1 otherwise. Exact, unlike the hash: equal keys are equal words. `tokenize` computes it inline.
 */
export function packedKey(norm: ArrayLike<number>, from: number, to: number): number {
  let key = 0;
  let sq = 0;
  let prev = -1;
  for (let j = from; j < to; j++) {
    const c = norm[j];
    if (c === prev) continue;
    prev = c;
    if (c < 97 || c > 122 || ++sq > PACKED_MAX) return -1;
    key = (key << 5) | (c & 31);
  }
  return key;
}

/** Index of the first two squeezed characters in `WordTable.pre2` (and the first three in `pre3`). */
export function gram(prev: number, c: number): number {
  return ((prev << 5) | (c & 31)) & 0x7fff;
}

export class WordTable {
  /**
   * Slots of four: [hash, id, where, squeezed length]; a slot is empty when its id is -1. where: the word's offset in
   * `chars`, or for a word of at most PACKED_MAX letters a–z, ~its packed key (a key compare instead of a loop over
   * the characters). One slot is one 16-byte record, so a probe touches one cache line instead of one per field.
   */
  readonly slots: Int32Array;
  readonly chars: Uint16Array;
  readonly mask: number;
  /**
   * Prefix-pattern filters: first two squeezed characters of a two-letter prefix, first three of a longer one. A
   * word whose first two (`gram`) are in pre2, or first three in pre3, may hold a prefix pattern (`tokenize` reads them).
   */
  readonly pre2 = new Uint8Array(1024);
  readonly pre3 = new Uint8Array(32768);
  /**
   * Suffix-pattern filters (`*tabletten`), on a word's last one, two or three squeezed characters: a word that may end
   * with a suffix pattern is looked up by the matcher (`tokenize` reads them through `mayEndWithSuffix`).
   */
  readonly hasSuffixes: boolean;
  private readonly suf1 = new Uint8Array(32);
  private readonly suf2 = new Uint8Array(1024);
  private readonly suf3 = new Uint8Array(32768);
  readonly size: number;

  /** `words`: squeezed word → symbol (first one wins, like the trie); `prefixes`, `suffixes`: squeezed pattern words. */
  constructor(words: ReadonlyMap<string, number>, prefixes: Iterable<string>, suffixes: Iterable<string> = []) {
    let slots = 16;
    while (slots < words.size * 2) slots <<= 1;
    this.mask = slots - 1;
    this.slots = new Int32Array(4 * slots);
    for (let k = 0; k < slots; k++) this.slots[4 * k + 1] = -1;
    let total = 0;
    for (const w of words.keys()) total += w.length;
    this.chars = new Uint16Array(total);
    this.size = words.size;
    let at = 0;
    for (const [w, id] of words) {
      let h = WORD_HASH_SEED;
      for (let k = 0; k < w.length; k++) h = wordHashStep(h, w.charCodeAt(k));
      let slot = slotOf(h, w.length, this.mask);
      while (this.slots[4 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots[4 * slot] = h;
      this.slots[4 * slot + 1] = id;
      const key = packedKey(Array.from({ length: w.length }, (_, k) => w.charCodeAt(k)), 0, w.length);
      this.slots[4 * slot + 2] = key >= 0 ? ~key : at;
      this.slots[4 * slot + 3] = w.length;
      for (let k = 0; k < w.length; k++) this.chars[at++] = w.charCodeAt(k);
    }
    for (const p of prefixes) {
      if (p.length < 2) continue;
      const g2 = gram(p.charCodeAt(0) & 31, p.charCodeAt(1));
      if (p.length === 2) this.pre2[g2] = 1;
      else this.pre3[gram(g2, p.charCodeAt(2))] = 1;
    }
    let anySuffix = false;
    for (const w of suffixes) {
      const n = w.length;
      if (n === 0) continue;
      anySuffix = true;
      const g1 = w.charCodeAt(n - 1) & 31;
      if (n === 1) this.suf1[g1] = 1;
      else if (n === 2) this.suf2[gram(w.charCodeAt(0) & 31, w.charCodeAt(1))] = 1;
      else this.suf3[gram(gram(w.charCodeAt(n - 3) & 31, w.charCodeAt(n - 2)), w.charCodeAt(n - 1))] = 1;
    }
    this.hasSuffixes = anySuffix;
  }

  /**
   * Whether the word norm[from, to) (letters a–z) may end with a suffix pattern: its last squeezed characters are
   * those of one. No false negatives; the matcher's suffix trie then decides.
   */
  mayEndWithSuffix(norm: Uint16Array, from: number, to: number): boolean {
    // the last three squeezed characters, read backwards: c1 last
    let c1 = -1;
    let c2 = -1;
    let c3 = -1;
    let seen = 0;
    let prev = -1;
    for (let j = to - 1; j >= from && seen < 3; j--) {
      const c = norm[j];
      if (c === prev) continue;
      prev = c;
      if (seen === 0) c1 = c;
      else if (seen === 1) c2 = c;
      else c3 = c;
      seen++;
    }
    if (c1 < 0) return false;
    if (this.suf1[c1 & 31] === 1) return true;
    if (c2 < 0) return false;
    if (this.suf2[gram(c2 & 31, c1)] === 1) return true;
    return c3 >= 0 && this.suf3[gram(gram(c3 & 31, c2), c1)] === 1;
  }

  /**
   * Symbol of the word norm[from, to) (squeezed: repeated letters count once, digits are kept), given its hash `h`,
   * squeezed length `sq` and `packedKey` (-1 when it has none); -1 when it is not a lexicon word.
   */
  find(norm: Uint16Array, from: number, to: number, h: number, sq: number, key: number): number {
    const mask = this.mask;
    const slots = this.slots;
    let slot = slotOf(h, sq, mask);
    for (;;) {
      const r = 4 * slot;
      const id = slots[r + 1];
      if (id === -1) return -1;
      if (slots[r] === h && slots[r + 3] === sq) {
        const where = slots[r + 2];
        if (where < 0 ? where === ~key : this.same(norm, from, to, where)) return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Symbol of the word norm[from, to), hashed here (for words the tokenizer did not hash). */
  findRange(norm: Uint16Array, from: number, to: number): number {
    let h = WORD_HASH_SEED;
    let sq = 0;
    let prev = -1;
    for (let j = from; j < to; j++) {
      const c = norm[j];
      if (c === prev && (c < 48 || c > 57)) continue;
      prev = c;
      h = wordHashStep(h, c);
      sq++;
    }
    return this.find(norm, from, to, h, sq, sq <= PACKED_MAX ? packedKey(norm, from, to) : -1);
  }

  private same(norm: Uint16Array, from: number, to: number, at: number): boolean {
    const chars = this.chars;
    let prev = -1;
    for (let j = from; j < to; j++) {
      const c = norm[j];
      if (c === prev && (c < 48 || c > 57)) continue;
      prev = c;
      if (chars[at++] !== c) return false;
    }
    return true;
  }
}

function slotOf(h: number, len: number, mask: number): number {
  return (Math.imul(h ^ (len << 24), 0x9e3779b1) >>> 12) & mask;
}
