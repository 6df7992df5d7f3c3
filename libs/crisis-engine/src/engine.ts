import { CrisisEngineErrorCode, CrisisEngineException } from './crisis-engine.exception.js';
import { CRISIS_LEXICONS } from './lexicons/index.js';
import { categoryBit, type CompiledRule, Matcher } from './matcher.js';
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
const NEAR_TOKENS = 60;
/** A subject word counts for a signal at most this many tokens before it, in the same clause. */
const SUBJECT_TOKENS = 8;
const PERSONAL = categoryBit('suicide') | categoryBit('self_harm');
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
  /** Scoring caches (positions only, never liveness): escalators and blockers near this match. */
  nearEsc: M[] | undefined;
  nearBlk: M[] | undefined;
  /** Its entry in the report, once added (shared by every match with the same rule id and span). */
  rep: Reported | undefined;
}

interface Reported {
  match: CrisisMatch;
  /** Index of match.severity in CRISIS_LEVELS. */
  level: number;
}

interface Contribution {
  m: M;
  category: CrisisCategory;
  level: number;
  role: 'signal' | 'escalator';
  escalators: M[];
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
  return new Engine(new Matcher(lexicons));
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

class Engine implements CrisisEngine {
  private readonly tokens = new Tokens();
  private readonly localeMasks = new Map<string, Uint8Array>();

  constructor(private readonly matcher: Matcher) {}

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
    const t = this.tokens;
    this.matcher.run(text, t, this.allowed(options.locale));
    const raw = this.matcher.raw;
    const rawEnd = this.matcher.rawLen * 3;
    if (rawEnd === 0) return emptyResult();

    const rules = this.matcher.rules;
    let interesting = false;
    // only signals, and escalators that report a category of their own, can raise an alert
    for (let k = 0; k < rawEnd && !interesting; k += 3) {
      const r = rules[raw[k]];
      interesting = r.kind === 'signal' || (r.kind === 'escalator' && r.category !== undefined);
    }
    if (!interesting) return emptyResult();
    const ms: M[] = [];
    for (let k = 0; k < rawEnd; k += 3) {
      const r = rules[raw[k]];
      const s = raw[k + 1];
      const e = raw[k + 2];
      ms.push({ r, s, e, start: t.start[s], end: t.end[e], sent: t.sentence[s], clause: t.clause[s], alive: true, lowered: 0, by: undefined, nearEsc: undefined, nearBlk: undefined, rep: undefined });
    }
    ms.sort((a, b) => a.s - b.s || b.e - a.e);
    return score(ms, t);
  }
}

function emptyResult(): CrisisScanResult {
  return { level: 'none', categories: [], matches: [], score: 0, byCategory: {}, dampened: [] };
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

/** Matches whose start token lies in [from, to]: bounded work per match keeps scoring linear. */
function around(ms: M[], from: number, to: number): M[] {
  const out: M[] = [];
  for (let i = firstFrom(ms, from); i < ms.length && ms[i].s <= to; i++) out.push(ms[i]);
  return out;
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
  const byType = new Map<string, { sum: number; spans: M[] }>();
  for (const e of escalators) {
    const type = e.r.escalator as string;
    let entry = byType.get(type);
    if (entry === undefined) byType.set(type, (entry = { sum: 0, spans: [] }));
    if (entry.spans.some((o) => overlaps(o, e))) {
      // overlapping matches of one type count once, with the larger weight
      const o = entry.spans.find((x) => overlaps(x, e)) as M;
      if (e.r.weight > o.r.weight) {
        entry.sum = accumulate ? entry.sum + e.r.weight - o.r.weight : Math.max(entry.sum, e.r.weight);
        entry.spans[entry.spans.indexOf(o)] = e;
      }
      continue;
    }
    entry.spans.push(e);
    entry.sum = accumulate ? entry.sum + e.r.weight : Math.max(entry.sum, e.r.weight);
  }
  let total = 0;
  for (const { sum } of byType.values()) total += Math.min(3, sum);
  return total;
}

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
      } else if (contains(m, o) && (o.r.kind === 'signal' || o.r.kind === 'escalator' || o.r.kind === 'subject' || o.r.dampener === 'negation')) {
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
  const signals: M[] = [];
  for (const m of ms) {
    const kind = m.r.kind;
    if (kind === 'dampener') {
      if (m.r.scope !== 'overlap') dampeners.push(m);
    } else if (kind === 'blocker') blockers.push(m);
    else if (kind === 'subject') subjects.push(m);
    else if (kind === 'escalator') escalators.push(m);
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
  const blocked = (type: DampenerType, a: M): boolean =>
    (a.nearBlk ??= around(blockers, a.s - NEAR_TOKENS, a.e + NEAR_TOKENS)).some((b) => b.alive && b.sent === a.sent && b.r.blocks.has(type));
  // which escalators are near a match depends on positions only: computed once per match (liveness is checked by callers)
  const nearEscalators = (a: M): M[] => (a.nearEsc ??= around(escalators, a.s - NEAR_TOKENS - 16, a.e + NEAR_TOKENS).filter((e) => near(a, e)));
  const strongEscalation = (a: M): boolean =>
    nearEscalators(a).some((e) => e.alive && e !== a && e.r.weight >= 2 && (e.r.applies & catMask(a)) !== 0);

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

  // 3. Signals, raised by the escalators near them.
  const contributions: Contribution[] = [];
  for (const a of signals) {
    if (!a.alive) continue;
    const cat = a.r.category as CrisisCategory;
    let level = a.r.sev;
    const used: M[] = [];
    for (const e of nearEscalators(a)) {
      if (!e.alive || (e.r.applies & categoryBit(cat)) === 0) continue;
      used.push(e);
    }
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
    contributions.push({ m: a, category: cat, level, role: 'signal', escalators: used });
    for (const e of used) {
      if (e.r.category !== undefined && e.r.category !== cat) {
        contributions.push({ m: e, category: e.r.category, level: Math.max(1, e.r.sev), role: 'escalator', escalators: [] });
      }
    }
  }

  // 4. Escalators together, without a signal: plan + means + timing, preparation + farewell.
  for (const e of escalators) {
    if (!e.alive || e.r.category === undefined) continue;
    const cat = e.r.category;
    const used: M[] = [e];
    for (const o of nearEscalators(e)) {
      if (!o.alive || o === e || (o.r.applies & categoryBit(cat)) === 0) continue;
      used.push(o);
    }
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
    // two separate strong farewells ("this is my last post" … "goodbye forever") are a farewell, not a mood
    const farewells = used.filter((o) => o.r.escalator === 'farewell' && o.r.weight >= 2);
    const farewell = farewells.some((a) => farewells.some((b) => !overlaps(a, b) && a.sent !== b.sent));
    let level = total >= 4 || farewell || ((act || meansAnd) && total >= 3) ? 3 : total >= 3 ? 2 : e.r.sev;
    if (level === 0) continue;
    level = personal(level, e, cat);
    if (level === 0) continue;
    contributions.push({ m: e, category: cat, level, role: 'escalator', escalators: used.filter((o) => o !== e) });
  }

  // 5. The post's level is its highest category; every contributing match is reported once.
  const byCategory: Partial<Record<CrisisCategory, CrisisLevel>> = {};
  const catLevel = new Map<CrisisCategory, number>();
  let top = 0;
  for (const c of contributions) {
    catLevel.set(c.category, Math.max(catLevel.get(c.category) ?? 0, c.level));
    top = Math.max(top, c.level);
  }
  if (top === 0) return { ...emptyResult(), dampened };
  const categories = [...catLevel.entries()]
    .sort((a, b) => b[1] - a[1] || CRISIS_CATEGORIES.indexOf(a[0]) - CRISIS_CATEGORIES.indexOf(b[0]))
    .map(([c, l]) => {
      byCategory[c] = CRISIS_LEVELS[l];
      return c;
    });
  const seen = new Map<string, Reported>();
  const add = (m: M, category: CrisisCategory, level: number, role: 'signal' | 'escalator'): void => {
    // the report entry is looked up by key once per match, then reached through the match
    let prev = m.rep;
    if (prev === undefined) {
      const key = `${m.r.id}:${m.start}:${m.end}`;
      prev = seen.get(key);
      if (prev === undefined) {
        m.rep = { match: { rule: m.r.id, start: m.start, end: m.end, category, severity: CRISIS_LEVELS[level], role }, level };
        seen.set(key, m.rep);
        return;
      }
      m.rep = prev;
    }
    if (prev.level < level) {
      prev.level = level;
      prev.match.severity = CRISIS_LEVELS[level];
      prev.match.category = category;
    }
  };
  for (const c of contributions) {
    add(c.m, c.category, c.level, c.role);
    for (const e of c.escalators) add(e, c.category, c.level, 'escalator');
  }
  const matches = [...seen.values()].map((x) => x.match).sort((a, b) => a.start - b.start || a.end - b.end);
  const evidence = matches.length - 1 + contributions.filter((c) => c.level === top).length - 1;
  return {
    level: CRISIS_LEVELS[top],
    categories,
    matches,
    score: Math.min(100, top * 25 + Math.min(24, evidence * 4)),
    byCategory,
    dampened,
  };
}

