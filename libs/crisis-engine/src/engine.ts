import { type Backstop, type BackstopAlert, loadBackstop } from './backstop.js';
import { CrisisEngineErrorCode, CrisisEngineException } from './crisis-engine.exception.js';
import { CRISIS_LEXICONS } from './lexicons/index.js';
import { categoryBit, type CompiledRule, compileRule, Matcher } from './matcher.js';
import { BACKSTOP_MODEL } from './models/backstop.js';
import { validateRules } from './rules.js';
import { TokFlag, Tokens } from './text.js';
import type {
  CrisisCategory,
  CrisisDampenedMatch,
  CrisisEngine,
  CrisisEngineOptions,
  CrisisLevel,
  CrisisLexicon,
  CrisisMatch,
  CrisisScanOptions,
  CrisisScanResult,
  DampenerType,
  SubjectPerson,
} from './types.js';
import { CRISIS_CATEGORIES, CRISIS_LEVELS } from './types.js';

/** Escalators and dampeners act within this many sentences and tokens of a signal. */
const NEAR_SENTENCES = 2;
/** A farewell letter opens and closes with its farewells: two strong ones pair up this many sentences apart. */
const FAREWELL_SENTENCES = 5;
const NEAR_TOKENS = 60;
/** A subject word counts for a signal at most this many tokens before it, in the same clause. */
const SUBJECT_TOKENS = 8;
const PERSONAL = categoryBit('suicide') | categoryBit('self_harm');
const MEDICAL = categoryBit('medical_emergency');
/** Dampeners that a strong escalator next to the signal overrides ("years ago" does not calm "tonight"). */
const OVERRIDDEN_BY_ESCALATION: ReadonlySet<DampenerType> = new Set(['past', 'recovery', 'hypothetical', 'modal']);

interface M {
  r: CompiledRule;
  s: number;
  e: number;
  start: number;
  end: number;
  sent: number;
  clause: number;
  alive: boolean;
  lowered: number;
  by: string | undefined;
  /** Its entry in the report, once added. */
  rep: Reported | undefined;
}

interface Reported {
  match: CrisisMatch;
  /** Index of match.severity in CRISIS_LEVELS. */
  level: number;
}

/**
 * Builds an engine from the built-in lexicons (optionally restricted to some locales) plus an organization's
 * rules. Rules are validated here; a bad rule throws `CrisisEngineException` with code `INVALID_RULE`.
 */
export function createCrisisEngine(options: CrisisEngineOptions = {}): CrisisEngine {
  const base = options.lexicons ?? CRISIS_LEXICONS;
  const wanted = options.locales?.map((l) => l.toLowerCase().split('-')[0]);
  const lexicons: CrisisLexicon[] = validateRules(
    base.filter((lx) => wanted === undefined || lx.locale === '*' || wanted.includes(lx.locale)),
    'built-in lexicons',
  );
  if (options.extraRules !== undefined) {
    const extra = validateRules(withBuiltInMacros(options.extraRules, lexicons), 'extraRules');
    const ids = new Set(lexicons.flatMap((lx) => lx.rules.map((r) => r.id)));
    for (const lx of extra) {
      for (const r of lx.rules) {
        if (ids.has(r.id)) {
          throw new CrisisEngineException(CrisisEngineErrorCode.INVALID_RULE, `extraRules: rule "${r.id}": field "id" is already used by a built-in rule`, r.id, 'id');
        }
      }
    }
    lexicons.push(...extra);
  }
  const backstop = backstopFor(options); // a bad model fails before the rules are compiled
  return new Engine(new Matcher(lexicons), backstop);
}

/** The built-in model is read once per process: its tables are never written after loading. */
let builtInBackstop: Backstop | undefined;
/** The backstop was trained beside the built-in lexicons: on with them, off when they are replaced, unless asked. */
function backstopFor(options: CrisisEngineOptions): Backstop | null {
  const wanted = options.backstop ?? options.lexicons === undefined;
  if (wanted === false) return null;
  if (wanted === true) return (builtInBackstop ??= loadBackstop(BACKSTOP_MODEL));
  return loadBackstop(wanted);
}

/** An organization's patterns may use the built-in macros of their language (English when unlocalized). */
function withBuiltInMacros(input: unknown, builtIn: CrisisLexicon[]): unknown {
  const macrosFor = (locale: unknown): Record<string, string> =>
    (builtIn.find((b) => b.locale === locale) ?? builtIn.find((b) => b.locale === 'en'))?.macros ?? {};
  const isLexicon = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x) && 'rules' in x;
  const extend = (lx: Record<string, unknown>): Record<string, unknown> => ({
    ...lx,
    macros: { ...macrosFor(lx.locale), ...(typeof lx.macros === 'object' && lx.macros !== null ? (lx.macros) : {}) },
  });
  if (Array.isArray(input) && input.length > 0 && input.every(isLexicon)) return input.map(extend);
  if (Array.isArray(input)) return extend({ locale: '*', rules: input });
  if (isLexicon(input)) return extend(input);
  return input;
}

/**
 * Scanned when an engine is built, so that the rare paths of the tokenizer, matcher and scoring (numbers, emoji,
 * prefixes, joined and spelled-out letters, accents, quotes, dampeners, subjects, escalators) have run before V8
 * optimizes them. A path first taken after that deoptimized the hot loop, which V8 then recompiled while it ran
 * (on-stack replacement) into code that stayed slower for the rest of the process. Results do not depend on it.
 */
const WARM_UP = [
  'I want to die. I have been stockpiling my 💊 and tonight I am taking all 30 of them, 800mg each at 3am.',
  "k.m.s, un-alive, i w a n t  t o  d i e, k1ll mys3lf, café naïve Straße, “quoted” \"straight\" l'envie 2.5 mmol",
  'My husband has a gun and said he will kill me.\nCrushing chest pain down my left arm, I can not breathe!',
  'Not suicidal, years ago I cut myself; she said she wants to die. This chemo is killing me lol 😂 goodbye everyone',
  'Quiero morirme. Je veux mourir. Ich will sterben. Quero morrer. Voglio morire. Sugar was 45 and I am confused.',
];

class Engine implements CrisisEngine {
  private readonly tokens = new Tokens();
  private readonly localeMasks = new Map<string, Uint8Array>();
  /** 1 for the rules that can raise an alert (signals, escalators with a category of their own), by rule index. */
  private readonly alerting: Uint8Array;

  constructor(
    private readonly matcher: Matcher,
    private readonly backstop: Backstop | null,
  ) {
    this.alerting = new Uint8Array(matcher.rules.length);
    for (const r of matcher.rules) this.alerting[r.index] = r.kind === 'signal' || (r.kind === 'escalator' && r.category !== undefined) ? 1 : 0;
    for (const text of WARM_UP) {
      this.scan(text);
      this.scan(text, { locale: 'es' });
    }
  }

  get stats(): CrisisEngine['stats'] {
    return {
      rules: this.matcher.rules.length,
      phrases: this.matcher.phrases,
      words: this.matcher.words,
      trieNodes: this.matcher.trieNodes,
      phraseNodes: this.matcher.phraseNodes,
    };
  }

  private allowed(locale: string | undefined): Uint8Array | null {
    if (locale === undefined || locale === '') return null;
    const lang = locale.toLowerCase().split(/[-_]/)[0];
    let mask = this.localeMasks.get(lang);
    if (mask === undefined) {
      mask = new Uint8Array(this.matcher.rules.length);
      const hasLang = this.matcher.rules.some((r) => r.locale === lang);
      for (const r of this.matcher.rules) mask[r.index] = !hasLang || r.locale === lang || r.locale === 'en' || r.locale === '*' ? 1 : 0;
      this.localeMasks.set(lang, mask);
    }
    return mask;
  }

  scan(text: string, options: CrisisScanOptions = {}): CrisisScanResult {
    if (typeof text !== 'string') throw new TypeError('scan(text): text must be a string');
    this.matcher.run(text, this.tokens, this.allowed(options.locale));
    const raw = this.matcher.raw;
    const rawEnd = this.matcher.rawLen * 3;
    if (rawEnd === 0) return this.backstopped(emptyResult());

    const alerting = this.alerting;
    let interesting = false;
    for (let k = 0; k < rawEnd && !interesting; k += 3) interesting = alerting[raw[k]] === 1;
    if (!interesting) return this.backstopped(emptyResult());
    const ms = this.matches();
    sortMatches(ms);
    return this.backstopped(score(ms, this.tokens));
  }

  /** The matcher's matches of the post, unsorted. */
  private matches(): M[] {
    const t = this.tokens;
    t.numberClauses();
    const rules = this.matcher.rules;
    const raw = this.matcher.raw;
    const ms: M[] = [];
    for (let k = 0; k < this.matcher.rawLen * 3; k += 3) ms.push(match(rules[raw[k]], raw[k + 1], raw[k + 2], t));
    return ms;
  }

  /** The learned backstop reads what the rules left at none, unless they dampened a signal there (a negation, an idiom…). */
  private backstopped(result: CrisisScanResult): CrisisScanResult {
    if (this.backstop === null || result.level !== 'none' || result.dampened.length > 0) return result;
    const alert = this.backstop.assess(this.tokens);
    return alert === null ? result : this.inContext(alert);
  }

  /**
   * A backstop alert read like a rule's signal at its strongest words, one per category it names, for what may raise
   * it: a plan, a means, a time or a farewell near it raise it as they raise a signal ("…the canal tonight"). It is
   * never lowered or dropped by the rules' context (the model has read the whole window, negations and all): at its
   * own level otherwise. Reported by its words, at the level reached.
   */
  private inContext(alert: BackstopAlert): CrisisScanResult {
    const t = this.tokens;
    const ms = this.matches();
    for (const category of alert.categories) ms.push(match(this.backstopSignal(category, alert.level), alert.s, alert.e, t));
    sortMatches(ms);
    const scored = score(ms, t);
    const own = scored.matches.filter((m) => m.role === 'signal' && m.rule.startsWith('backstop.'));
    const reached = Math.max(0, ...own.map((m) => CRISIS_LEVELS.indexOf(m.severity)));
    const level = CRISIS_LEVELS[Math.max(reached, alert.level)];
    const words = alert.matches.map((m) => ({ ...m, severity: level }));
    if (reached <= alert.level) {
      const byCategory: Partial<Record<CrisisCategory, CrisisLevel>> = {};
      for (const c of alert.categories) byCategory[c] = level;
      // the level in quarters and no evidence weight: a backstop alert sorts below the rules' alerts of its level
      return { level, categories: alert.categories, matches: words, score: alert.level * 25, byCategory, dampened: [] };
    }
    const matches = [...scored.matches.filter((m) => !own.includes(m)), ...words].sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...scored, matches };
  }

  private readonly backstopSignals = new Map<string, CompiledRule>();
  /** The rule a backstop alert is read as (one per category and level; after the lexicons' rules in order). */
  private backstopSignal(category: CrisisCategory, level: number): CompiledRule {
    const key = `${category}:${level}`;
    let rule = this.backstopSignals.get(key);
    if (rule === undefined) {
      const severity = level === 2 ? 'medium' : 'low';
      rule = compileRule({ id: `backstop.${category}`, kind: 'signal', category, severity, patterns: [], locale: 'en' }, this.matcher.rules.length + this.backstopSignals.size);
      this.backstopSignals.set(key, rule);
    }
    return rule;
  }
}

/** A match of rule r over tokens s…e. */
function match(r: CompiledRule, s: number, e: number, t: Tokens): M {
  return { r, s, e, start: t.start[s], end: t.end[e], sent: t.sentence[s], clause: t.clause[s], alive: true, lowered: 0, by: undefined, rep: undefined };
}

function emptyResult(): CrisisScanResult {
  return { level: 'none', categories: [], matches: [], score: 0, byCategory: {}, dampened: [] };
}

/**
 * Sorts by start, longer first, then by rule (the order rules were loaded in), whatever order the matcher reported
 * them in. The matcher reports matches by end token, so a match moves back only past matches ending inside its own
 * span (a pattern's length, bounded): insertion sort is linear here, and calls no comparator.
 */
function sortMatches(ms: M[]): void {
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i];
    let j = i - 1;
    while (j >= 0 && (ms[j].s > m.s || (ms[j].s === m.s && (ms[j].e < m.e || (ms[j].e === m.e && ms[j].r.index > m.r.index))))) {
      ms[j + 1] = ms[j];
      j--;
    }
    ms[j + 1] = m;
  }
}

/** Index of the first match starting at or after token `from` (ms sorted by start). */
function firstFrom(ms: M[], from: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].s < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlaps(a: M, b: M): boolean {
  return a.s <= b.e && b.s <= a.e;
}
function contains(a: M, b: M): boolean {
  return a.s <= b.s && a.e >= b.e && a.e - a.s > b.e - b.s;
}
function near(a: M, b: M): boolean {
  return Math.abs(a.sent - b.sent) <= NEAR_SENTENCES && Math.max(a.s - b.e, b.s - a.e) <= NEAR_TOKENS;
}
function catMask(m: M): number {
  return m.r.kind === 'signal' && m.r.category !== undefined ? categoryBit(m.r.category) : m.r.applies;
}

/**
 * Weight of a set of escalators, summed over types. Per type: the largest weight when the escalators raise a
 * signal; without a signal, the weights of non-overlapping matches added up to at most 3 (two farewells say
 * more than one, but farewells alone never make a plan).
 */
function weigh(escalators: M[], accumulate: boolean): number {
  // per type (`escType`), in reused arrays: weighing runs for every signal and escalator, on dense posts with dozens
  // of escalators each
  const sums = weighSums;
  let types = 0;
  for (const e of escalators) {
    const type = e.r.escType;
    const spans = weighSpans[type];
    if ((types & (1 << type)) === 0) {
      types |= 1 << type;
      sums[type] = 0;
      spans.length = 0;
    }
    let o = 0;
    while (o < spans.length && !overlaps(spans[o], e)) o++;
    if (o < spans.length) {
      // overlapping matches of one type count once, with the larger weight
      const w = spans[o].r.weight;
      if (e.r.weight > w) {
        sums[type] = accumulate ? sums[type] + e.r.weight - w : Math.max(sums[type], e.r.weight);
        spans[o] = e;
      }
      continue;
    }
    spans.push(e);
    sums[type] = accumulate ? sums[type] + e.r.weight : Math.max(sums[type], e.r.weight);
  }
  let total = 0;
  for (let type = 0; types !== 0; type++, types >>>= 1) {
    if ((types & 1) === 0) continue;
    total += Math.min(3, sums[type]);
    weighSpans[type].length = 0;
  }
  return total;
}
/** Number of sentences holding a farewell among `escalators`. */
function farewellSentences(escalators: M[]): number {
  const seen = new Set<number>();
  for (const e of escalators) if (e.r.escalator === 'farewell') seen.add(e.sent);
  return seen.size;
}
/** Escalator types are the 7 of `EscalatorType` (numbered by `escType`); room for more. */
const weighSums = new Int32Array(31);
const weighSpans: M[][] = Array.from({ length: 31 }, () => []);

function score(ms: M[], t: Tokens): CrisisScanResult {
  const dampened: CrisisDampenedMatch[] = [];
  const kill = (m: M, by: string): void => {
    if (!m.alive) return;
    m.alive = false;
    m.by = by;
    if (m.r.kind === 'signal' || m.r.kind === 'escalator') dampened.push({ rule: m.r.id, start: m.start, end: m.end, by });
  };

  // 1. Shadowing: idioms hide what they overlap, neutral phrases what they contain; a negation inside a
  //    longer phrase ("don't want to live", "not sure") is part of that phrase, not a negation.
  for (const m of ms) {
    const isIdiom = m.r.kind === 'dampener' && m.r.scope === 'overlap';
    if (!isIdiom && m.r.kind !== 'neutral') continue;
    for (let i = firstFrom(ms, m.s - 16); i < ms.length && ms[i].s <= m.e; i++) {
      const o = ms[i];
      if (o === m || !overlaps(m, o)) continue;
      if (isIdiom) {
        if ((o.r.kind === 'signal' || o.r.kind === 'escalator') && (catMask(o) & m.r.applies) !== 0) kill(o, m.r.id);
      } else if (contains(m, o) && (o.r.kind === 'signal' || o.r.kind === 'escalator' || o.r.kind === 'subject' || (o.r.kind === 'dampener' && o.r.scope !== 'overlap'))) {
        kill(o, m.r.id);
      }
    }
  }
  for (const m of ms) {
    if (!m.alive || m.r.dampener !== 'negation') continue;
    for (let i = firstFrom(ms, m.s - 16); i < ms.length && ms[i].s <= m.e; i++) {
      const o = ms[i];
      if (o !== m && o.alive && o.r.kind !== 'boundary' && o.r.kind !== 'subject' && o.r.dampener !== 'negation' && contains(o, m)) {
        m.alive = false;
        break;
      }
    }
  }

  const dampeners: M[] = [];
  const blockers: M[] = [];
  const subjects: M[] = [];
  const escalators: M[] = [];
  const concepts: M[] = [];
  const signals: M[] = [];
  for (const m of ms) {
    const kind = m.r.kind;
    if (kind === 'dampener') {
      if (m.r.scope !== 'overlap') dampeners.push(m);
    } else if (kind === 'blocker') blockers.push(m);
    else if (kind === 'subject') subjects.push(m);
    else if (kind === 'escalator') (m.r.escalator?.startsWith('concept_') === true ? concepts : escalators).push(m);
    else if (kind === 'signal') signals.push(m);
  }

  const inScope = (d: M, a: M): boolean => {
    if (Math.max(d.s - a.e, a.s - d.e) > NEAR_TOKENS) return false;
    switch (d.r.scope) {
      case 'forward':
        return d.e < a.s && d.clause === t.clause[a.s] && a.s - d.e - 1 <= d.r.gap;
      case 'clause':
        return d.clause === a.clause || d.clause === t.clause[a.e];
      case 'sentence':
        return d.sent === a.sent;
      case 'near':
        return Math.abs(d.sent - a.sent) <= 1;
      case 'after':
        return d.s > a.e && d.sent - a.sent >= 0 && d.sent - a.sent <= 2;
      case 'overlap':
        return overlaps(d, a);
    }
  };
  const blocked = (type: DampenerType, a: M): boolean => {
    for (let i = firstFrom(blockers, a.s - NEAR_TOKENS); i < blockers.length && blockers[i].s <= a.e + NEAR_TOKENS; i++) {
      const b = blockers[i];
      if (b.alive && b.sent === a.sent && b.r.blocks.has(type)) return true;
    }
    return false;
  };
  // the escalators near a match, walked in place (kept per match, these lists made dense posts slow to collect)
  const strongEscalation = (a: M): boolean => {
    const last = a.e + NEAR_TOKENS;
    for (let i = firstFrom(escalators, a.s - NEAR_TOKENS - 16); i < escalators.length && escalators[i].s <= last; i++) {
      const e = escalators[i];
      if (near(a, e) && e.alive && e !== a && e.r.weight >= 2 && (e.r.applies & catMask(a)) !== 0) return true;
    }
    return false;
  };
  /** Live strong farewells (`a` included) that apply to `bit`, within FAREWELL_SENTENCES and 2 × NEAR_TOKENS of `a`. */
  const strongFarewells = (a: M, bit: number): M[] => {
    const out: M[] = [];
    for (let i = firstFrom(escalators, a.s - 2 * NEAR_TOKENS); i < escalators.length && escalators[i].s <= a.e + 2 * NEAR_TOKENS; i++) {
      const e = escalators[i];
      if (e.alive && e.r.escalator === 'farewell' && e.r.weight >= 2 && (e.r.applies & bit) !== 0 && Math.abs(e.sent - a.sent) <= FAREWELL_SENTENCES) out.push(e);
    }
    return out;
  };
  /** Live escalators near `a` that apply to `bit`, other than `a`, appended to `out`. */
  const nearEscalators = (a: M, bit: number, out: M[]): M[] => {
    const last = a.e + NEAR_TOKENS;
    for (let i = firstFrom(escalators, a.s - NEAR_TOKENS - 16); i < escalators.length && escalators[i].s <= last; i++) {
      const e = escalators[i];
      if (e !== a && e.alive && (e.r.applies & bit) !== 0 && near(a, e)) out.push(e);
    }
    return out;
  };

  // 2. Dampeners, on escalators first (a negated plan is no plan), then on signals.
  const dampen = (a: M): void => {
    const mask = catMask(a);
    const strong = a.r.kind === 'signal' && strongEscalation(a);
    // scoring runs on most posts that mention anything: no allocation unless a dampener lowers
    let loweredBy: Set<DampenerType> | undefined;
    const last = a.e + NEAR_TOKENS;
    for (let i = firstFrom(dampeners, a.s - NEAR_TOKENS - 16); i < dampeners.length && dampeners[i].s <= last; i++) {
      const d = dampeners[i];
      if (!a.alive) return;
      if (!d.alive || Math.abs(d.sent - a.sent) > NEAR_SENTENCES || (d.r.applies & mask) === 0 || !inScope(d, a)) continue;
      const type = d.r.dampener as DampenerType;
      if (blocked(type, a)) continue;
      if (strong && OVERRIDDEN_BY_ESCALATION.has(type)) continue;
      if (d.r.effect === 'lower') {
        loweredBy ??= new Set<DampenerType>();
        if (!loweredBy.has(type)) {
          loweredBy.add(type);
          a.lowered++;
          a.by = d.r.id;
        }
      } else kill(a, d.r.id);
    }
  };
  for (const e of escalators) if (e.alive) dampen(e);
  for (const c of concepts) if (c.alive) dampen(c);
  for (const s of signals) if (s.alive) dampen(s);

  const subjectOf = (a: M): SubjectPerson => {
    if (a.r.person !== undefined) return a.r.person;
    let inside: M | undefined;
    let before: M | undefined;
    for (let i = firstFrom(subjects, a.s - SUBJECT_TOKENS - 8); i < subjects.length && subjects[i].s <= a.e; i++) {
      const s = subjects[i];
      if (!s.alive) continue;
      if (s.s >= a.s && s.e <= a.e) {
        if (inside === undefined) inside = s;
      } else if (s.e < a.s && a.s - s.e <= SUBJECT_TOKENS && t.clause[s.e] === t.clause[a.s]) {
        if (before === undefined || s.e > before.e || (s.e === before.e && s.s < before.s)) before = s;
      }
    }
    return (inside ?? before)?.r.person ?? 'self';
  };
  const allQuoted = (a: M): boolean => {
    for (let k = a.s; k <= a.e; k++) if ((t.flags[k] & TokFlag.Quoted) === 0) return false;
    return true;
  };
  const personal = (level: number, a: M, cat: CrisisCategory): number => {
    // an act read as suicide or self-harm but alerting as another category (an overdose taken is a medical
    // emergency) is about nobody when said of "people" or "you", and urgent whoever else it happened to
    const own = (categoryBit(cat) & PERSONAL) !== 0;
    if (!own && (catMask(a) & PERSONAL) === 0) return level;
    const person = subjectOf(a);
    if (person === 'generic') {
      kill(a, 'subject:generic');
      return 0;
    }
    if (own && person === 'other' && level < 3) return 1;
    return level;
  };

  // Every contributing match is reported once, as soon as it contributes (its escalators after it, but `skip`);
  // nothing is kept per contribution, so scoring a dense post allocates nothing that outlives one signal.
  const catLevel = new Map<CrisisCategory, number>();
  const atLevel = [0, 0, 0, 0];
  let top = 0;
  const reported: CrisisMatch[] = [];
  // Rule ids are unique in an engine (validated) and the matcher reports a rule at most once per span, so each
  // match is its own report entry: no lookup by (id, span), which made dense posts slow.
  const add = (m: M, category: CrisisCategory, level: number, role: 'signal' | 'escalator'): void => {
    const prev = m.rep;
    if (prev === undefined) {
      m.rep = { match: { rule: m.r.id, start: m.start, end: m.end, category, severity: CRISIS_LEVELS[level], role }, level };
      reported.push(m.rep.match);
      return;
    }
    if (prev.level < level) {
      prev.level = level;
      prev.match.severity = CRISIS_LEVELS[level];
      prev.match.category = category;
    }
  };
  const contribute = (m: M, category: CrisisCategory, level: number, role: 'signal' | 'escalator', escalators: M[] | null, skip: M | null): void => {
    catLevel.set(category, Math.max(catLevel.get(category) ?? 0, level));
    top = Math.max(top, level);
    atLevel[level]++;
    add(m, category, level, role);
    if (escalators !== null) for (const e of escalators) if (e !== skip) add(e, category, level, 'escalator');
  };

  // 3. Signals, raised by the escalators near them.
  for (const a of signals) {
    if (!a.alive) continue;
    const cat = a.r.category as CrisisCategory;
    let level = a.r.sev;
    const used = nearEscalators(a, categoryBit(cat), []);
    const total = weigh(used, false);
    if (total >= 2) level = 3;
    else if (total === 1) level = Math.min(3, level + 1);
    // "urge to", "but I'm holding on": one level down each, after escalation, never below low
    level = Math.max(1, level - a.lowered);
    if (level < 3 && allQuoted(a)) {
      level--;
      if (level === 0) {
        kill(a, 'quote');
        continue;
      }
    }
    level = personal(level, a, cat);
    if (level === 0) continue;
    contribute(a, cat, level, 'signal', used, null);
    for (const e of used) {
      if (e.r.category !== undefined && e.r.category !== cat) contribute(e, e.r.category, Math.max(1, e.r.sev), 'escalator', null, null);
    }
  }

  // 4. Escalators together, without a signal: plan + means + timing, preparation + farewell.
  for (const e of escalators) {
    if (!e.alive || e.r.category === undefined) continue;
    const cat = e.r.category;
    const used = nearEscalators(e, categoryBit(cat), [e]);
    const total = weigh(used, true);
    // an act in progress (on the ledge, just swallowed) with anything else is high
    const act = used.some((o) => o.r.escalator === 'act');
    // means at hand (weight 2) with any other kind of evidence (timing, farewell, finality, plan) is method + intent;
    // so is a means named in passing ("the rope in the garage") with strong resolve ("I'm not scared anymore")
    const meansAnd =
      (used.some((o) => o.r.escalator === 'means' && o.r.weight >= 2) && used.some((o) => o.r.escalator !== 'means')) ||
      (used.some((o) => o.r.escalator === 'means') && used.some((o) => o.r.escalator !== 'means' && o.r.escalator !== 'timing' && o.r.weight >= 2)) ||
      // preparation (letters, giving things away) with a farewell, resolve or means is preparatory behaviour
      (used.some((o) => o.r.escalator === 'preparation' && o.r.weight >= 2) && used.some((o) => o.r.escalator !== 'preparation' && o.r.escalator !== 'timing'));
    // two separate strong farewells ("this is my last post" … "goodbye forever") are a farewell, not a mood, even when
    // they open and close a longer post
    const farewells = used.some((o) => o.r.escalator === 'farewell' && o.r.weight >= 2) ? strongFarewells(e, categoryBit(cat)) : [];
    // …and so is a strong one closing a farewell told over three sentences ("Thank you all for everything. I am done.
    // Goodbye."): each weak on its own, celebrations included
    const farewell =
      // (two in different sentences exist iff one differs from the first: linear in the farewells of a dense post)
      (farewells.length > 1 && farewells.some((b) => b.sent !== farewells[0].sent && !overlaps(farewells[0], b))) ||
      (farewells.length > 0 && farewellSentences(used) >= 3);
    let level = total >= 4 || farewell || ((act || meansAnd) && total >= 3) ? 3 : total >= 3 ? 2 : e.r.sev;
    if (level === 0) continue;
    level = personal(level, e, cat);
    if (level === 0) continue;
    contribute(e, cat, level, 'escalator', used, e);
  }

  // 4b. Acute signs together: two separate strong signs (hard to wake and breathing fast, a knock to the head and
  //     drowsy), in the same or the next sentence, are an emergency whoever has them, named or not; one alone only
  //     raises a named emergency. A post is scored only if it holds an alerting rule, so a sign that should start
  //     this needs `category: 'medical_emergency'` (an escalator with a category alerts only through combinations).
  for (const e of escalators) {
    if (!e.alive || e.r.escalator !== 'symptom' || e.r.weight < 2 || (e.r.applies & MEDICAL) === 0) continue;
    const signs = nearEscalators(e, MEDICAL, []).filter((o) => o.r.escalator === 'symptom' && o.r.weight >= 2 && Math.abs(o.sent - e.sent) <= 1 && !overlaps(o, e));
    if (signs.length > 0) contribute(e, 'medical_emergency', 3, 'escalator', signs, null);
  }

  /** A live timing escalator within a sentence of `c`. */
  const nearTiming = (c: M): M | undefined => {
    for (let i = firstFrom(escalators, c.s - NEAR_TOKENS); i < escalators.length && escalators[i].s <= c.e + NEAR_TOKENS; i++) {
      const e = escalators[i];
      if (e.alive && e.r.escalator === 'timing' && Math.abs(e.sent - c.sent) <= 1) return e;
    }
    return undefined;
  };
  // 4c. Concepts together: a means named anywhere in a sentence, with an amount or a time and a word of finality, all
  //     within a sentence of it and said by the poster, is a plan in words no pattern lists ("tonight's the night,
  //     I've saved 60 of my quetiapine"). Concepts never raise a signal, and any dampener reaching them removes them.
  for (const c of concepts) {
    if (!c.alive || c.r.escalator !== 'concept_means') continue;
    let amount: M | undefined;
    let time: M | undefined;
    let final: M | undefined;
    for (let i = firstFrom(concepts, c.s - NEAR_TOKENS); i < concepts.length && concepts[i].s <= c.e + NEAR_TOKENS; i++) {
      const o = concepts[i];
      if (o === c || !o.alive || Math.abs(o.sent - c.sent) > 1 || overlaps(o, c)) continue;
      if (o.r.escalator === 'concept_amount') amount ??= o;
      else if (o.r.escalator === 'concept_time') time ??= o;
      else if (o.r.escalator === 'concept_final') final ??= o;
    }
    // the timing escalators are times too (the concept rule adds only what they leave out: a bare day, "now")
    time ??= nearTiming(c);
    if (final === undefined || (amount === undefined && time === undefined) || subjectOf(c) !== 'self') continue;
    const evidence = [final];
    if (amount !== undefined) evidence.push(amount);
    if (time !== undefined) evidence.push(time);
    contribute(c, 'suicide', 3, 'escalator', evidence, null);
  }

  // 5. The post's level is its highest category.
  const byCategory: Partial<Record<CrisisCategory, CrisisLevel>> = {};
  if (top === 0) return { ...emptyResult(), dampened };
  const categories = [...catLevel.entries()]
    .sort((a, b) => b[1] - a[1] || CRISIS_CATEGORIES.indexOf(a[0]) - CRISIS_CATEGORIES.indexOf(b[0]))
    .map(([c, l]) => {
      byCategory[c] = CRISIS_LEVELS[l];
      return c;
    });
  const matches = reported.sort((a, b) => a.start - b.start || a.end - b.end);
  const evidence = matches.length - 1 + atLevel[top] - 1;
  return {
    level: CRISIS_LEVELS[top],
    categories,
    matches,
    score: Math.min(100, top * 25 + Math.min(24, evidence * 4)),
    byCategory,
    dampened,
  };
}

