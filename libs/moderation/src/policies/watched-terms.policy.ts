import { type CrisisEngine, type CrisisRule, createCrisisEngine } from '@alongside/crisis-engine';
import { WatchedTermAction } from '../entities/moderation.enums.js';

export interface TermRule {
  readonly id: string;
  readonly term: string;
  readonly action: WatchedTermAction;
  readonly reason: string;
}

export interface TermMatch {
  readonly term: TermRule;
  readonly start: number;
  readonly end: number;
}

/** Words of letters or digits (a hyphen or apostrophe inside), a trailing `*` for a prefix. */
const TERM_RE = /^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*\*?(?: [\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*\*?){0,5}$/u;

/** A watched term as moderators type it, normalized; null when it is not one we can match. */
export function normalizeTerm(term: string): string | null {
  const clean = term.trim().toLowerCase().replace(/\s+/g, ' ');
  return clean.length <= 200 && TERM_RE.test(clean) ? clean : null;
}

const RULE_PREFIX = 'watch.';

/**
 * Compiles terms with the crisis engine's own matcher (its normalization: case, accents, leetspeak,
 * separators), as signals of no crisis meaning and none of its built-in lexicons.
 */
export function compileTerms(terms: readonly TermRule[]): CrisisEngine {
  const rules: CrisisRule[] = terms.map((t) => ({
    id: `${RULE_PREFIX}${t.id}`,
    kind: 'signal',
    patterns: [t.term],
    category: 'abuse',
    severity: 'high',
    person: 'self',
  }));
  return createCrisisEngine({ lexicons: [], extraRules: rules });
}

export function matchTerms(engine: CrisisEngine, terms: readonly TermRule[], text: string): TermMatch[] {
  const byRule = new Map(terms.map((t) => [`${RULE_PREFIX}${t.id}`, t]));
  return engine
    .scan(text)
    .matches.flatMap((m) => {
      const term = byRule.get(m.rule);
      return term ? [{ term, start: m.start, end: m.end }] : [];
    });
}

/** Replaces each matched span by asterisks (spaces kept), so the post still reads. */
export function censor(text: string, spans: readonly { start: number; end: number }[]): string {
  const chars = [...text.split('')];
  for (const { start, end } of spans) for (let i = start; i < end; i++) if (!/\s/.test(chars[i])) chars[i] = '*';
  return chars.join('');
}

export interface TermDecision {
  /** The reason shown to the author when a term blocks the post. */
  readonly block: string | null;
  readonly hold: string | null;
  readonly flags: string[];
  readonly censor: { start: number; end: number }[];
}

/**
 * What matched terms do to a post. Crisis language is never blocked or censored: a post in crisis is
 * published (or held, when a term says so) and always scanned, so someone is alerted.
 */
export function decideTerms(matches: readonly TermMatch[], crisis: boolean): TermDecision {
  const of = (action: WatchedTermAction) => matches.filter((m) => m.term.action === action);
  const blocking = of(WatchedTermAction.BLOCK);
  return {
    block: !crisis && blocking.length ? blocking[0].term.reason : null,
    hold: of(WatchedTermAction.HOLD)[0]?.term.reason ?? null,
    flags: [...new Set(of(WatchedTermAction.FLAG).map((m) => m.term.reason))],
    censor: crisis ? [] : of(WatchedTermAction.CENSOR).map(({ start, end }) => ({ start, end })),
  };
}
