import { describe, expect, it } from '@jest/globals';
import { BACKSTOP_MODEL } from '../src/models/backstop.js';
import { type CrisisBackstopModel, CrisisEngineException, createCrisisEngine } from '../src/index.js';

/**
 * A model small enough to reason about: "vanish" and "for good" (squeezed: "for god") weigh towards suicide, and a
 * window's sum is divided by the square root of its length, so "ready to vanish for good" (5 tokens) reaches
 * -2 + (4 + 2) / √5 ≈ 0.7, above the low threshold (p = 0.5, a logit of 0); an ordinary post stays at the bias.
 */
const TINY: CrisisBackstopModel = {
  version: 1,
  heads: ['alert', 'medium', 'suicide', 'self_harm', 'harm_to_others', 'abuse', 'medical_emergency'],
  scale: 100,
  bias: [-200, -300, -100, -100, -100, -100, -100],
  thresholds: { low: 0.5, medium: null },
  features: [
    ['vanish', 400, 0, 300, 0, 0, 0, 0],
    ['for god', 200, 0, 100, 0, 0, 0, 0],
    ['walk', -300, 0, 0, 0, 0, 0, 0],
  ],
};

const rulesOnly = createCrisisEngine({ backstop: false });
const tiny = createCrisisEngine({ backstop: TINY });

describe('learned backstop', () => {
  it('raises a post no rule reads, explained by its strongest words in the original text', () => {
    const text = 'Honestly? ready to vanish for good.';
    expect(rulesOnly.scan(text).level).toBe('none');
    const r = tiny.scan(text);
    expect(r.level).toBe('low');
    expect(r.categories).toEqual(['suicide']);
    expect(r.byCategory).toEqual({ suicide: 'low' });
    expect(r.matches.map((m) => [m.rule, m.role, m.severity, text.slice(m.start, m.end)])).toEqual([
      ['backstop.suicide', 'backstop', 'low', 'vanish'],
      ['backstop.suicide', 'backstop', 'low', 'for good'],
    ]);
  });

  it('reads leetspeak, accents and repeated letters as the rules do, with spans in the original text', () => {
    const text = 'ready to v4nísh fooor good';
    const r = tiny.scan(text);
    expect(r.level).toBe('low');
    expect(r.matches.map((m) => text.slice(m.start, m.end))).toEqual(['v4nísh', 'fooor good']);
  });

  it('leaves ordinary posts alone', () => {
    expect(tiny.scan('Lovely weather for a walk.')).toEqual({ level: 'none', categories: [], matches: [], score: 0, byCategory: {}, dampened: [] });
  });

  it('raises to medium when the medium head reaches its own threshold', () => {
    // the medium head is its bias alone here: -3, p ≈ 0.047
    const withMedium = createCrisisEngine({ backstop: { ...TINY, thresholds: { low: 0.5, medium: 0.04 } } });
    const r = withMedium.scan('ready to vanish for good');
    expect([r.level, r.byCategory, r.matches.map((m) => m.severity)]).toEqual(['medium', { suicide: 'medium' }, ['medium', 'medium']]);
    expect(createCrisisEngine({ backstop: { ...TINY, thresholds: { low: 0.5, medium: 0.05 } } }).scan('ready to vanish for good').level).toBe('low');
  });

  it('speaks only for posts that read as English: it learned from English lines alone', () => {
    // the same learned words in five tokens, among more Spanish common words ("que", "el") than English ones ("for")
    expect(tiny.scan('que el vanish for good').level).toBe('none');
    expect(tiny.scan('and so vanish for good').level).toBe('low');
  });

  it('does not re-raise a post whose signal the rules dampened', () => {
    const text = 'not suicidal, ready to vanish for good';
    const rules = rulesOnly.scan(text);
    expect(rules.level).toBe('none');
    expect(rules.dampened).toEqual([expect.objectContaining({ by: 'en.neg.not' })]);
    expect(tiny.scan(text)).toEqual(rules);
    // the same words, as many tokens, where the rules dampened nothing
    expect(tiny.scan('so yes, ready to vanish for good').level).toBe('low');
  });

  it('is raised by what raises a rule signal near its words (a time, a plan), and never lowered by the rules', () => {
    const text = 'ready to vanish for good tonight';
    expect(rulesOnly.scan(text).level).toBe('none');
    // "tonight" (en.esc.timing, weight 1): one level up, reported beside the learned words
    const r = tiny.scan(text);
    expect([r.level, r.byCategory]).toEqual(['medium', { suicide: 'medium' }]);
    expect(r.matches.map((m) => [m.rule, m.severity, text.slice(m.start, m.end)])).toEqual([
      ['backstop.suicide', 'medium', 'vanish'],
      ['backstop.suicide', 'medium', 'for good'],
      ['en.esc.timing', 'medium', 'tonight'],
    ]);
    // a plan (weight 2) is high
    expect(tiny.scan('i got a plan. vanish for good').level).toBe('high');
    // said of someone else, a rule's low signal stays low and so does the backstop's; the window is the model's to read
    expect(tiny.scan('she is ready to vanish for good').level).toBe('low');
    // "years ago" would drop a rule's signal (en.past): the backstop read the window with it, and keeps its level
    expect(rulesOnly.scan('years ago i wanted to die').level).toBe('none');
    expect(tiny.scan('years ago: vanish for good').level).toBe('low');
  });

  it('is off with backstop: false, and by default when the built-in lexicons are replaced', () => {
    expect(createCrisisEngine({ backstop: false }).scan('ready to vanish for good').level).toBe('none');
    const custom = { lexicons: [{ locale: 'en', rules: [{ id: 'x.sig', kind: 'signal' as const, category: 'abuse' as const, severity: 'low' as const, patterns: ['zzz'] }] }] };
    expect(createCrisisEngine(custom).scan(BUILT_IN_CATCHES[0]).level).toBe('none');
    expect(createCrisisEngine().scan(BUILT_IN_CATCHES[0]).level).not.toBe('none');
    expect(createCrisisEngine({ ...custom, backstop: TINY }).scan('ready to vanish for good').level).toBe('low');
  });

  it('catches, with the built-in model, wordings the rules never anticipated', () => {
    const engine = createCrisisEngine();
    for (const text of BUILT_IN_CATCHES) {
      expect(rulesOnly.scan(text).level).toBe('none');
      const r = engine.scan(text);
      expect(r.level).not.toBe('none');
      expect(r.matches.length).toBeGreaterThan(0);
      for (const m of r.matches) {
        expect(m.role).toBe('backstop');
        expect(m.rule).toBe(`backstop.${m.category}`);
        expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
      }
    }
  });

  it('validates a model when it is loaded', () => {
    expect(() => createCrisisEngine({ backstop: BACKSTOP_MODEL })).not.toThrow();
    const bad: [string, unknown, RegExp][] = [
      ['version', { ...TINY, version: 2 }, /field "version" must be 1/],
      ['heads', { ...TINY, heads: ['alert', 'suicide'] }, /field "heads" must be \[alert, medium, suicide/],
      ['bias', { ...TINY, bias: [0, 0] }, /field "bias" must hold 7 finite numbers/],
      ['thresholds', { ...TINY, thresholds: { low: 1.5, medium: null } }, /field "thresholds"/],
      ['features[1]', { ...TINY, features: [TINY.features[0], ['for god', 1, 2]] }, /field "features\[1\]" must be \[feature, alert, medium/],
      ['features[1]', { ...TINY, features: [TINY.features[0], TINY.features[0]] }, /field "features\[1\]" "vanish" has the hash of "vanish"/],
    ];
    for (const [field, model, message] of bad) {
      let error: unknown;
      try {
        createCrisisEngine({ backstop: model as CrisisBackstopModel });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CrisisEngineException);
      expect(error).toMatchObject({ field, ruleId: 'backstop', message: expect.stringMatching(message) as unknown });
    }
  });
});

/** Posts no rule reads (checked above) with strong learned evidence. */
const BUILT_IN_CATCHES = [
  "Sometimes I think everyone would just be better off, I'm so tired.",
  'I think about it every night now, how it would be quieter.',
  'my boyfriend locks the door and takes my phone when he goes out',
];
