import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { type CrisisCategory, type CrisisLevel, createCrisisEngine } from '../src/index.js';

const engine = createCrisisEngine();

function level(text: string, locale?: string): CrisisLevel {
  return engine.scan(text, { locale }).level;
}

type Case = [CrisisLevel, string];

describe('normalization', () => {
  it.each<Case>([
    ['medium', 'I WANT TO DIE'],
    ['medium', 'Ｉ ＷＡＮＴ ＴＯ ＤＩＥ'],
    ['medium', 'i w4nt to d1e'],
    ['medium', 'i want to k1ll mys3lf'],
    ['medium', 'I want to k.i.l.l myself'],
    ['medium', 'k m s'],
    ['medium', 'i w a n t   t o   d i e'],
    ['medium', 'I want to diiiiiie'],
    ['medium', 'I want to kill myslef'],
    ['medium', 'i want to commit suicde'],
    ['medium', 'i want to ki\u200bll myself'],
    ['medium', 'I want to kіll myself'], // Cyrillic і
    ['medium', 'Quiero morirme'],
    ['high', '💊💊💊 all of them tonight. goodbye'],
    ['medium', 'un-alive myself'],
  ])('%s ← %j', (expected, text) => {
    expect(level(text)).toBe(expected);
  });
});

describe('slang and euphemism', () => {
  it.each<Case>([
    ['medium', 'honestly i want to kms'],
    ['medium', 'i want to unalive myself'],
    ['medium', 'thinking about sewerslide again'],
    ['low', 'I wish I could go to sleep and not wake up.'],
    ['low', 'Everyone would be better off without me.'],
    ['medium', 'I just want to end it all.'],
    ['low', "I can't go on like this anymore."],
  ])('%s ← %j', (expected, text) => {
    expect(level(text)).toBe(expected);
  });
});

describe('dampeners', () => {
  it.each<Case>([
    ['none', "I'm not suicidal, just exhausted."],
    ['none', 'No plans to hurt myself, I promise.'],
    ['none', 'I would never kill myself, my kids need me.'],
    ['none', "I don't want to die, I want to see my grandkids."],
    ['none', 'This chemo is killing me.'],
    ['none', "I'd kill for a good night's sleep."],
    ['none', 'Dying to know how your scan went!'],
    ['none', 'Dead tired after the infusion.'],
    ['none', "I'd die on this hill, the new nurse is the best."],
    ['none', 'I wanted to die after my diagnosis, but therapy helped.'],
    ['none', 'Eight years ago I was cutting myself every day. Now I mentor others.'],
    ['none', 'I read an article where the main character kills herself.'],
    ['none', 'I attended suicide prevention training at work.'],
    ['none', 'Is the suicide rate higher with chronic pain?'],
    ['none', '"I want to die" is the title of the song they played, years ago.'],
    ['none', 'My therapist asked if I have thoughts of suicide and I said no.'],
    ['none', 'I might actually murder him. Kidding. Mostly.'],
    ['none', 'We learned the signs of a stroke: face drooping, arm weakness.'],
    ['none', 'My sugar crashed to 60 but I had juice and it came back up fine.'],
  ])('%s ← %j', (expected, text) => {
    expect(level(text)).toBe(expected);
  });

  it('scopes negation to its clause', () => {
    expect(level("I'm not going to pretend anymore, I want to die.")).toBe('medium');
    expect(level("I'm not okay and I want to die.")).toBe('medium');
  });

  it('lets recurrence cancel a distant past', () => {
    expect(level('The dark thoughts from a few years back are creeping in again.')).toBe('low');
  });

  it('does not let a past marker calm a plan with timing', () => {
    expect(level('I used to be happy. I am going to kill myself tonight.')).toBe('high');
  });

  it('reports what it dampened and why', () => {
    const r = engine.scan("I'm not suicidal.");
    expect(r.level).toBe('none');
    expect(r.dampened).toEqual([expect.objectContaining({ rule: 'en.suicide.thoughts', by: 'en.neg.not' })]);
  });
});

describe('escalators', () => {
  it.each<Case>([
    ['medium', 'I want to kill myself.'],
    ['high', 'I want to kill myself tonight.'],
    ['high', "I'm going to end my life on Sunday."],
    ['high', 'I have been stockpiling my oxycodone and I want to die.'],
    ['high', 'Bought a rope today. I know what I am doing this weekend.'],
    ['none', 'Bought a rope today for camping this weekend.'],
    ['high', "This is goodbye. I've written letters to my kids."],
    ['high', 'I took 40 of my paracetamol an hour ago.'],
    ['high', "I'm standing on the bridge right now. I can't do this anymore."],
    ['high', 'I want to die and I have the razor blades ready.'],
    ['high', 'My friend just texted me that she took a bunch of pills.'],
    ['low', 'My sister says she wants to die.'],
    ['medium', 'Sorry for being a burden, I will stop posting soon. Thank you for everything.'],
  ])('%s ← %j', (expected, text) => {
    expect(level(text)).toBe(expected);
  });

  it('keeps escalation within nearby sentences', () => {
    const far = `I want to die. ${'The weather was fine and we walked the dog around the park. '.repeat(12)}See you tomorrow.`;
    expect(level(far)).toBe('medium');
  });
});

describe('medical emergencies', () => {
  it.each<Case>([
    ['high', 'Crushing chest pain going down my left arm.'],
    ['medium', 'I have had chest pain on and off today.'],
    ['high', 'Chest pain and I can not breathe properly.'],
    ['high', 'Half my face is numb and my words are coming out wrong.'],
    ['high', 'My blood sugar is 35 and I am confused.'],
    ['high', 'My throat is swelling after the antibiotic.'],
    ['high', 'He has been seizing for 8 minutes.'],
    ['high', 'The bleeding will not stop.'],
    ['high', 'Her lips are turning blue.'],
    ['high', 'My dad collapsed and he won’t wake up.'],
    ['low', 'I fainted twice yesterday.'],
    ['none', 'Had a heart attack three years ago, now I run marathons.'],
  ])('%s ← %j', (expected, text) => {
    const r = engine.scan(text);
    expect(r.level).toBe(expected);
    if (expected !== 'none') expect(r.categories).toContain('medical_emergency');
  });
});

describe('abuse and harm to others', () => {
  it.each<[CrisisLevel, CrisisCategory, string]>([
    ['medium', 'abuse', 'My stepdad hits me when my mom is not home.'],
    ['high', 'abuse', 'My husband has a gun and said he will kill me if I leave.'],
    ['medium', 'abuse', 'He locks me in the bedroom and took my phone.'],
    ['medium', 'abuse', "My husband won't let me leave the house."],
    ['low', 'abuse', 'I am scared of my partner when he drinks.'],
    ['medium', 'abuse', 'My dad beats my little brother.'],
    ['high', 'abuse', "He's outside the door with a knife screaming that he'll kill me."],
    ['medium', 'harm_to_others', 'I am so angry I could hurt him.'],
    ['high', 'harm_to_others', 'I know where he parks and I am bringing my knife.'],
  ])('%s %s ← %j', (expected, category, text) => {
    const r = engine.scan(text);
    expect(r.level).toBe(expected);
    expect(r.categories).toContain(category);
  });
});

describe('languages', () => {
  it.each<[CrisisLevel, string, string]>([
    ['medium', 'es', 'Quiero morirme, ya no aguanto este dolor.'],
    ['high', 'es', 'Me voy a quitar la vida esta noche, ya tengo las pastillas.'],
    ['none', 'es', 'Me muero de hambre, jaja.'],
    ['medium', 'fr', "Je veux mourir, je n'en peux plus."],
    ['none', 'fr', 'Je ne suis pas suicidaire.'],
    ['medium', 'de', 'Mein Leben hat keinen Sinn mehr, ich will nicht mehr leben.'],
    ['none', 'de', 'Ich bin nicht suizidal.'],
    ['medium', 'pt', 'Eu quero morrer.'],
    ['high', 'pt', 'Tomei todos os comprimidos.'],
    ['medium', 'it', 'Voglio morire.'],
    ['none', 'it', 'Non voglio morire.'],
  ])('%s %s ← %j', (expected, locale, text) => {
    expect(level(text, locale)).toBe(expected);
    expect(level(text)).toBe(expected);
  });

  it('restricts matching to the post language plus English when a locale is given', () => {
    expect(level('Voglio morire.', 'de')).toBe('none');
    expect(level('I want to die.', 'fr')).toBe('medium');
  });
});

describe('offsets', () => {
  const spans = (text: string): string[] => engine.scan(text).matches.map((m) => text.slice(m.start, m.end));

  it('point into the original text', () => {
    const text = 'Hello all. I want to kill myself tonight.';
    const r = engine.scan(text);
    expect(r.matches.map((m) => [m.rule, text.slice(m.start, m.end)])).toEqual(
      expect.arrayContaining([
        ['en.suicide.kill_self', 'kill myself'],
        ['en.esc.timing', 'tonight'],
      ]),
    );
  });

  it('survive NFKC, accents and leetspeak', () => {
    expect(spans('ＩＷ: i want to k1ll mys3lf')).toContain('k1ll mys3lf');
    expect(spans('Quiero morirme ahora')).toContain('Quiero morirme');
  });

  it('survive separators and spelled-out letters', () => {
    expect(spans('ok. k.m.s')).toEqual(['k.m.s']);
    expect(spans('ok. k m s')).toEqual(['k m s']);
    expect(spans('i  w a n t  t o  d i e !')).toContain('i  w a n t  t o  d i e');
  });

  it('survive emoji and astral characters (UTF-16 offsets)', () => {
    const text = '😀😀 I want to die. I have all my 💊 lined up 😀';
    const r = engine.scan(text);
    const means = r.matches.find((m) => m.rule === 'en.esc.means_ready');
    expect(means).toBeDefined();
    expect(text.slice(means!.start, means!.end)).toBe('have all my 💊 lined up');
    expect(means!.start).toBe(text.indexOf('have'));
  });

  it('survive zero-width characters inside words', () => {
    expect(spans('I want to ki\u200bll myself')).toContain('ki\u200bll myself');
  });
});

describe('result shape', () => {
  it('is empty for plain text', () => {
    expect(engine.scan('Lovely weather for a walk.')).toEqual({ level: 'none', categories: [], matches: [], score: 0, byCategory: {}, dampened: [] });
  });

  it('orders categories by level and scores alerts', () => {
    const r = engine.scan('Crushing pain in my chest and my left arm is numb. I keep thinking about killing myself.');
    expect(r.level).toBe('high');
    expect(r.categories).toEqual(['medical_emergency', 'suicide']);
    expect(r.score).toBeGreaterThanOrEqual(75);
    expect(r.byCategory).toEqual({ medical_emergency: 'high', suicide: 'medium' });
  });

  // Cost per byte is measured by `npm run bench:crisis` (1 KB to 1 MB, adversarial posts), not asserted here.
  it('handles empty and long adversarial inputs', () => {
    expect(engine.scan('').level).toBe('none');
    const adversarial = 'kill myself tonight kms pills lined up goodbye everyone i w a n t '.repeat(1_600); // ~100 KB
    const r = engine.scan(adversarial);
    expect(r.level).toBe('high');
    expect(r.matches.every((m) => m.start >= 0 && m.end <= adversarial.length && m.start < m.end)).toBe(true);
  });
});

interface Labelled {
  id: string;
  text: string;
  level: CrisisLevel;
  categories: CrisisCategory[];
  locale?: string;
}

function load(name: string): Labelled[] {
  return readFileSync(new URL(`./cases/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

describe.each(['tuning.jsonl', 'tuning-ml.jsonl', 'holdout.jsonl', 'holdout-6.jsonl', 'holdout-8.jsonl', 'holdout-9.jsonl', 'holdout-10.jsonl', 'holdout-11.jsonl', 'holdout-12.jsonl', 'holdout-13.jsonl'])('labelled cases %s', (file) => {
  const cases = load(file);
  const results = cases.map((c) => ({ c, r: engine.scan(c.text, { locale: c.locale }) }));
  const rate = (hit: number, of: number): number => (of === 0 ? 1 : hit / of);

  it('meet the issue targets', () => {
    const high = results.filter(({ c }) => c.level === 'high');
    const alerts = results.filter(({ c }) => c.level !== 'none');
    const nones = results.filter(({ c }) => c.level === 'none');
    expect(rate(high.filter(({ r }) => r.level === 'high').length, high.length)).toBeGreaterThanOrEqual(0.9);
    expect(rate(alerts.filter(({ r }) => r.level !== 'none').length, alerts.length)).toBeGreaterThanOrEqual(0.9);
    expect(rate(nones.filter(({ r }) => r.level !== 'none').length, nones.length)).toBeLessThanOrEqual(0.05);
    expect(rate(results.filter(({ c, r }) => c.level === r.level).length, results.length)).toBeGreaterThanOrEqual(0.8);
  });

  it('names the right categories for alerts', () => {
    const alerts = results.filter(({ c, r }) => c.level !== 'none' && r.level !== 'none');
    const right = alerts.filter(({ c, r }) => c.categories.every((cat) => r.categories.includes(cat)));
    expect(right.length / alerts.length).toBeGreaterThanOrEqual(0.9);
  });

  it('explains every alert with spans inside the text', () => {
    for (const { c, r } of results) {
      if (r.level === 'none') continue;
      expect(r.matches.length).toBeGreaterThan(0);
      for (const m of r.matches) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(c.text.length);
        expect(m.end).toBeGreaterThan(m.start);
      }
    }
  });
});

describe('numbers as lexicon words', () => {
  it('reads a number written as a lexicon word ("911") even when no pattern needs a number', () => {
    const only = createCrisisEngine({
      lexicons: [{ locale: 'en', rules: [{ id: 'org.medical.on_the_way', kind: 'signal', category: 'medical_emergency', severity: 'high', patterns: ['911 is on the way'] }] }],
    });
    expect(only.scan('911 is on the way').level).toBe('high');
    expect(only.scan('ok, 911 is on the way now').matches.map((m) => [m.start, m.end])).toEqual([[4, 21]]);
    expect(only.scan('it is on the way').level).toBe('none');
  });
});
