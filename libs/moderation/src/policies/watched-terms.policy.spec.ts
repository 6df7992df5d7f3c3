import { describe, expect, it } from '@jest/globals';
import { WatchedTermAction } from '../entities/moderation.enums.js';
import { censor, compileTerms, decideTerms, matchTerms, normalizeTerm, type TermRule } from './watched-terms.policy.js';

const term = (id: string, text: string, action: WatchedTermAction): TermRule => ({ id, term: text, action, reason: `reason ${id}` });

describe('watched terms', () => {
  const terms = [
    term('a', 'miracle cure', WatchedTermAction.BLOCK),
    term('b', 'buy now', WatchedTermAction.FLAG),
    term('c', 'idiot*', WatchedTermAction.CENSOR),
  ];
  const engine = compileTerms(terms);

  it('matches through the crisis engine normalization: case, leetspeak and separators', () => {
    expect(matchTerms(engine, terms, 'Try this MIRACLE CURE today').map((m) => m.term.id)).toEqual(['a']);
    expect(matchTerms(engine, terms, 'a m1r4cl3 cur3 for all').map((m) => m.term.id)).toEqual(['a']);
    expect(matchTerms(engine, terms, 'b.u.y n.o.w').map((m) => m.term.id)).toEqual(['b']);
    expect(matchTerms(engine, terms, 'what idiots').map((m) => m.term.id)).toEqual(['c']);
    expect(matchTerms(engine, terms, 'nothing to see')).toEqual([]);
  });

  it('censors the matched span and keeps the rest', () => {
    const text = 'you idiots again';
    const spans = matchTerms(engine, terms, text);
    expect(censor(text, spans)).toBe('you ****** again');
  });

  it('never blocks or censors crisis language, but still holds and flags', () => {
    const matches = [
      { term: terms[0], start: 0, end: 1 },
      { term: term('d', 'x', WatchedTermAction.HOLD), start: 0, end: 1 },
      { term: terms[2], start: 0, end: 1 },
    ];
    expect(decideTerms(matches, false)).toMatchObject({ block: 'reason a', hold: 'reason d', censor: [{ start: 0, end: 1 }] });
    expect(decideTerms(matches, true)).toMatchObject({ block: null, hold: 'reason d', censor: [] });
  });

  it('accepts words and prefixes only', () => {
    expect(normalizeTerm('  Buy   NOW ')).toBe('buy now');
    expect(normalizeTerm('idiot*')).toBe('idiot*');
    expect(normalizeTerm('(a|b)')).toBeNull();
    expect(normalizeTerm('')).toBeNull();
  });
});
