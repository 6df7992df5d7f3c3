import { describe, expect, it } from '@jest/globals';
import { createCrisisEngine } from '../src/index.js';

describe('scoring', () => {
  it('scores every part of a long dense post as it scores the part alone', () => {
    const engine = createCrisisEngine({ locales: ['en'] });
    const part = 'I want to die.';
    const filler = ' Finished my third round of chemo today and the nausea is rough.'.repeat(3);
    const one = engine.scan(part + filler);
    const many = engine.scan((part + filler).repeat(500));
    expect(many.level).toBe(one.level);
    expect(many.matches).toHaveLength(500 * one.matches.length);
    const stride = (part + filler).length;
    expect(many.matches.slice(-one.matches.length).map((m) => ({ ...m, start: m.start - 499 * stride, end: m.end - 499 * stride }))).toEqual(one.matches);
  });
});
