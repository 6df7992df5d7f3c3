import { describe, expect, it } from '@jest/globals';
import { type CrisisLevel, createCrisisEngine } from '../src/index.js';
import { escalator, MEDICAL, SELF_HARM_AND_SUICIDE } from '../src/lexicons/dsl.js';

/**
 * The structural frames of issue 3 (`en.frame.*`): concept classes rather than sentences, each with its own phrasing
 * (never a line of a labelled set) and the ordinary posts that share its words and must stay quiet.
 */
const engine = createCrisisEngine();

type Case = [CrisisLevel, string];

function expectLevels(cases: Case[]): void {
  for (const [expected, text] of cases) {
    expect({ text, level: engine.scan(text).level }).toEqual({ text, level: expected });
  }
}

describe('means kept in quantity, all at once, an unobserved window', () => {
  it('reads any dose kept in quantity, with a time, a farewell or the whole amount, as a plan', () => {
    expectLevels([
      ['high', 'I have been saving up my insulin vials for a month and tonight I use them.'],
      ['high', "Been stockpiling my mum's old patches since spring. Doing it this weekend, sorry everyone."],
      ['high', "I've kept back all my sleeping tablets. Tomorrow I'm taking every one of them at once."],
      ['high', 'The pills are counted. I will do it at 4am so nobody is awake to stop me.'],
    ]);
  });

  it('stays quiet on pens, prescriptions, errands and early mornings', () => {
    expectLevels([
      ['none', "I've been saving my pens for the art class, they're lovely."],
      ['none', 'Collecting my prescriptions from the pharmacy tomorrow.'],
      ['none', "I'm doing all my errands at once tomorrow so I can rest on Sunday."],
      ['none', 'I get up at 5am so nobody is awake and I can have the kitchen to myself.'],
    ]);
  });

  it('does not raise the method said as a thought ("taking all my meds at once")', () => {
    expectLevels([['medium', 'Some nights I think about taking all my tablets at once.']]);
  });
});

describe('the poster by a height, water or a railway', () => {
  it('is a means with resolve, a plan or an unobserved window', () => {
    expectLevels([
      ['high', "Parked by the reservoir again. I've been working up to it all evening. Tonight's the night."],
      ['high', "The railway line is down my street. Nobody's on the tracks at that hour."],
    ]);
  });

  it('is a day out without them', () => {
    expectLevels([
      ['none', 'We parked by the reservoir and had a picnic, lovely evening.'],
      ['none', 'Walked to the bridge with the dog this morning, the river is high.'],
      ['none', 'The railway line is down my street, the trains keep me up at night.'],
    ]);
  });
});

describe('resolve, farewells and preparation in ordinary words', () => {
  it('reads a means named once then called "it", with a time or an absolution', () => {
    expectLevels([
      // without the gun at hand (on the bed, in my lap) or a resolve this stays a concern, not a plan
      ['medium', "Grandad's rifle is in the loft. I loaded it tonight."],
      ['high', "The car is in the garage and the hose is ready. It isn't anyone's fault."],
    ]);
  });

  it('reads a farewell over several sentences, a goodbye with kisses closing it', () => {
    expectLevels([
      ['high', 'This is my last post. You have all been the kindest people. Please keep an eye on my friend Sam in the newcomers thread for me. Goodbye xx'],
      ['high', "Wrote a letter for each of my nephews. It's happening this weekend, please don't try to talk me out of it."],
    ]);
  });

  it('stays quiet on a goodbye before a trip and a car in a garage', () => {
    expectLevels([
      ['none', 'Off to my sister for a week, back on Monday. Goodbye xx'],
      ['none', "The car is in the garage for its service, it isn't anyone's fault it broke down."],
    ]);
  });

  it('reads a friend or relative sending a farewell and then going silent as their danger', () => {
    expectLevels([
      ['high', "My brother messaged me 'forgive me' and now he won't pick up his phone."],
      ['none', 'My sister texted me sorry she was running late.'],
    ]);
  });
});

describe('self-harm going on, counterfactuals, passive wishes', () => {
  it('reads them', () => {
    expectLevels([
      ['high', "I can't stop cutting and there's so much blood on the floor now."],
      ['medium', 'cut again last night for the first time in two years'],
      ['medium', "If it wasn't for my kids I'd have ended it already."],
      ['medium', "I'm ending it my own way with the pills I saved."],
      ['low', 'Honestly I hope the flight just crashes on the way to my next scan.'],
      ['low', "It wouldn't matter if I was here or not."],
      ['low', "They'd be better off if I wasn't around."],
    ]);
  });

  it('stays quiet on the same words about other things', () => {
    expectLevels([
      ['none', "I can't stop cutting coupons, my drawer is full of them."],
      ['none', "If it wasn't for my kids I'd have moved abroad already."],
      ['none', "It wouldn't matter if I was there or not, the meeting is recorded."],
      ['none', 'Warning signs that someone might be suicidal include giving things away and saying goodbye.'],
    ]);
  });

  it('reads a day after a past event as a date, not a plan', () => {
    expectLevels([['medium', 'I self harmed on Friday after the scan results. It is healing now.']]);
  });
});

describe('engine: acute signs together', () => {
  // two signs of a test lexicon, each an escalator of the medical category that alerts only in combination
  const signs = createCrisisEngine({
    lexicons: [
      {
        locale: 'en',
        rules: [
          escalator('t.sign.wake', 'symptom', 2, ['hard to wake'], { category: 'medical_emergency', applies: MEDICAL }),
          escalator('t.sign.breath', 'symptom', 2, ['breathing fast'], { category: 'medical_emergency', applies: MEDICAL }),
        ],
      },
    ],
  });

  it('makes two separate strong signs an emergency whoever has them', () => {
    const r = signs.scan('She is hard to wake. Her breathing fast too.');
    expect(r.level).toBe('high');
    expect(r.categories).toEqual(['medical_emergency']);
  });

  it('does not alert on one sign, or on two signs three sentences apart', () => {
    expect(signs.scan('She is hard to wake in the mornings.').level).toBe('none');
    expect(signs.scan('She is hard to wake. We had tea. It rained. Then breathing fast after the stairs.').level).not.toBe('high');
  });
});

describe('concepts together: a means, an amount or a time, and finality', () => {
  it('reads a plan whatever the words between the concepts', () => {
    expectLevels([
      ['high', "There are 80 of my propranolol in the glovebox. I've had enough."],
      ['high', 'Tomorrow morning the rope and me. Goodbye everyone.'],
      ['high', 'I kept every one of my morphine patches. My mind is made up.'],
    ]);
  });

  it('stays quiet when the finality is about something else, or a concept is missing', () => {
    expectLevels([
      ['none', 'Sorry everyone for the silence, my insulin pump broke and I spent all week on the phone. Back tomorrow.'],
      ['none', 'Decided to move all my meds to the pharmacy near work, picking them up Friday.'],
      ['none', "I'm done with the night shifts, 90 of them this year. Goodbye nights, hello mornings!"],
      ['none', 'There are 80 tablets in the new box, the pharmacist counted them twice.'],
      ['none', "I'm done. 30 tablets a day and still no better, tomorrow I see the consultant."],
      ['medium', "My mind is made up, I'm switching all my pills to the generic brand tomorrow."],
    ]);
  });

  const concepts = createCrisisEngine({
    lexicons: [
      {
        locale: 'en',
        rules: [
          escalator('t.concept.means', 'concept_means', 1, ['pills'], { applies: SELF_HARM_AND_SUICIDE }),
          escalator('t.concept.amount', 'concept_amount', 1, ['all'], { applies: SELF_HARM_AND_SUICIDE }),
          escalator('t.concept.final', 'concept_final', 1, ['goodbye'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
          { id: 't.neg', kind: 'dampener', dampener: 'negation', patterns: ['not'], applies: SELF_HARM_AND_SUICIDE },
          { id: 't.other', kind: 'subject', person: 'other', patterns: ['her'] },
        ],
      },
    ],
  });

  it('needs all three, within a sentence, said by the poster and not negated', () => {
    expect(concepts.scan('all my pills. goodbye').level).toBe('high');
    expect(concepts.scan('my pills. goodbye').level).toBe('none');
    expect(concepts.scan('all my pills. one. two. goodbye').level).toBe('none');
    expect(concepts.scan('all of her pills. goodbye').level).toBe('none');
    expect(concepts.scan('not all my pills. goodbye').level).toBe('none');
  });

  it('never raises a signal', () => {
    const withSignal = createCrisisEngine({
      lexicons: [
        {
          locale: 'en',
          rules: [
            { id: 't.signal', kind: 'signal', category: 'suicide', severity: 'medium', patterns: ['want to die'] },
            escalator('t.concept.amount', 'concept_amount', 1, ['all'], { applies: SELF_HARM_AND_SUICIDE }),
            escalator('t.concept.final', 'concept_final', 1, ['goodbye'], { applies: SELF_HARM_AND_SUICIDE }),
          ],
        },
      ],
    });
    expect(withSignal.scan('I want to die, all of it, goodbye').level).toBe('medium');
  });
});
