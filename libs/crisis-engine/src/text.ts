/**
 * Normalization and tokenization in one linear pass.
 *
 * The original text is never copied or rewritten: each token keeps its [start, end) UTF-16 span in the
 * original, and its normalized characters (lower case, NFKD without marks, confusables folded, leetspeak
 * decoded) go to a shared buffer. Repeated letters are squeezed later, when a token is looked up.
 */
import { PACKED_MAX, WORD_HASH_SEED, type WordTable } from './token-table.js';

export const Cls = {
  Space: 0,
  Letter: 1,
  Digit: 2,
  Apos: 3,
  Ignore: 4,
  Sentence: 5,
  Dot: 6,
  Clause: 7,
  Quote: 8,
  Leet: 9,
  Joiner: 10,
  Emoji: 11,
  Newline: 12,
  OpenQuote: 13,
  CloseQuote: 14,
} as const;

export const TokFlag = {
  Number: 1,
  Single: 2,
  Emoji: 4,
  Quoted: 8,
  Merged: 16,
  /** `Tokens.hash` holds the token's squeezed word hash (set by the tokenizer's ASCII fast path, which computes it anyway). */
  Hashed: 32,
} as const;

/** Separator kind before a token: nothing, exactly one space, exactly one joiner (`.`, `-`, `_`, `*`), anything else. */
export const Sep = {
  None: 0,
  Space: 1,
  Joiner: 2,
  Other: 3,
} as const;

/** Emoji read as words. Keys are single code points; variation selectors and skin tones are ignored. */
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '💊': 'pill',
  '💉': 'needle',
  '🔪': 'knife',
  '🗡': 'knife',
  '🔫': 'gun',
  '🪢': 'rope',
  '⚰': 'coffin',
  '🪦': 'grave',
  '💀': 'skull',
  '☠': 'skull',
  '🩸': 'blood',
  '🌉': 'bridge',
  '🚑': 'ambulance',
  '🆘': 'sos',
  '🪓': 'axe',
  '🪒': 'razor',
  '💣': 'bomb',
  '💔': 'heartbroken',
  '😂': 'lol',
  '🤣': 'lol',
  '😆': 'lol',
  '🏥': 'hospital',
  '🚬': 'cigarette',
  '⛓': 'chains',
  '🔥': 'fire',
  '😵': 'dizzy',
  '🥀': 'wilted',
  '👋': 'wave',
  '🕊': 'dove',
};

const SPECIAL_FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ſ: 's',
  ŀ: 'l',
};

/** Cyrillic and Greek letters that look like Latin ones ("kіll" with a Cyrillic і). */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', к: 'k', м: 'm', т: 't',
  в: 'b', н: 'h', ԁ: 'd', ӏ: 'l', ո: 'n', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ς: 's', σ: 's', μ: 'u',
};

/** Leet digits and symbols read as letters inside a word that has letters. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' };

/** French and Italian elisions: `l'envie` is read as `l envie`, while `don't` is read as `dont`. */
const ELISIONS = new Set([
  'l', 'd', 'j', 'n', 'm', 't', 's', 'c', 'qu', 'lorsqu', 'puisqu', 'jusqu', 'presqu', 'quelqu',
  'dell', 'dall', 'nell', 'sull', 'all', 'un', 'quell', 'quest', 'anch', 'com', 'dov', 'po',
]);

const ASCII_CLS = new Uint8Array(128);
(() => {
  for (let c = 0; c < 128; c++) ASCII_CLS[c] = Cls.Space;
  for (let c = 97; c <= 122; c++) ASCII_CLS[c] = Cls.Letter;
  for (let c = 65; c <= 90; c++) ASCII_CLS[c] = Cls.Letter;
  for (let c = 48; c <= 57; c++) ASCII_CLS[c] = Cls.Digit;
  ASCII_CLS[39] = Cls.Apos; // '
  ASCII_CLS[96] = Cls.Apos; // `
  ASCII_CLS[33] = Cls.Leet; // ! (sentence end outside words)
  ASCII_CLS[63] = Cls.Sentence; // ?
  ASCII_CLS[46] = Cls.Dot;
  for (const ch of ',;:()[]{}') ASCII_CLS[ch.charCodeAt(0)] = Cls.Clause;
  ASCII_CLS[34] = Cls.Quote;
  ASCII_CLS[64] = Cls.Leet; // @
  ASCII_CLS[36] = Cls.Leet; // $
  ASCII_CLS[124] = Cls.Leet; // |
  for (const ch of '-_*/~+') ASCII_CLS[ch.charCodeAt(0)] = Cls.Joiner;
  ASCII_CLS[10] = Cls.Newline;
  ASCII_CLS[13] = Cls.Newline;
})();
/** ASCII letter → its lower case; 0 for anything else (the tokenizer's inner loop: one load, one test). */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LOWER[c] = c + 32;
for (let c = 97; c <= 122; c++) ASCII_LOWER[c] = c;

interface CharInfo {
  cls: number;
  /** Folded text for letters and digits; the emoji's word for emoji. */
  fold: string;
}

const charCache = new Map<number, CharInfo>();
const RE_MARK = /\p{M}/gu;
const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;
const RE_DIGITS = /^[0-9]+$/;

function computeCharInfo(cp: number): CharInfo {
  const ch = String.fromCodePoint(cp);
  const emoji = EMOJI_WORDS[ch];
  if (emoji !== undefined) return { cls: Cls.Emoji, fold: emoji };
  if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) return { cls: Cls.Newline, fold: '' };
  if (
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    cp === 0xad ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    /^\p{M}$/u.test(ch)
  ) {
    return { cls: Cls.Ignore, fold: '' };
  }
  if (/^\s$/u.test(ch)) return { cls: Cls.Space, fold: '' };
  if ('’‘ʼ′ʹ＇'.includes(ch)) return { cls: Cls.Apos, fold: '' };
  if ('“«„‟〝'.includes(ch)) return { cls: Cls.OpenQuote, fold: '' };
  if ('”»〞〟＂'.includes(ch)) return { cls: Cls.CloseQuote, fold: '' };
  if ('…。！？‼⁉؟¡¿'.includes(ch)) return { cls: ch === '¡' || ch === '¿' ? Cls.Space : Cls.Sentence, fold: '' };
  if ('，、；：–—―‒（）［］'.includes(ch)) return { cls: Cls.Clause, fold: '' };
  if ('‐‑·•・'.includes(ch)) return { cls: Cls.Joiner, fold: '' };
  let fold = SPECIAL_FOLD[ch];
  if (fold === undefined) {
    fold = ch.normalize('NFKD').replace(RE_MARK, '').toLowerCase();
    let out = '';
    for (const f of fold) out += CONFUSABLES[f] ?? SPECIAL_FOLD[f] ?? f;
    fold = out;
  }
  if (fold.length > 0 && RE_LETTER_OR_DIGIT.test(fold)) {
    return { cls: RE_DIGITS.test(fold) ? Cls.Digit : Cls.Letter, fold };
  }
  return { cls: Cls.Space, fold: '' };
}

export function charInfo(cp: number): CharInfo {
  let info = charCache.get(cp);
  if (info === undefined) {
    info = computeCharInfo(cp);
    if (charCache.size < 65536) charCache.set(cp, info);
  }
  return info;
}

/** Reusable token arrays; one per engine, grown as needed. */
export class Tokens {
  count = 0;
  cap = 0;
  start: Int32Array = new Int32Array(0);
  end: Int32Array = new Int32Array(0);
  normOff: Int32Array = new Int32Array(0);
  normLen: Int32Array = new Int32Array(0);
  flags: Uint8Array = new Uint8Array(0);
  sep: Uint8Array = new Uint8Array(0);
  /** Boundary before the token: 0 none, 1 clause, 2 sentence. */
  brk: Uint8Array = new Uint8Array(0);
  /** Value of a Number token; not written for other tokens (read only under TokFlag.Number). */
  num: Float64Array = new Float64Array(0);
  /** Sentence and clause number of each token: written by `numberClauses`, for the posts that are scored. */
  sentence: Int32Array = new Int32Array(0);
  clause: Int32Array = new Int32Array(0);
  norm: Uint16Array = new Uint16Array(0);
  normCount = 0;
  /** Single-letter tokens and joiner separators seen: when both are 0 there is nothing to merge. */
  singles = 0;
  joiners = 0;
  /** Three or more single letters in a row were seen (spelled-out words). */
  spelled = false;
  private run = 0;
  /** Exact word symbol of each plain ASCII word found while reading it (-1 none, -2: not looked up yet). */
  sym: Int32Array = new Int32Array(0);
  /** Squeezed word hash (`wordHashStep`) of the tokens flagged `TokFlag.Hashed`; not written for the others. */
  hash: Int32Array = new Int32Array(0);
  /** Optional word table: plain ASCII words get their symbol while they are read (set by the matcher). */
  words: WordTable | null = null;

  reset(textLength: number): void {
    this.count = 0;
    this.normCount = 0;
    this.singles = 0;
    this.joiners = 0;
    this.spelled = false;
    this.run = 0;
    const want = Math.max(64, (textLength >> 1) + 8);
    if (this.cap < want) this.grow(want);
    if (this.norm.length < textLength + 16) this.norm = new Uint16Array(textLength * 2 + 16);
  }

  grow(want: number): void {
    const cap = Math.max(want, this.cap * 2);
    const g32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(cap);
      b.set(a.subarray(0, this.count));
      return b;
    };
    const g8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(cap);
      b.set(a.subarray(0, this.count));
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.normOff = g32(this.normOff);
    this.normLen = g32(this.normLen);
    this.sentence = g32(this.sentence);
    this.clause = g32(this.clause);
    this.sym = g32(this.sym);
    this.hash = g32(this.hash);
    this.flags = g8(this.flags);
    this.sep = g8(this.sep);
    this.brk = g8(this.brk);
    const num = new Float64Array(cap);
    num.set(this.num.subarray(0, this.count));
    this.num = num;
    this.cap = cap;
  }

  /** Numbers the tokens' sentences and clauses from their boundaries (`brk`), out of the tokenizer's loop. */
  numberClauses(): void {
    let sentence = 0;
    let clause = 0;
    for (let k = 0; k < this.count; k++) {
      // the first token's boundary has no token before it
      const brk = k === 0 ? 0 : this.brk[k];
      if (brk === 2) {
        sentence++;
        clause++;
      } else if (brk === 1) clause++;
      this.sentence[k] = sentence;
      this.clause[k] = clause;
    }
  }

  /** Counts consecutive single letters; true from the third on. */
  noteSingle(): boolean {
    return ++this.run >= 3;
  }
  noteOther(): void {
    this.run = 0;
  }

  ensureNorm(size: number): void {
    if (size <= this.norm.length) return;
    const b = new Uint16Array(Math.max(size, this.norm.length * 2) + 16);
    b.set(this.norm);
    this.norm = b;
  }

  pushChar(c: number): void {
    if (this.normCount >= this.norm.length) {
      const b = new Uint16Array(this.norm.length * 2 + 16);
      b.set(this.norm);
      this.norm = b;
    }
    this.norm[this.normCount++] = c;
  }

  pushString(s: string): void {
    for (let k = 0; k < s.length; k++) this.pushChar(s.charCodeAt(k));
  }

  /** The normalized text of a token, repeated letters squeezed (tests and compilation only). */
  text(i: number): string {
    return squeeze(String.fromCharCode(...this.norm.subarray(this.normOff[i], this.normOff[i] + this.normLen[i])));
  }
}

/** Collapses runs of one repeated letter ("diiie", "kill" → "die", "kil"); digits are kept. */
export function squeeze(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch === prev && !(ch >= '0' && ch <= '9')) continue;
    out += ch;
    prev = ch;
  }
  return out;
}

function isWordCls(cls: number): boolean {
  return cls === Cls.Letter || cls === Cls.Digit;
}

/** Class of the code point at i (ASCII fast path) in the low 4 bits, and its UTF-16 length above them. */
function clsWidthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLS[c] | 16;
  const cp = text.codePointAt(i) ?? c;
  return charInfo(cp).cls | (cp > 0xffff ? 32 : 16);
}

/** Class of the code point at i. */
function clsAt(text: string, i: number): number {
  return clsWidthAt(text, i) & 15;
}

/** `tokenize`'s copy of the text as bytes (see `asciiUnits`), reused from post to post. */
let unitBytes = new Uint8Array(1024);
const utf8 = new TextEncoder();

/**
 * The UTF-16 units of `text` as bytes: ASCII ones as they are, any other 128 (the fast path leaves those to
 * `readOther`, which reads the string). The tokenizer's loops read this array, not `text.charCodeAt`: with
 * `charCodeAt` in its per-character loop, about a third of all processes tokenized at half speed for their whole life
 * (≈ 20 against ≈ 10 ns/byte, the same code: 8 of 26 processes); reading bytes, none of 26 did. A text all ASCII (one
 * byte per unit) is copied natively.
 */
function asciiUnits(text: string): Uint8Array {
  const n = text.length;
  if (unitBytes.length < n) unitBytes = new Uint8Array(2 * n);
  const bytes = unitBytes;
  const r = utf8.encodeInto(text, bytes);
  if (r.read !== n || r.written !== n) {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      bytes[i] = c < 128 ? c : 128;
    }
  }
  return bytes;
}

/**
 * Tokenizes `text` into `t`. Linear: every character is visited a bounded number of times.
 */
export function tokenize(text: string, t: Tokens): void {
  t.reset(text.length);
  const bytes = asciiUnits(text);
  const tz = tokenizer;
  tz.t = t;
  tz.pendingBrk = 0;
  tz.sepChars = 0;
  tz.sepKind = Sep.None;
  tz.quoteDepth = 0;
  tz.straightOpen = false;
  tz.prevWasToken = false;
  const n = text.length;
  const words = t.words;
  // the word table's prefix and suffix filters: a word that may hold a prefix or suffix pattern is looked up by the
  // matcher (-2)
  const pre2 = words === null ? null : words.pre2;
  const pre3 = words === null ? null : words.pre3;
  // module-level tables and constants copied to locals: no context loads in the per-character loops
  const asciiCls = ASCII_CLS;
  const asciiLower = ASCII_LOWER;
  const LETTER = Cls.Letter;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c < 128) {
      if (asciiCls[c] === LETTER) {
        // fast path, one loop: a run of ASCII letters, lowercased into norm and hashed with repeated letters squeezed
        const s = i;
        const normStart = t.normCount;
        // room for every remaining character (ASCII letters are written one for one), so the loop needs no check
        if (normStart + (n - i) > t.norm.length) t.ensureNorm(normStart + (n - i) + 64);
        const norm = t.norm;
        let nc = normStart;
        let prev = -1;
        let h = WORD_HASH_SEED;
        let sq = 0;
        // the first PACKED_MAX squeezed letters, five bits each: the word's packedKey, and its first two and three
        // letters for the prefix filters
        let key = 0;
        while (i < n) {
          const d = bytes[i];
          if (d >= 128) break;
          const lc = asciiLower[d];
          if (lc === 0) break;
          norm[nc++] = lc;
          i++;
          if (lc === prev) continue;
          prev = lc;
          h = Math.imul(h ^ lc, 0x01000193); // wordHashStep(h, lc), inlined
          if (++sq <= PACKED_MAX) key = (key << 5) | (lc & 31);
        }
        if (i < n) {
          const d = bytes[i];
          const dc = d < 128 ? asciiCls[d] : -1;
          if (dc === Cls.Digit || ((dc === -1 || dc === Cls.Apos || dc === Cls.Leet) && continuesLetters(text, i))) {
            // digits, apostrophes, leet symbols, accents…: the general reader
            i = readWordSlow(text, s, t, tz);
            continue;
          }
        }
        t.normCount = nc;
        // emit, inlined
        if (t.count >= t.cap) t.grow(t.count + 1);
        const k = t.count++;
        const brk = tz.pendingBrk;
        const len = nc - normStart;
        t.start[k] = s;
        t.end[k] = i;
        t.normOff[k] = normStart;
        t.normLen[k] = len;
        t.flags[k] = (tz.quoteDepth > 0 || tz.straightOpen ? TokFlag.Quoted : 0) | (len === 1 ? TokFlag.Single : 0) | TokFlag.Hashed;
        t.hash[k] = h;
        const sepChars = tz.sepChars;
        t.sep[k] = !tz.prevWasToken ? Sep.Other : sepChars === 0 ? Sep.None : sepChars === 1 ? tz.sepKind : Sep.Other;
        t.brk[k] = k === 0 ? 2 : brk;
        const kept = sq < PACKED_MAX ? sq : PACKED_MAX;
        t.sym[k] =
          words === null ||
          pre2 === null ||
          pre3 === null ||
          (sq >= 2 && (pre2[key >>> (5 * (kept - 2))] === 1 || (sq >= 3 && pre3[key >>> (5 * (kept - 3))] === 1))) ||
          (words.hasSuffixes && words.mayEndWithSuffix(norm, normStart, nc))
            ? -2
            : words.find(norm, normStart, nc, h, sq, sq <= PACKED_MAX ? key : -1);
        if (len === 1) {
          t.singles++;
          // stored on every single letter: a store first met after the warm-up would deoptimize this loop
          t.spelled = t.noteSingle() || t.spelled;
        } else t.noteOther();
        if (sepChars === 1 && tz.sepKind === Sep.Joiner) t.joiners++;
        tz.pendingBrk = 0;
        tz.sepChars = 0;
        tz.sepKind = Sep.None;
        tz.prevWasToken = true;
        continue;
      }
      if (c === 32) {
        tz.sepChars++;
        tz.sepKind = Sep.Space;
        i++;
        continue;
      }
    }
    i = readOther(text, i, t, tz);
  }
}

/**
 * Everything but a run of ASCII letters or one space: separators, punctuation, non-ASCII characters, words with
 * digits, accents or leetspeak, emoji. Out of `tokenize` so that a branch met for the first time here (the first
 * accent, quote or emoji after the engine warmed up) deoptimizes this function, not the tokenizer's hot loop: a
 * deoptimized `tokenize` was recompiled by on-stack replacement while running, and that code stayed ≈ 1.4× slower
 * for the rest of the process.
 */
function readOther(text: string, i: number, t: Tokens, tz: TokenizerState): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  const cw = clsWidthAt(text, i);
  const cls = cw & 15;
  const width = cw >> 4;
  if (cls === Cls.Letter || cls === Cls.Digit || (cls === Cls.Leet && (c === 64 || c === 36) && i + 1 < n && clsAt(text, i + 1) === Cls.Letter)) {
    return readWordSlow(text, i, t, tz);
  }
  if (cls === Cls.Emoji) {
    const cp = text.codePointAt(i) ?? c;
    const normStart = t.normCount;
    t.pushString(charInfo(cp).fold);
    tz.emit(i, i + width, normStart, TokFlag.Emoji, NaN);
    return i + width;
  }
  switch (cls) {
    case Cls.Ignore:
      break;
    case Cls.Space:
      tz.sepChars++;
      tz.sepKind = c === 32 ? Sep.Space : Sep.Other;
      break;
    case Cls.Joiner:
      tz.sepChars++;
      tz.sepKind = Sep.Joiner;
      break;
    case Cls.Dot: {
      // A dot followed by a letter or digit joins ("k.m.s", "su.icide"); otherwise it ends a sentence.
      const next = i + 1 < n ? clsAt(text, i + 1) : Cls.Space;
      if (isWordCls(next) && tz.sepChars === 0) {
        tz.sepChars++;
        tz.sepKind = Sep.Joiner;
      } else {
        tz.pendingBrk = 2;
        tz.sepChars += 2;
      }
      break;
    }
    case Cls.Leet: // '!' '|' '@' '$' outside a word
      if (c === 33) tz.pendingBrk = 2;
      tz.sepChars += 2;
      break;
    case Cls.Sentence:
      tz.pendingBrk = 2;
      tz.sepChars += 2;
      break;
    case Cls.Newline:
      tz.pendingBrk = 2;
      tz.sepChars += 2;
      tz.straightOpen = false;
      tz.quoteDepth = 0;
      break;
    case Cls.Clause:
      if (tz.pendingBrk < 1) tz.pendingBrk = 1;
      tz.sepChars += 2;
      break;
    case Cls.Quote:
      tz.straightOpen = !tz.straightOpen;
      if (tz.pendingBrk < 1) tz.pendingBrk = 1;
      tz.sepChars += 2;
      break;
    case Cls.OpenQuote:
      tz.quoteDepth++;
      if (tz.pendingBrk < 1) tz.pendingBrk = 1;
      tz.sepChars += 2;
      break;
    case Cls.CloseQuote:
      if (tz.quoteDepth > 0) tz.quoteDepth--;
      if (tz.pendingBrk < 1) tz.pendingBrk = 1;
      tz.sepChars += 2;
      break;
    default:
      tz.sepChars += 2;
  }
  return i + width;
}

/** Tokenizer state between tokens (one instance: scanning is synchronous). */
class TokenizerState {
  t: Tokens = new Tokens();
  pendingBrk = 0;
  sepChars = 0;
  sepKind: number = Sep.None;
  quoteDepth = 0;
  straightOpen = false;
  prevWasToken = false;

  emit(start: number, end: number, normStart: number, flags: number, num: number): void {
    const t = this.t;
    if (t.count >= t.cap) t.grow(t.count + 1);
    const k = t.count++;
    const brk = this.pendingBrk;
    const len = t.normCount - normStart;
    t.start[k] = start;
    t.end[k] = end;
    t.normOff[k] = normStart;
    t.normLen[k] = len;
    t.flags[k] = flags | (this.quoteDepth > 0 || this.straightOpen ? TokFlag.Quoted : 0) | (len === 1 && (flags & TokFlag.Number) === 0 ? TokFlag.Single : 0);
    t.sep[k] = !this.prevWasToken ? Sep.Other : this.sepChars === 0 ? Sep.None : this.sepChars === 1 ? this.sepKind : Sep.Other;
    t.brk[k] = k === 0 ? 2 : brk;
    t.num[k] = num;
    t.sym[k] = -2;
    if (len === 1 && (flags & TokFlag.Number) === 0) {
      t.singles++;
      if (t.noteSingle()) t.spelled = true;
    } else t.noteOther();
    if (this.sepChars === 1 && this.sepKind === Sep.Joiner) t.joiners++;
    this.pendingBrk = 0;
    this.sepChars = 0;
    this.sepKind = Sep.None;
    this.prevWasToken = true;
  }
}

const tokenizer = new TokenizerState();

/**
 * True when the character at i continues a word read so far as ASCII letters only, by `readWordSlow`'s rules:
 * letters, digits and zero-width characters; an apostrophe before a letter; a leet symbol before a letter or digit.
 * A dot never does (it joins only digits), so "me." or "alone," end on the fast path.
 */
function continuesLetters(text: string, i: number): boolean {
  const cls = clsAt(text, i);
  if (cls === Cls.Letter || cls === Cls.Digit || cls === Cls.Ignore) return true;
  if (cls !== Cls.Apos && cls !== Cls.Leet) return false;
  const next = i + 1 < text.length ? clsAt(text, i + 1) : Cls.Space;
  return cls === Cls.Apos ? next === Cls.Letter : isWordCls(next);
}

/**
 * Reads one word starting at `s` (a letter, digit, `@` or `$`), emits one or two tokens, returns the index after it.
 * Pass 1 finds the extent and what the word is made of; pass 2 writes normalized characters.
 */
function readWordSlow(text: string, s: number, t: Tokens, tz: TokenizerState): number {
  const emit = tz;
  const n = text.length;
  let i = s;
  let letters = 0;
  let digits = 0;
  let firstLetterAt = -1;
  let digitAfterLetter = false;
  let apos = -1;
  let prevCls = -1;
  while (i < n) {
    const cw = clsWidthAt(text, i);
    const cls = cw & 15;
    if (cls === Cls.Letter) {
      letters++;
      if (firstLetterAt < 0) firstLetterAt = i;
    } else if (cls === Cls.Digit) {
      digits++;
      if (letters > 0) digitAfterLetter = true;
    } else if (cls === Cls.Ignore) {
      // zero-width characters and marks stay inside the word
    } else if (cls === Cls.Apos || cls === Cls.Leet || cls === Cls.Dot) {
      const next = i + 1 < n ? clsAt(text, i + 1) : Cls.Space;
      if (cls === Cls.Apos) {
        if (!(prevCls === Cls.Letter && next === Cls.Letter)) break;
        if (apos < 0) apos = i;
      } else if (cls === Cls.Dot) {
        // a decimal point inside a number
        if (!(prevCls === Cls.Digit && letters === 0 && next === Cls.Digit)) break;
      } else if (!(isWordCls(next) && (isWordCls(prevCls) || i === s))) {
        break;
      }
    } else break;
    if (cls !== Cls.Ignore) prevCls = cls;
    i += cw >> 4;
  }
  const end = i;

  // A number with a unit ("800mg", "10pm"): two tokens.
  if (digits > 0 && letters > 0 && firstLetterAt > s && !digitAfterLetter && clsAt(text, s) === Cls.Digit) {
    writeNumber(text, s, firstLetterAt, t, emit);
    writeLetters(text, firstLetterAt, end, t, emit, false);
    return end;
  }
  if (letters === 0) {
    writeNumber(text, s, end, t, emit);
    return end;
  }
  // Elision: "l'envie" → "l" + "envie".
  if (apos > 0) {
    let before = '';
    for (let k = s; k < apos; k++) before += text[k].toLowerCase();
    if (ELISIONS.has(before)) {
      writeLetters(text, s, apos, t, emit, digits > 0);
      writeLetters(text, apos + 1, end, t, emit, digits > 0);
      return end;
    }
  }
  writeLetters(text, s, end, t, emit, digits > 0);
  return end;
}

type Emit = Pick<TokenizerState, 'emit'>;

function writeNumber(text: string, s: number, e: number, t: Tokens, emit: Emit): void {
  const normStart = t.normCount;
  let str = '';
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      t.pushChar(c);
      str += text[k];
    } else if (c === 46) {
      str += '.';
    } else if (c >= 128) {
      const cp = text.codePointAt(k) ?? c;
      const info = charInfo(cp);
      if (info.cls === Cls.Digit) {
        t.pushString(info.fold);
        str += info.fold;
      }
      if (cp > 0xffff) k++;
    }
  }
  emit.emit(s, e, normStart, TokFlag.Number, str.length > 0 ? Number(str) : NaN);
}

function writeLetters(text: string, s: number, e: number, t: Tokens, emit: Emit, leet: boolean): void {
  const normStart = t.normCount;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c >= 65 && c <= 90) t.pushChar(c + 32);
      else if (c >= 97 && c <= 122) t.pushChar(c);
      else if (c >= 48 && c <= 57) {
        const l = leet ? LEET[text[k]] : undefined;
        t.pushChar(l !== undefined ? l.charCodeAt(0) : c);
      } else if (c === 33 || c === 64 || c === 36 || c === 124) t.pushChar(LEET[text[k]].charCodeAt(0));
      // apostrophes and dots are dropped
    } else {
      const cp = text.codePointAt(k) ?? c;
      const info = charInfo(cp);
      if (info.cls === Cls.Letter || info.cls === Cls.Digit) t.pushString(info.fold);
      if (cp > 0xffff) k++;
    }
  }
  if (t.normCount === normStart) return;
  emit.emit(s, e, normStart, 0, NaN);
}

/** Normalized, squeezed tokens of a short text: how patterns are read, with the same code as posts. */
const shared = new Tokens();

export function normalizeWords(text: string): { word: string; number: boolean; emoji: boolean }[] {
  const t = shared;
  tokenize(text, t);
  const out: { word: string; number: boolean; emoji: boolean }[] = [];
  for (let k = 0; k < t.count; k++) {
    out.push({ word: t.text(k), number: (t.flags[k] & TokFlag.Number) !== 0, emoji: (t.flags[k] & TokFlag.Emoji) !== 0 });
  }
  return out;
}
