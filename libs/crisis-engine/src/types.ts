/** Severity of a post, after C-SSRS (see shared/DESIGN.md). */
export type CrisisLevel = 'none' | 'low' | 'medium' | 'high';

export type CrisisCategory = 'suicide' | 'self_harm' | 'harm_to_others' | 'abuse' | 'medical_emergency';

export const CRISIS_LEVELS: readonly CrisisLevel[] = ['none', 'low', 'medium', 'high'];
export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
];

/**
 * What a rule does when its pattern matches.
 * - signal: direct evidence of a category at a base severity.
 * - escalator: context that raises nearby signals (timing, means, plan, preparation, farewell, act, symptom).
 * - dampener: context that lowers or removes nearby signals (negation, idiom, past, recovery, ...).
 * - blocker: context that cancels some dampeners ("again" cancels "years ago").
 * - subject: who a nearby suicide/self-harm signal is about (self, someone else, generic "you"/"people").
 * - neutral: a phrase that only shadows the shorter phrases it contains ("died by suicide", "not sure").
 * - boundary: a word that ends a clause ("but", "pero", "mais").
 */
export type RuleKind = 'signal' | 'escalator' | 'dampener' | 'blocker' | 'subject' | 'neutral' | 'boundary';

/**
 * The `concept_*` types are single concepts (a means named, an amount, a time, a word of finality) that never raise
 * a signal; only their co-occurrence counts (engine: concepts together).
 */
export type EscalatorType =
  | 'timing'
  | 'means'
  | 'plan'
  | 'preparation'
  | 'farewell'
  | 'act'
  | 'symptom'
  | 'concept_means'
  | 'concept_amount'
  | 'concept_time'
  | 'concept_final';

export type DampenerType =
  | 'negation'
  | 'idiom'
  | 'past'
  | 'recovery'
  | 'reported'
  | 'education'
  | 'hypothetical'
  | 'jest'
  | 'resolved'
  | 'clarification'
  | 'modal'
  | 'protective';

/**
 * Where a dampener applies, relative to the match it dampens.
 * - overlap: the two spans share a token (idioms).
 * - forward: the dampener ends before the signal starts, in the same clause, at most `gap` tokens before it.
 * - clause / sentence: same clause / sentence.
 * - near: same sentence or one sentence either side.
 * - after: same sentence or the two sentences before the dampener (recovery told after the fact).
 */
export type DampenerScope = 'overlap' | 'forward' | 'clause' | 'sentence' | 'near' | 'after';

export type SubjectPerson = 'self' | 'other' | 'generic';

/** One rule as written in a lexicon file or in an organization's configuration. */
export interface CrisisRule {
  /** Unique id, conventionally `<locale>.<category or kind>.<name>`; it names the rule in every match. */
  id: string;
  kind: RuleKind;
  /** Token patterns; see the README for the syntax: `(a|b)`, `[optional]`, `word*`, `*suffix`, `<num:0-54>`, `~3`, `$`, `{MACRO}`. */
  patterns: string[];
  /** Required for signals; for escalators, the category an escalator-only combination reports. */
  category?: CrisisCategory;
  /** Required for signals; for escalators, the level the escalator reaches alone (default none). */
  severity?: Exclude<CrisisLevel, 'none'>;
  /** Escalators only. */
  escalator?: EscalatorType;
  /** Escalators: 1 raises a signal one level, 2 raises it to high (default 2; timing is usually 1). */
  weight?: 1 | 2;
  /** Dampeners only. */
  dampener?: DampenerType;
  scope?: DampenerScope;
  /** Forward scope: how many tokens may separate the dampener and the signal (default 4). */
  gap?: number;
  /** Dampeners: remove the signal (default) or lower it one level. */
  effect?: 'suppress' | 'lower';
  /** Blockers: which dampener types they cancel in the same sentence. */
  blocks?: DampenerType[];
  /** Subjects: whose state the clause is about. Signals: force the subject instead of looking for one. */
  person?: SubjectPerson;
  /** Escalators and dampeners: categories they act on (escalators default to suicide and self_harm, dampeners to all). */
  applies?: CrisisCategory[];
  /** Language of the rule; scans with a locale use that language's rules, English and unlocalized ones. */
  locale?: string;
}

/** A lexicon file: one language's rules plus helpers that only shape patterns. */
export interface CrisisLexicon {
  locale: string;
  /** `{NAME}` in a pattern is replaced by the macro's text (itself a pattern, usually an alternation). */
  macros?: Record<string, string>;
  /** Misspellings: each key is read as its value (single words). */
  aliases?: Record<string, string>;
  /** Words also matched with one letter dropped or two adjacent letters swapped (length ≥ 6). */
  fuzzy?: string[];
  rules: CrisisRule[];
}

export interface CrisisEngineOptions {
  /** Locales to load from the built-in lexicons (default: all of en, es, fr, de, pt, it). */
  locales?: string[];
  /** An organization's own rules or lexicons, validated at load. */
  extraRules?: CrisisRule[] | CrisisLexicon | CrisisLexicon[];
  /** Replace the built-in lexicons entirely (tests, benchmarks). */
  lexicons?: CrisisLexicon[];
  /**
   * The learned backstop, which may raise a post the rules leave at none without dampening anything (README,
   * "Learned backstop"): on by default with the built-in lexicons, off when `lexicons` replaces them; a model of
   * one's own (the shape `npm run crisis:train` writes) is validated at load.
   */
  backstop?: boolean | CrisisBackstopModel;
}

/** A trained backstop model (generated by `npm run crisis:train`; `libs/crisis-engine/src/models/backstop.ts`). */
export interface CrisisBackstopModel {
  version: 1;
  /** Weight columns after each feature: `alert` (any level), `medium` (medium or high), then CRISIS_CATEGORIES. */
  heads: string[];
  /** Weights and biases are stored as integers: the logit contribution × scale. */
  scale: number;
  bias: number[];
  /** Probabilities: the alert head's for low, the medium head's for medium (null: the backstop never says medium). */
  thresholds: { low: number; medium: number | null };
  /** One row per feature: a squeezed normalized word, two joined by one space, or `<num>`; then a weight per head. */
  features: [string, ...number[]][];
}

export interface CrisisScanOptions {
  /** BCP 47 tag or language code of the post ("es", "pt-BR"); restricts matching to that language plus English. */
  locale?: string;
}

export interface CrisisMatch {
  rule: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  category: CrisisCategory;
  /** The level this match contributed to its category. */
  severity: CrisisLevel;
  /** `backstop`: a word or word pair that weighed most in the learned backstop's alert (rule `backstop.<category>`). */
  role: 'signal' | 'escalator' | 'backstop';
}

export interface CrisisDampenedMatch {
  rule: string;
  start: number;
  end: number;
  /** The dampener rule (or built-in reason such as `quote` or `subject:other`). */
  by: string;
}

export interface CrisisScanResult {
  level: CrisisLevel;
  categories: CrisisCategory[];
  matches: CrisisMatch[];
  /** 0–100: the level in quarters plus the weight of the evidence, for ordering alerts of one level. */
  score: number;
  byCategory: Partial<Record<CrisisCategory, CrisisLevel>>;
  /** Signals that matched but were removed or lowered by context, with the reason. */
  dampened: CrisisDampenedMatch[];
}

export interface CrisisEngine {
  scan(text: string, options?: CrisisScanOptions): CrisisScanResult;
  /** Number of rules and expanded phrases compiled. */
  readonly stats: { rules: number; phrases: number; words: number; trieNodes: number; phraseNodes: number };
}
