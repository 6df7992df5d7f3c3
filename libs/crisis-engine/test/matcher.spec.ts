import { describe, expect, it } from '@jest/globals';
import { type CrisisLexicon } from '../src/index.js';
import { Matcher } from '../src/matcher.js';
import { Tokens } from '../src/text.js';

// Words that normalize to themselves (no repeated letters, no leetspeak), two edits or more apart.
const VOCAB = ['alpha', 'bravo', 'delta', 'echo', 'golf', 'hotel'];
// More words, so that symbols share the automaton's 32 bloom bits: a node's bloom then lets through symbols that are
// not its edges, and only the edge check tells them apart.
const FILLER = ('anchor blanket cactus dolphin engine falcon giraf helmet jacket lemon magnet napkin orbit pencil quartz ' +
  'rocket tulip violin walnut yogurt bucket candy donkey fabric guitar insect jigsaw marble nectar parsley').split(' ');

type Item = { words: string[] } | { gap: number };

/** Deterministic (a linear congruential generator), so a failure names a reproducible case. */
function rng(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296;
}

function randomWord(r: () => number): string {
  const list = r() < 0.3 ? FILLER : VOCAB;
  return list[Math.floor(r() * list.length)];
}

/** A pattern of 2–4 words or alternations, with gaps `~1`–`~3` between some of them. */
function randomPattern(r: () => number): Item[] {
  const pick = (): string => randomWord(r);
  const items: Item[] = [];
  const n = 2 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    if (i > 0 && r() < 0.4) items.push({ gap: 1 + Math.floor(r() * 3) });
    items.push({ words: r() < 0.3 ? [pick(), pick()] : [pick()] });
  }
  return items;
}

function source(items: Item[]): string {
  return items.map((x) => ('gap' in x ? `~${x.gap}` : x.words.length > 1 ? `(${x.words.join('|')})` : x.words[0])).join(' ');
}

/** Whether tokens[s…e] (inclusive) are exactly items[i…]: the definition the automaton must agree with. */
function matchesAt(items: Item[], i: number, tokens: string[], s: number, e: number): boolean {
  if (i === items.length) return s === e + 1;
  const item = items[i];
  if ('gap' in item) {
    for (let skip = 0; skip <= item.gap && s + skip <= e; skip++) if (matchesAt(items, i + 1, tokens, s + skip, e)) return true;
    return false;
  }
  return s <= e && item.words.includes(tokens[s]) && matchesAt(items, i + 1, tokens, s + 1, e);
}

/** Rule p's matches in `words` by the definition: for every end token, the earliest start of any of its patterns. */
function bruteForce(rules: Item[][][], words: string[]): string[] {
  const expected: string[] = [];
  rules.forEach((patterns, p) => {
    for (let e = 0; e < words.length; e++) {
      for (let s = 0; s <= e; s++) {
        if (patterns.some((items) => matchesAt(items, 0, words, s, e))) {
          expected.push(`t.p${p} ${s}-${e}`);
          break;
        }
      }
    }
  });
  return expected.sort();
}

/** Runs random posts through a matcher of `rules` and compares with `bruteForce`; returns how many matches were seen. */
function agreeOnRandomPosts(rules: Item[][][], r: () => number, posts: number): number {
  const lexicon: CrisisLexicon = {
    locale: 'en',
    rules: rules.map((patterns, i) => ({ id: `t.p${i}`, kind: 'signal', category: 'suicide', severity: 'low', patterns: patterns.map(source) })),
  };
  const matcher = new Matcher([lexicon]);
  const tokens = new Tokens();
  let reported = 0;
  for (let post = 0; post < posts; post++) {
    const words = Array.from({ length: 1 + Math.floor(r() * 30) }, () => randomWord(r));
    matcher.run(words.join(' '), tokens, null);
    const actual: string[] = [];
    for (let k = 0; k < matcher.rawLen * 3; k += 3) actual.push(`${matcher.rules[matcher.raw[k]].id} ${matcher.raw[k + 1]}-${matcher.raw[k + 2]}`);
    expect({ text: words.join(' '), matches: actual.sort() }).toEqual({ text: words.join(' '), matches: bruteForce(rules, words) });
    reported += actual.length;
  }
  return reported;
}

describe('token automaton', () => {
  it('reports, for every rule and end token, the earliest start: as a brute-force reading of the patterns does', () => {
    const r = rng(7);
    // the filler words first, so that they take the first symbols and the other words share their bloom bits
    const rules = [...FILLER.map((w): Item[][] => [[{ words: [w] }]]), ...Array.from({ length: 60 }, () => [randomPattern(r)])];
    // the posts exercise the automaton: single-edge chains, alternations, gaps ending on either kind of token
    expect(agreeOnRandomPosts(rules, r, 600)).toBeGreaterThan(1000);
  });

  it('agrees with the brute-force reading when rules share beginnings and endings (the graph is joined and merged)', () => {
    const r = rng(11);
    // few words and several patterns per rule: many patterns start alike (one word reaches several nodes, which the
    // compiler joins into one) and end alike (nodes with one future, which it merges), within a rule and across rules
    const stems = Array.from({ length: 12 }, (): Item[] => [
      { words: r() < 0.5 ? [randomWord(r), randomWord(r)] : [randomWord(r)] },
      { words: [randomWord(r)] },
      ...(r() < 0.5 ? [{ gap: 1 + Math.floor(r() * 2) }] : []),
    ]);
    // (a pattern ends on a word, not a gap)
    const tail = (): Item[] => {
      const items = randomPattern(r).slice(0, 1 + Math.floor(r() * 3));
      return 'gap' in items[items.length - 1] ? items.slice(0, -1) : items;
    };
    const rules = Array.from({ length: 40 }, () => Array.from({ length: 1 + Math.floor(r() * 4) }, () => [...stems[Math.floor(r() * stems.length)], ...tail()]));
    // two rules with the same patterns: their end nodes differ only in the rule they report
    rules.push(rules[0].map((items) => [...items]));
    expect(agreeOnRandomPosts(rules, r, 1000)).toBeGreaterThan(1000);
  });
});

describe('suffix patterns', () => {
  it('match words the tokenizer reads on its fast path, beside exact words and the bloom filter', () => {
    const lexicon: CrisisLexicon = {
      locale: 'de',
      rules: [
        { id: 't.suffix', kind: 'signal', category: 'suicide', severity: 'low', patterns: ['alle *tabletten genommen'] },
        { id: 't.exact', kind: 'signal', category: 'suicide', severity: 'low', patterns: ['alle pillen genommen'] },
        { id: 't.short', kind: 'signal', category: 'suicide', severity: 'low', patterns: ['*ox gefunden'] },
      ],
    };
    const matcher = new Matcher([lexicon]);
    const tokens = new Tokens();
    const ids = (text: string): string[] => {
      matcher.run(text, tokens, null);
      const out: string[] = [];
      for (let k = 0; k < matcher.rawLen * 3; k += 3) out.push(matcher.rules[matcher.raw[k]].id);
      return out.sort();
    };
    // repeated letters squeezed at the end ("tablettten"), a two-letter suffix word ("ox")
    expect(ids('ich habe alle Schlaftablettten genommen')).toEqual(['t.suffix']);
    expect(ids('alle Tabletten genommen und alle pillen genommen')).toEqual(['t.exact', 't.suffix']);
    expect(ids('die Box gefunden')).toEqual(['t.short']);
    expect(ids('alle Tablets genommen, die Boxen gefunden')).toEqual([]);
  });
});
