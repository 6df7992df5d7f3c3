import { describe, expect, it } from '@jest/globals';
import { type CrisisCategory, type CrisisLevel, createCrisisEngine } from '../src/index.js';

/**
 * The linguistic patterns added after the blind run of holdout-6, each with its own phrasing (never a line of a
 * labelled set) and the ordinary posts that must stay quiet beside them.
 */
const engine = createCrisisEngine();

type Case = [CrisisLevel, string];
type CategoryCase = [CrisisLevel, CrisisCategory[], string];

function expectLevels(cases: Case[], locale?: string): void {
  for (const [expected, text] of cases) {
    expect({ text, level: engine.scan(text, { locale }).level }).toEqual({ text, level: expected });
  }
}

describe('overdose taken is also a medical emergency', () => {
  it.each<CategoryCase>([
    ['high', ['suicide', 'medical_emergency'], 'I swallowed about 30 of my lorazepam twenty minutes ago.'],
    ['high', ['medical_emergency'], "My dad took a whole bottle of his heart pills and he's slurring."],
  ])('%s %j ← %j', (level, categories, text) => {
    const r = engine.scan(text);
    expect(r.level).toBe(level);
    expect(r.categories).toEqual(expect.arrayContaining(categories));
  });

  it('stays quiet on doses, the usual meds, generic facts and distant past', () => {
    expectLevels([
      ['none', 'I took 400 mg of ibuprofen for the headache.'],
      ['none', 'Just took all my morning meds, feeling okay today.'],
      ['none', "Someone who took a whole bottle of Tylenol can look fine for a day, that's what makes it dangerous."],
      ['none', "Back in college I took a bunch of pills, but that was 15 years ago and I'm doing great."],
    ]);
  });
});

describe('preparation, farewell and no return', () => {
  it('raises giving things away, absolution and not coming back', () => {
    expectLevels([
      ['high', 'Gave my guitar and my bike away to my nephew. Made my peace.'],
      ['high', "This is my final message. Please don't blame yourselves, any of you."],
      ['high', "Drove up to the quarry and parked. Not sure I'm coming back this time."],
      ['high', "Typing this from the top floor of the parking garage at work. I'm done."],
      ['high', 'Bought a shotgun yesterday. Soon I get to be at peace.'],
    ]);
  });

  it('stays quiet on comfort, short goodbyes and ordinary places', () => {
    expectLevels([
      ['none', "Don't blame yourself, caregiver burnout happens to everyone."],
      ['none', "Bye all, for a couple of weeks, heading to my sister's after surgery. See you in a bit!"],
      ['none', 'Posting this from the roof terrace of the hospital, the view is gorgeous today!'],
      ['none', 'Picked up my new rifle from the gunsmith today, opening day is next weekend!'],
      ['none', 'Drove out to the bridge to watch the fireworks with my kids, best night in ages.'],
    ]);
  });
});

describe('someone else in danger', () => {
  it('is high when they are at a height or have announced it and cannot be reached', () => {
    expectLevels([
      ['high', "My son is up on the overpass and won't come down, he isn't answering me."],
      ['high', "My friend posted that tonight is the night and she's finally going to be at peace. I can't reach her."],
      ['high', 'She sent me a picture of her pills that says goodbye. What do I do?'],
      ['high', "I just wanted to say thank you to everyone here. I'm on the ledge of my balcony."],
    ]);
  });

  it('stays quiet on errands and celebrations', () => {
    expectLevels([
      ['none', "My husband is up on the roof fixing the gutters and won't come down for lunch lol"],
      ['none', 'My friend said tonight is the night for her big proposal, wish her luck!'],
      ['none', 'I just wanted to say thank you to the nurses on 4B, you were amazing.'],
    ]);
  });
});

describe('the means frame: ordinary means for an ordinary purpose', () => {
  it('stays quiet on pill organizers, reminders, hunting, cooking, bridges and rooftops', () => {
    expectLevels([
      ['none', 'Counted out my pills for the week into the organizer, tonight I start the new dose.'],
      ['none', 'My pills are lined up on the counter so I remember them tonight.'],
      ['none', 'I keep my hunting rifle in the gun safe in the garage, season opens Saturday.'],
      ['none', 'Sharpened all my kitchen knives tonight, meal prep for chemo week tomorrow.'],
      ['none', "We walk across the bridge to the hospital every morning, it's the nicest part of the day."],
      ['none', 'I have three months of insulin saved up in the fridge because of the shortage, so relieved.'],
      ['none', 'Stood on the roof of the parking garage tonight to watch the meteor shower with my daughter.'],
      ['none', "I'm taking the whole bottle of vitamins with me on the trip tomorrow."],
    ]);
  });
});

describe('ordinary posts that share words with the new patterns', () => {
  it('stay quiet', () => {
    expectLevels([
      ['none', "My mom said she's finally going to be free after her last chemo tonight!"],
      ['none', "Don't be sad if the scan is bad, we'll figure it out together."],
      ['none', "My dad is on the roof again cleaning the solar panels, he's 78, someone stop him lol"],
      ['none', 'My daughter is at the bridge with her friends for the fireworks tonight.'],
      ['none', "I'm sitting at the cliff top cafe right now, the view is amazing."],
      ['none', 'Writing this from the rooftop garden at the hospice, mum loved it here.'],
      ['none', "I wish I hadn't woken up so early, I'm exhausted."],
      ['none', 'Relapsed and ate a whole pizza lol, so much for the diet.'],
      ['none', "I'm not sure I'm coming back to this group, it's been too much drama lately."],
      ['none', 'What do I do about the insurance denial? Please help.'],
      ['none', "The only reason I'm still here is the parking, the appointment was at 2 and it's 4."],
      ['none', 'Took like 20 minutes to get through the pharmacy line today.'],
    ]);
  });
});

describe('medical emergencies said another way', () => {
  it('reads chest pressure, a LO meter, repeated fainting and heavy bleeding', () => {
    expectLevels([
      ['high', "My chest feels like it's being squeezed and the pain is going into my left shoulder, started twenty minutes ago."],
      ['medium', 'Chest has been tight on and off since yesterday.'],
      ['high', 'Meter just says LO and my daughter is confused and sweaty.'],
      ['low', 'Passed out at work and then again in the parking lot this week.'],
      ['high', 'Bleeding really heavily from the biopsy site and it has soaked through the dressing.'],
    ]);
  });

  it('stays quiet when the tests came back normal', () => {
    expectLevels([
      ['none', 'Had chest pain last week, the ER did an EKG and troponin, both normal.'],
      ['none', "Had a low at 2am, ate some candy and I'm back at 98."],
    ]);
  });
});

describe('self-harm', () => {
  it('reads relapse, hitting until it bruises, insulin left out on purpose and someone else cutting', () => {
    expectLevels([
      ['medium', 'Relapsed and cut again after a year.'],
      ['medium', "I've been hitting my legs until they bruise when the pain flares."],
      ['medium', 'I skip my insulin on purpose so I lose weight.'],
      ['low', 'My brother has been cutting again and hides it.'],
      ['medium', 'I burned my wrist on the stove on purpose last night.'],
      ['medium', "I've been burning my legs with a lighter when the flashbacks come."],
    ]);
  });

  it('stays quiet when the pattern is named, not done', () => {
    expectLevels([
      ['none', "My endo said skipping insulin to lose weight is called diabulimia and it's dangerous."],
      ['none', 'Burned my hand on the stove making dinner, ouch.'],
    ]);
  });
});

describe('abuse and threats', () => {
  it('reads "make me regret it", children taken, and touching a child', () => {
    expectLevels([
      ['medium', "If I move out she says she'll make me regret it."],
      ['high', "He took my daughter in the car and drove off drunk, he said if he can't have her nobody can."],
      ['medium', "Her uncle touches my niece in ways that aren't right when he visits."],
      ['medium', 'Our neighbour shuts his son in the garage for hours.'],
    ]);
  });

  it('stays quiet on a negated act, venting and games', () => {
    expectLevels([
      ['none', 'My husband has never hit me, but we argue a lot about money.'],
      ['none', "I'm going to strangle my brother one of these days, he ate my last pudding cup."],
      ['none', "My son screams 'I'm gonna kill you' at his Minecraft friends every night."],
    ]);
  });
});

describe('passive wishes and burden', () => {
  it('reads burden with an adverb, indifference to the illness and a single reason to stay', () => {
    expectLevels([
      ['low', 'Honestly the family would be better off if I just disappeared.'],
      ['low', "If I disappeared it wouldn't make a difference to anyone."],
      ['low', "The only reason I'm still here is my dog."],
      ['low', "I've stopped caring whether the tumor wins."],
      ['low', "I'm sick of living like this, nothing but appointments."],
      ['low', "I wish I hadn't woken up after the operation."],
      ['low', "They'd all be happier if they never had to take care of me."],
      ['low', "I don't see how this is ever going to get better."],
    ]);
  });

  it('stays quiet on an ordinary reason to stay somewhere, and on self-esteem', () => {
    expectLevels([
      ['none', "The only reason I'm still here at the clinic is the parking validation lol"],
      ['none', 'These steroids will be the death of my self-confidence.'],
    ]);
  });
});

describe('other languages', () => {
  it.each<[CrisisLevel, string, string]>([
    ['low', 'de', 'Meine Schwester sagt, dass sie nicht mehr leben möchte.'],
    ['medium', 'de', 'Ich will mir einfach das Leben nehmen.'],
    ['high', 'de', 'Die Pistole habe ich schon besorgt. Morgen, wenn niemand da ist.'],
    ['low', 'de', 'Es wäre leichter, wenn ich nicht mehr auf der Welt wäre.'],
    ['high', 'fr', 'Mon père fait une crise qui dure depuis plus de dix minutes.'],
    ['medium', 'fr', "J'ai une pression sur la poitrine depuis ce matin."],
    ['medium', 'it', 'Mio padre mi ha lanciato un piatto addosso.'],
    ['high', 'it', 'Domani la faccio finita.'],
    ['high', 'it', 'Mia madre non riesce a muovere la gamba sinistra da dieci minuti.'],
    ['high', 'pt', 'Minha filha está tendo convulsão há mais de dez minutos.'],
    ['low', 'pt', 'Meu irmão disse que não vê mais sentido na vida.'],
    ['low', 'es', 'Mis hijos serían más felices si yo no estuviera.'],
    ['none', 'es', 'Hace quince años intenté suicidarme; hoy estoy bien y ayudo a otros.'],
  ])('%s ← [%s] %j', (expected, locale, text) => {
    expect(engine.scan(text, { locale }).level).toBe(expected);
  });
});
