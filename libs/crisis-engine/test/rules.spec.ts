import { describe, expect, it } from '@jest/globals';
import { CrisisEngineErrorCode, CrisisEngineException, type CrisisRule, createCrisisEngine, parseRulesJson, validateRules } from '../src/index.js';

function errorOf(fn: () => unknown): CrisisEngineException {
  try {
    fn();
  } catch (e) {
    if (e instanceof CrisisEngineException) return e;
    throw e;
  }
  throw new Error('expected a CrisisEngineException');
}

const ok: CrisisRule = { id: 'org.term', kind: 'signal', category: 'suicide', severity: 'medium', patterns: ['go to the (blue|grey) door'] };

describe('validateRules', () => {
  it('accepts a rule array, a lexicon and lexicons', () => {
    expect(validateRules([ok])).toHaveLength(1);
    expect(validateRules({ locale: 'en', rules: [ok] })[0].locale).toBe('en');
    expect(validateRules([{ locale: 'es', rules: [{ ...ok, id: 'a' }] }, { locale: 'fr', rules: [{ ...ok, id: 'b' }] }])).toHaveLength(2);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['unknown field', [{ ...ok, severty: 'high' }], 'severty', /rule "org.term" \(rules\[0\]\): field "severty" is not a rule field/],
    ['bad kind', [{ ...ok, kind: 'signals' }], 'kind', /field "kind" must be one of/],
    ['missing category', [{ id: 'x', kind: 'signal', severity: 'low', patterns: ['a b'] }], 'category', /field "category" is required for a signal/],
    ['bad severity', [{ ...ok, severity: 'urgent' }], 'severity', /field "severity" must be one of low, medium, high \(got "urgent"\)/],
    ['empty patterns', [{ ...ok, patterns: [] }], 'patterns', /field "patterns" must be a non-empty array/],
    ['unbalanced group', [{ ...ok, patterns: ['(want to die'] }], 'patterns[0]', /field "patterns\[0\]" is not a valid pattern: missing "\)"/],
    ['unknown macro', [{ ...ok, patterns: ['take {PILS}'] }], 'patterns[0]', /unknown macro \{PILS\}/],
    ['gap at the end', [{ ...ok, patterns: ['kill ~2'] }], 'patterns[0]', /cannot end with a gap/],
    ['all optional', [{ ...ok, patterns: ['[maybe]'] }], 'patterns[0]', /can match nothing/],
    ['misplaced $', [{ ...ok, patterns: ['end $ now'] }], 'patterns[0]', /"\$" must be last/],
    ['escalator type', [{ id: 'e', kind: 'escalator', escalator: 'soon', patterns: ['soon'] }], 'escalator', /field "escalator" must be one of/],
    ['field of another kind', [{ ...ok, blocks: ['past'] }], 'blocks', /field "blocks" only applies to blocker rules/],
    ['bad weight', [{ id: 'e', kind: 'escalator', escalator: 'timing', weight: 3, patterns: ['soon'] }], 'weight', /must be 1 or 2/],
  ])('rejects %s, naming the rule and field', (_name, input, field, message) => {
    const e = errorOf(() => validateRules(input, 'org-rules.json'));
    expect(e.code).toBe(CrisisEngineErrorCode.INVALID_RULE);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/^org-rules\.json: /);
    expect(e.message).toMatch(message);
  });

  it('rejects duplicate ids and bad ids', () => {
    expect(errorOf(() => validateRules([ok, ok])).message).toMatch(/rule "org.term" \(rules\[1\]\): field "id" is used by another rule/);
    expect(errorOf(() => validateRules([{ ...ok, id: 'has space' }])).field).toBe('id');
  });

  it('parses JSON files with a clear error', () => {
    expect(errorOf(() => parseRulesJson('{"rules": [', 'org.json')).message).toMatch(/^org.json: not valid JSON/);
    expect(parseRulesJson(JSON.stringify({ locale: 'en', rules: [ok] }))[0].rules[0].id).toBe('org.term');
  });
});

describe('organization rules', () => {
  it('adds terms and phrases, with the built-in macros of their language', () => {
    const engine = createCrisisEngine({
      extraRules: {
        locale: 'en',
        aliases: { bluedoor: 'door' },
        rules: [
          ok,
          { id: 'org.means', kind: 'escalator', escalator: 'means', weight: 2, category: 'suicide', patterns: ['(saved|hid) ~2 {PILLS} in the garden'] },
        ],
      },
    });
    const r = engine.scan('I want to go to the blue door.');
    expect(r.level).toBe('medium');
    expect(r.matches[0]).toMatchObject({ rule: 'org.term', category: 'suicide' });
    expect(engine.scan('I want to go to the grey door. I hid my pills in the garden.').level).toBe('high');
  });

  it('refuses an id that a built-in rule uses', () => {
    const e = errorOf(() => createCrisisEngine({ extraRules: [{ ...ok, id: 'en.suicide.kill_self' }] }));
    expect(e.field).toBe('id');
    expect(e.message).toMatch(/already used by a built-in rule/);
  });

  it('can load only some languages', () => {
    const en = createCrisisEngine({ locales: ['en'] });
    expect(en.scan('Quiero morirme.').level).toBe('none');
    expect(en.stats.rules).toBeLessThan(createCrisisEngine().stats.rules);
  });

  it('supports suffix patterns', () => {
    const engine = createCrisisEngine({
      lexicons: [{ locale: 'en', rules: [{ id: 't.sig', kind: 'signal', category: 'self_harm', severity: 'low', patterns: ['keep *ing myself'] }] }],
    });
    expect(engine.scan('I keep scratching myself').level).toBe('low');
    expect(engine.scan('I keep myself busy').level).toBe('none');
  });
});
