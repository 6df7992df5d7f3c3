/**
 * The learned backstop: a bag-of-words logistic model that may raise an English post the rules left at `none`.
 *
 * Hand-written patterns miss wordings nobody anticipated; a linear model over the post's words and word pairs
 * generalizes further, at the price of more false alerts, so it only ever speaks when the rules found nothing and
 * never above the level its cross-validation earned (see `scripts/train-crisis-backstop.ts`, which writes
 * `models/backstop.ts`). Features are the engine's own normalized tokens, repeated letters squeezed (leetspeak,
 * accents, spacing tricks read as the rules read them), hashed like the word table (`wordHashStep`) and found in an
 * open-addressing table keyed by the 32-bit hash alone: an unseen word matches a model feature with probability
 * ≈ features / 2³² (≈ 10⁻⁶), a risk taken for a scan that builds no strings.
 */
import { CrisisEngineErrorCode, CrisisEngineException } from './crisis-engine.exception.js';
import { TokFlag, type Tokens } from './text.js';
import { WORD_HASH_SEED, wordHashStep } from './token-table.js';
import {
  CRISIS_CATEGORIES,
  CRISIS_LEVELS,
  type CrisisBackstopModel,
  type CrisisCategory,
  type CrisisMatch,
} from './types.js';

/** Weight columns of a model row after the feature, in this order. */
export const BACKSTOP_HEADS: readonly string[] = ['alert', 'medium', ...CRISIS_CATEGORIES];
const HEADS = BACKSTOP_HEADS.length;
/** The feature every number token is read as. */
export const NUMBER_FEATURE = '<num>';
/**
 * A post is scored in windows of whole sentences, closed at the first sentence break after this many tokens (or
 * mid-sentence at twice as many): the model was trained on posts of one to a few sentences, and a long post's
 * scattered mild words must not add up to one alert. The post's score is its highest window's.
 */
export const WINDOW_TOKENS = 64;
/** The feature filter's last word index: 2048 words of 32 bits. */
const FILTER_MASK = 2047;
/** Matches reported for a backstop alert: the tokens and pairs that added most to it. */
const REPORTED_FEATURES = 3;

/** Hash of a word pair from the hashes of its words. */
function pairHash(a: number, b: number): number {
  return wordHashStep(wordHashStep(a, 32), b);
}

/** Hash of a feature as the model writes it: a squeezed word, two joined by one space, or NUMBER_FEATURE. */
export function featureHash(feature: string): number {
  const space = feature.indexOf(' ');
  if (space >= 0) return pairHash(wordHash(feature.slice(0, space)), wordHash(feature.slice(space + 1)));
  return wordHash(feature);
}

function wordHash(word: string): number {
  let h = WORD_HASH_SEED;
  let prev = -1;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === prev && (c < 48 || c > 57)) continue;
    prev = c;
    h = wordHashStep(h, c);
  }
  return h;
}

const NUMBER_HASH = wordHash(NUMBER_FEATURE);

/**
 * Common words that tell English from the other built-in languages, written normalized (lower case, no accents).
 * The model is trained on English lines only: the other languages have too few labelled lines to learn from, and
 * there their common words ("que", "ich", "il") came out as alert words. Words two languages share ("a", "no",
 * "die", "an", "on", "was", "will", "do", "per") are left out.
 */
const ENGLISH_WORDS = [
  'the', 'and', 'to', 'of', 'i', 'my', 'is', 'it', 'that', 'this', 'have', 'with', 'for', 'you', 'not', 'but',
  'just', 'what', 'about', 'been', 'be', 'are', 'at', 'she', 'he', 'her', 'him', 'his', 'they', 'we', 'can',
  'would', 'from', 'if', 'or', 'out', 'up', 'all', 'how', 'when', 'there', 'im', 'me', 'feel', 'know', 'get',
];
const OTHER_LANGUAGE_WORDS = [
  // es
  'el', 'la', 'los', 'las', 'que', 'y', 'mi', 'mis', 'de', 'del', 'con', 'por', 'para', 'una', 'es', 'pero', 'muy',
  'estoy', 'yo', 'se', 'lo', 'su', 'como', 'mas', 'esta', 'porque', 'tengo',
  // fr
  'le', 'les', 'je', 'et', 'pas', 'des', 'une', 'est', 'du', 'pour', 'avec', 'mais', 'mon', 'ma', 'mes', 'suis', 'ce',
  'qui', 'ne', 'dans', 'sur',
  // de
  'ich', 'und', 'nicht', 'der', 'das', 'ist', 'mit', 'ein', 'eine', 'mein', 'meine', 'zu', 'sich', 'auf', 'auch',
  'aber', 'bin', 'habe', 'wie', 'wir', 'sie',
  // pt
  'eu', 'nao', 'o', 'os', 'um', 'uma', 'meu', 'minha', 'estou', 'muito', 'da', 'em', 'e',
  // it
  'il', 'che', 'non', 'di', 'sono', 'un', 'ma', 'mio', 'mia', 'ho', 'gli', 'della', 'sto', 'anche',
];
const ENGLISH_HASHES = new Set(ENGLISH_WORDS.map(wordHash));
const OTHER_LANGUAGE_HASHES = new Set(OTHER_LANGUAGE_WORDS.map(wordHash));

/** Whether the post in `t` reads as English: at least as many of its tokens are English common words as other languages'. */
export function readsAsEnglish(t: Tokens): boolean {
  let balance = 0;
  for (let i = 0; i < t.count; i++) {
    const h = tokenHash(t, i);
    if (ENGLISH_HASHES.has(h)) balance++;
    else if (OTHER_LANGUAGE_HASHES.has(h)) balance--;
  }
  return balance >= 0;
}

/** Hash of token i as `featureHash` reads its feature: squeezed normalized characters, or NUMBER_FEATURE. */
export function tokenHash(t: Tokens, i: number): number {
  if ((t.flags[i] & TokFlag.Hashed) !== 0) return t.hash[i];
  if ((t.flags[i] & TokFlag.Number) !== 0) return NUMBER_HASH;
  const norm = t.norm;
  const end = t.normOff[i] + t.normLen[i];
  let h = WORD_HASH_SEED;
  let prev = -1;
  for (let j = t.normOff[i]; j < end; j++) {
    const c = norm[j];
    if (c === prev && (c < 48 || c > 57)) continue;
    prev = c;
    h = wordHashStep(h, c);
  }
  return h;
}

/**
 * Whether token i starts a new window (`from` is the current window's first token). A window's features are counted
 * and divided by the square root of its length in tokens, so that a long window's many ordinary words weigh as much
 * together as a short one's few.
 */
export function opensWindow(t: Tokens, i: number, from: number): boolean {
  const length = i - from;
  return length >= 2 * WINDOW_TOKENS || (length >= WINDOW_TOKENS && t.brk[i] === 2);
}

/** Whether tokens i - 1 and i make a word pair: the same window, no sentence break between them. */
export function pairs(t: Tokens, i: number, from: number): boolean {
  return i > from && t.brk[i] !== 2;
}

/** What the backstop found in a post the rules left at none: the engine reads it like a rule's signal. */
export interface BackstopAlert {
  /** 1 low, 2 medium */
  level: number;
  /** the likeliest category first */
  categories: CrisisCategory[];
  /** its strongest words, in text order */
  matches: CrisisMatch[];
  /** tokens of the strongest word or pair: where the rules' context (negation, past, a plan, who) is read */
  s: number;
  e: number;
}

export class Backstop {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * A bit per value of a hash's low 16 bits, set for each feature: most tokens of a post are no feature, and this 8 KB
   * filter turns most of them away before a probe into the larger table.
   */
  private readonly filter = new Int32Array(FILTER_MASK + 1);
  /** Alert-head weight of each feature (the first pass reads only this). */
  private readonly alertWeights: Float32Array;
  /** All heads, feature-major. */
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;
  private readonly features: readonly string[];
  /** Thresholds as logits. */
  private readonly lowLogit: number;
  private readonly mediumLogit: number;

  constructor(model: CrisisBackstopModel) {
    const n = model.features.length;
    let size = 16;
    while (size < 4 * n) size <<= 1;
    this.mask = size - 1;
    // slots of two: [hash, feature index]; empty when the index is -1
    this.slots = new Int32Array(2 * size).fill(-1);
    this.alertWeights = new Float32Array(n);
    this.weights = new Float32Array(n * HEADS);
    this.bias = Float32Array.from(model.bias, (b) => b / model.scale);
    this.features = model.features.map((row) => row[0]);
    model.features.forEach((row, f) => {
      const h = featureHash(row[0]);
      let slot = slotOf(h, this.mask);
      while (this.slots[2 * slot + 1] !== -1) {
        if (this.slots[2 * slot] === h) invalid(`features[${f}]`, `"${row[0]}" has the hash of "${this.features[this.slots[2 * slot + 1]]}"`);
        slot = (slot + 1) & this.mask;
      }
      this.slots[2 * slot] = h;
      this.slots[2 * slot + 1] = f;
      this.filter[(h >>> 5) & FILTER_MASK] |= 1 << (h & 31);
      for (let k = 0; k < HEADS; k++) this.weights[f * HEADS + k] = (row[k + 1] as number) / model.scale;
      this.alertWeights[f] = this.weights[f * HEADS];
    });
    this.lowLogit = logit(model.thresholds.low);
    this.mediumLogit = model.thresholds.medium === null ? Infinity : logit(model.thresholds.medium);
  }

  /** Index of the feature with hash h, or -1. */
  private find(h: number): number {
    return (this.filter[(h >>> 5) & FILTER_MASK] & (1 << (h & 31))) === 0 ? -1 : this.probe(h);
  }

  private probe(h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = slotOf(h, mask);
    for (;;) {
      const f = slots[2 * slot + 1];
      if (f === -1 || slots[2 * slot] === h) return f;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The rules' none result for the post in `t`, or the backstop's alert when the alert head's highest window
   * reaches the low threshold: low, or medium when the medium head reaches its own (the model may have none).
   */
  assess(t: Tokens): BackstopAlert | null {
    // every post the rules leave at none passes here: tables in locals, `opensWindow`, `pairs`, `tokenHash`,
    // `pairHash` and the filter test of `find` inlined (change them together)
    const n = t.count;
    const w = this.alertWeights;
    const filter = this.filter;
    const { flags, normOff, normLen, norm, brk, hash } = t;
    const bias = this.bias[0];
    let best = -Infinity;
    let bestFrom = 0;
    let from = 0;
    let sum = 0;
    let prevHash = 0;
    for (let i = 0; i < n; i++) {
      // a new sentence starts here (the first token's boundary has no token before it)
      const opens = i > 0 && brk[i] === 2;
      const length = i - from;
      if (length >= 2 * WINDOW_TOKENS || (length >= WINDOW_TOKENS && opens)) {
        const z = bias + sum / Math.sqrt(length);
        if (z > best) {
          best = z;
          bestFrom = from;
        }
        from = i;
        sum = 0;
      }
      const flag = flags[i];
      let h = NUMBER_HASH;
      // most words were hashed by the tokenizer already
      if ((flag & TokFlag.Hashed) !== 0) h = hash[i];
      else if ((flag & TokFlag.Number) === 0) {
        h = WORD_HASH_SEED;
        let prev = -1;
        const last = normOff[i] + normLen[i];
        for (let j = normOff[i]; j < last; j++) {
          const c = norm[j];
          if (c === prev && (c < 48 || c > 57)) continue;
          prev = c;
          h = Math.imul(h ^ c, 0x01000193);
        }
      }
      if ((filter[(h >>> 5) & FILTER_MASK] & (1 << (h & 31))) !== 0) {
        const f = this.probe(h);
        if (f >= 0) sum += w[f];
      }
      if (i > from && !opens) {
        const p = Math.imul(Math.imul(prevHash ^ 32, 0x01000193) ^ h, 0x01000193);
        if ((filter[(p >>> 5) & FILTER_MASK] & (1 << (p & 31))) !== 0) {
          const f = this.probe(p);
          if (f >= 0) sum += w[f];
        }
      }
      prevHash = h;
    }
    if (n > 0 && bias + sum / Math.sqrt(n - from) > best) {
      best = bias + sum / Math.sqrt(n - from);
      bestFrom = from;
    }
    // the language check runs only for the few posts that reach the threshold
    return best >= this.lowLogit && readsAsEnglish(t) ? this.alert(t, bestFrom) : null;
  }

  /** The alert for the window starting at token `from`, explained by its strongest features. */
  private alert(t: Tokens, from: number): BackstopAlert {
    const sums = new Float64Array(HEADS);
    const found: { f: number; start: number; end: number; s: number; e: number }[] = [];
    let prevHash = 0;
    let i = from;
    for (; i < t.count && (i === from || !opensWindow(t, i, from)); i++) {
      const h = tokenHash(t, i);
      const f = this.find(h);
      if (f >= 0) found.push({ f, start: t.start[i], end: t.end[i], s: i, e: i });
      if (pairs(t, i, from)) {
        const p = this.find(pairHash(prevHash, h));
        if (p >= 0) found.push({ f: p, start: t.start[i - 1], end: t.end[i], s: i - 1, e: i });
      }
      prevHash = h;
    }
    for (const { f } of found) for (let k = 0; k < HEADS; k++) sums[k] += this.weights[f * HEADS + k];
    const norm = 1 / Math.sqrt(i - from);
    for (let k = 0; k < HEADS; k++) sums[k] = this.bias[k] + sums[k] * norm;
    const level = sums[1] >= this.mediumLogit ? 2 : 1;
    // categories: the likeliest, and any other the model finds more likely than not
    let top = 0;
    for (let c = 1; c < CRISIS_CATEGORIES.length; c++) if (sums[2 + c] > sums[2 + top]) top = c;
    const chosen = CRISIS_CATEGORIES.map((_, c) => c).filter((c) => c === top || sums[2 + c] >= 0);
    chosen.sort((a, b) => sums[2 + b] - sums[2 + a]);
    const severity = CRISIS_LEVELS[level];
    const strongest = found
      .filter(({ f }) => this.weights[f * HEADS] > 0)
      .sort((a, b) => this.weights[b.f * HEADS] - this.weights[a.f * HEADS] || a.start - b.start)
      .slice(0, REPORTED_FEATURES);
    const matches: CrisisMatch[] = strongest
      .map(({ f, start, end }) => {
        // each feature is reported for the chosen category it supports most
        let cat = chosen[0];
        for (const c of chosen) if (this.weights[f * HEADS + 2 + c] > this.weights[f * HEADS + 2 + cat]) cat = c;
        const category = CRISIS_CATEGORIES[cat];
        return { rule: `backstop.${category}`, start, end, category, severity, role: 'backstop' as const };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    // (a window that reaches the threshold has a feature of positive weight)
    const at = strongest.length > 0 ? strongest[0] : { s: from, e: from };
    return { level, categories: chosen.map((c) => CRISIS_CATEGORIES[c]), matches, s: at.s, e: at.e };
  }
}

function slotOf(h: number, mask: number): number {
  return (Math.imul(h, 0x9e3779b1) >>> 12) & mask;
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

function invalid(field: string, problem: string): never {
  throw new CrisisEngineException(CrisisEngineErrorCode.INVALID_RULE, `backstop model: field "${field}" ${problem}`, 'backstop', field);
}

/** Checks a model's shape (a generated file, or an organization's own) and builds its tables. */
export function loadBackstop(input: unknown): Backstop {
  if (typeof input !== 'object' || input === null) invalid('model', 'must be an object');
  const m = input as Record<string, unknown>;
  if (m.version !== 1) invalid('version', `must be 1 (got ${JSON.stringify(m.version)})`);
  if (!Array.isArray(m.heads) || m.heads.join() !== BACKSTOP_HEADS.join()) invalid('heads', `must be [${BACKSTOP_HEADS.join(', ')}]`);
  if (typeof m.scale !== 'number' || !(m.scale > 0)) invalid('scale', 'must be a positive number');
  if (!Array.isArray(m.bias) || m.bias.length !== HEADS || !m.bias.every(Number.isFinite)) invalid('bias', `must hold ${HEADS} finite numbers`);
  const th = m.thresholds as Record<string, unknown> | undefined;
  const probability = (x: unknown): boolean => typeof x === 'number' && x > 0 && x < 1;
  if (typeof th !== 'object' || th === null || !probability(th.low) || !(th.medium === null || probability(th.medium))) {
    invalid('thresholds', 'must be { low, medium } with probabilities in (0, 1) (medium may be null)');
  }
  if (!Array.isArray(m.features)) invalid('features', 'must be an array of rows');
  (m.features as unknown[]).forEach((row, f) => {
    if (!Array.isArray(row) || row.length !== HEADS + 1 || typeof row[0] !== 'string' || row[0] === '' || !row.slice(1).every(Number.isFinite)) {
      invalid(`features[${f}]`, `must be [feature, ${BACKSTOP_HEADS.join(', ')}] (a non-empty string, then ${HEADS} finite numbers)`);
    }
  });
  return new Backstop(m as unknown as CrisisBackstopModel);
}
