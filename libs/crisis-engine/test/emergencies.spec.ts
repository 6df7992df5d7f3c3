import { describe, expect, it } from '@jest/globals';
import { type CrisisCategory, type CrisisLevel, createCrisisEngine } from '../src/index.js';

/**
 * English emergencies, abuse and someone else in danger (`src/lexicons/en-emergencies.ts`), family by family: each
 * positive is its own phrasing (never a line of a labelled set) and names the category it must alert in; each
 * family has the routine posts that must stay quiet or low beside it.
 */
const engine = createCrisisEngine({ locales: ['en'] });

type Case = [CrisisLevel, CrisisCategory, string];

function expectAlerts(cases: Case[]): void {
  for (const [level, category, text] of cases) {
    const r = engine.scan(text, { locale: 'en' });
    expect({ text, level: r.level, hasCategory: r.categories.includes(category) }).toEqual({ text, level, hasCategory: true });
  }
}

function expectLevels(cases: [CrisisLevel, string][]): void {
  for (const [level, text] of cases) {
    expect({ text, level: engine.scan(text, { locale: 'en' }).level }).toEqual({ text, level });
  }
}

describe('sudden severe headache in lay words', () => {
  it('is an emergency with a neurological sign or the worst ever, a warning alone', () => {
    expectAlerts([
      ['high', 'medical_emergency', 'Out of nowhere his headache felt like someone had clubbed him on the back of the head, and now he sees two of everything.'],
      ['high', 'medical_emergency', "My mum's headache came on in seconds and she can't look at the light."],
      ['medium', 'medical_emergency', 'A sudden blinding headache while I was at the gym, still there an hour later.'],
      ['high', 'medical_emergency', "Dad said it felt like a bomb went off in his head and now he can't keep his eyes open."],
    ]);
  });

  it('stays quiet on ordinary headaches', () => {
    expectLevels([
      ['none', 'Got a headache from staring at the screen all day, paracetamol and bed.'],
      ['none', 'My migraine is back, the usual one behind my eye.'],
    ]);
  });
});

describe('airway swelling after food or a sting', () => {
  it('reads a changed voice beside swelling as anaphylaxis', () => {
    expectAlerts([
      ['high', 'medical_emergency', 'My daughter ate a cookie at the party and her voice has gone squeaky and her lips are huge.'],
      ['high', 'medical_emergency', 'Stung by a wasp ten minutes ago, my face is puffing up and my throat feels tight.'],
      ['high', 'medical_emergency', "My lad's tongue has gone fat and he sounds funny after the cashew chicken."],
    ]);
  });

  it('stays quiet on a hoarse voice from a cold', () => {
    expectLevels([['none', 'Voice is hoarse from cheering at the match last night.']]);
  });
});

describe('acute signs, whoever has them', () => {
  it('reads two strong signs together as an emergency, named or not', () => {
    expectAlerts([
      ['high', 'medical_emergency', "My toddler fell off the sofa and knocked her head, now she's really sleepy and won't stop crying."],
      ['high', 'medical_emergency', "Grandma's breathing is rattling and her eyes keep rolling back."],
      ['high', 'medical_emergency', 'Dad slipped on the wet path about an hour ago and hit his head. Now he is really drowsy.'],
      ['high', 'medical_emergency', 'Mum knocked her head getting into the taxi and now she keeps asking the same question.'],
      ['high', 'medical_emergency', "His glucose has been HI all evening and he's breathing like he's run a marathon."],
      ['high', 'medical_emergency', "My husband takes warfarin and fell in the garden and banged his head on the step."],
      ['high', 'medical_emergency', "Mum's knees look mottled and she hasn't peed all day."],
      ['high', 'medical_emergency', "He can't finish a sentence, too breathless to talk, and the inhaler isn't helping."],
      ['high', 'medical_emergency', 'My son has a fever and a rash that does not fade when I press a glass on it.'],
    ]);
  });

  it('stays quiet on one routine symptom', () => {
    expectLevels([
      ['none', 'Bumped my head on the car door, no big deal.'],
      ['none', 'I fell off my bike last summer and hit my head, got a nasty bruise.'],
      ['none', 'My fiance has been sick three times today from the food poisoning, poor thing.'],
      ['none', 'Dad takes warfarin and apixaban was mentioned at his review.'],
      ['none', 'The rash faded when I pressed a glass on it, phew.'],
    ]);
  });
});

describe('readings with units', () => {
  it('judges ketones, oxygen saturation, fever in chemotherapy or infancy and low temperature by range', () => {
    expectAlerts([
      ['high', 'medical_emergency', 'My son is type 1 and his blood ketones are 3.6 and he keeps being sick.'],
      ['medium', 'medical_emergency', 'ketones 1.8 this morning, drinking water and rechecking'],
      ['high', 'medical_emergency', 'Sugar 24 and ketones in my pee, been vomiting since lunch.'],
      ['high', 'medical_emergency', 'His sats are 86 on the home oximeter and he looks pale.'],
      ['high', 'medical_emergency', "I've been fasting and my sugar is 2.1 and I'm confused."],
      ['high', 'medical_emergency', 'Temp is 38.4 and I am on day 9 of my third chemo cycle.'],
      ['high', 'medical_emergency', 'temperature 101.2 a week after my chemo infusion'],
      ['high', 'medical_emergency', "Gran's on chemo, her temp hit 38.7 an hour ago."],
      ['high', 'medical_emergency', 'My 5 week old has a temperature of 38.3 tonight.'],
      ['medium', 'medical_emergency', 'Grandad was found in the garden, his temp is 34.2 and he is shivering.'],
    ]);
  });

  it('stays quiet on routine numbers, a treated mild low, instructions and keto', () => {
    expectLevels([
      ['none', 'My sugar is 12 after that pizza, correction dose done.'],
      ['none', 'Sugar was 3.6 so I had some jelly babies and carried on.'],
      ['none', 'The oncology nurse said to call if your temperature is over 38 during chemo.'],
      ['none', 'Ketones are 3.1 on keto this week, feeling great.'],
      ['none', 'My temperature is 37.9 after the flu jab, bit achy.'],
      ['none', 'My sats are 88 which is normal for me with my COPD.'],
      ['none', 'Ketone strips 3 for a fiver at the chemist this week.'],
    ]);
  });
});

describe('blood loss, critical doses missed and slow warnings', () => {
  it('reads bleeding with faintness as an emergency whatever caused it', () => {
    expectAlerts([
      ['high', 'medical_emergency', 'the dressing has soaked through twice and im going faint'],
      ['high', 'medical_emergency', "Dad hasn't had his Parkinson's meds since Saturday and he can barely swallow now."],
    ]);
  });

  it('keeps warnings for the doctor low: exertional chest pain, falls after new pills, creeping numbness, postural faintness', () => {
    expectLevels([
      ['low', 'My chest aches when I carry the shopping up the hill, fine once I stop.'],
      ['low', 'Chest tightness on and off for a week now when I walk uphill to the bus.'],
      ['low', 'Gran keeps falling since they started the new tablets.'],
      ['low', 'The tingling in my hands has crept up to my elbows this month.'],
      ['low', 'I keep nearly passing out when I stand up quickly, GP next week.'],
      ['none', 'Blood pressure pills make me a bit tired but that is all.'],
    ]);
  });
});

describe('an overdose of a medicine the shared list does not name', () => {
  it('reads the container as the amount', () => {
    expectAlerts([['high', 'medical_emergency', 'My flatmate necked a packet of co-codamol with cider an hour ago.']]);
  });
});

describe('someone else in danger now', () => {
  it('reads a farewell message and silence together as high', () => {
    expectAlerts([['high', 'suicide', "My sister texted 'I'm so sorry, look after mum' and now her phone goes straight to voicemail."]]);
  });

  it('does not alert on a missed call or an apology alone', () => {
    expectLevels([
      ['none', "Mum isn't answering her phone, probably at bingo again."],
      ['none', 'He texted me sorry after the argument and we made up.'],
      ["none", "My son's location is at the car park near the stadium, he's picking up his friends."],
    ]);
  });

  it("does not read the poster's own silence as someone else's", () => {
    expectLevels([['medium', "I want to die and I'm not answering anyone's calls."]]);
  });
});

describe('a child at risk', () => {
  it('reads a child shut out in the cold, or threatened with an act, as abuse', () => {
    expectAlerts([
      ['high', 'abuse', 'They locked their little girl out in the yard in the snow with no shoes, been an hour now.'],
      ['medium', 'abuse', "The neighbour shouted that he'll drown the baby if she doesn't shut up."],
      ['medium', 'abuse', 'My daughter said her uncle touches her when he babysits.'],
      ['high', 'abuse', "The toddler upstairs hasn't been fed since yesterday and his dad is passed out drunk."],
      ['high', 'abuse', 'The man in the next space left his 2 year old alone in the car in this heat.'],
      ['medium', 'abuse', 'Our neighbour has his little boy locked in the shed again.'],
    ]);
  });

  it('stays quiet on children playing outside', () => {
    expectLevels([
      ['none', 'The kids are out in the garden in the snow building a snowman.'],
      ['none', 'Locked myself out on the balcony for five minutes, had to call my flatmate.'],
      ['none', "My toddler hasn't eaten since yesterday, it's this tummy bug going round nursery."],
      ['none', 'Left the baby in the car for a minute while I paid for petrol, she slept through it.'],
    ]);
  });
});

describe('control, confinement and care withheld from someone else', () => {
  it('reads care withheld as abuse, and high when the aid that keeps them safe is taken too', () => {
    expectAlerts([
      ['high', 'abuse', "Dad's carer has stopped giving him his insulin and took away his walking frame."],
      ['medium', 'abuse', 'My brother hides mums tablets and says she does not need them.'],
      ['medium', 'abuse', "Her boyfriend won't let my sister see her friends or have her own money."],
      ['low', 'abuse', 'My husband goes through all my texts and goes silent for days if I see my sister.'],
    ]);
  });

  it('stays quiet on ordinary care', () => {
    expectLevels([
      ['none', 'The carer took her wheelchair in for a repair on Monday.'],
      ['none', 'Mum is not giving him his tablets with food any more, the GP said it is fine.'],
    ]);
  });
});

describe('threats, marks and confinement told in other words', () => {
  it('reads a death threat without the word, marks left, harm pictured and confinement still going on', () => {
    expectAlerts([
      ['medium', 'abuse', "He said if I tell the nurse he'll make sure I don't wake up."],
      ['medium', 'abuse', 'She grabbed my wrist so hard it left bruises because I was late.'],
      ['medium', 'abuse', "My carer slaps my hands when I'm slow and hides my inhaler."],
      ['medium', 'harm_to_others', 'I keep thinking about putting a pillow over his face at night. Ten years of caring for him.'],
      ['medium', 'harm_to_others', "I've been thinking about holding the baby under the bath water, I'm scared of myself."],
      ['high', 'abuse', 'He has kept me in the spare room since Sunday and takes the key.'],
      ['high', 'abuse', "She took my phone and locked the bedroom door from outside. She said I'll regret it if I tell anyone."],
      ['high', 'harm_to_others', "I've got the hammer in my bag and he finishes his shift at 6. He won't see it coming."],
      ['high', 'abuse', "He's in the hallway with the bread knife saying none of us will see the morning."],
      ['high', 'abuse', "My ex just texted that he knows where the kids go to school and that I'll be sorry."],
      ['high', 'abuse', 'He held a pillow over my face until I nearly passed out.'],
      ['low', 'abuse', 'My ex knows where we live now, I saw his car on our street.'],
      ['medium', 'abuse', "My grandad's carer has been taking his pension and leaves him in wet sheets."],
    ]);
  });

  it('stays quiet on venting about things and a threat laughed off', () => {
    expectLevels([
      ['none', 'Thinking about smashing my phone against the wall lol'],
      ['none', 'My son hits my arm when he is excited, he is three.'],
      ['none', "The nurse said mum won't see the morning, we're all here with her."],
      ['none', 'He was holding a kitchen knife while cooking dinner and singing.'],
      ['none', "I swear I'll put that referee in hospital if he does that again lol"],
      ['none', "He won't see it coming, we've planned a surprise party for his 40th."],
      ['none', "I'll run him over to the station after lunch."],
    ]);
  });
});

describe('threats with a weapon made ready or shown', () => {
  it('raises a threat to high with a weapon placed for the target or shown with an ultimatum', () => {
    expectAlerts([
      ['high', 'harm_to_others', "If that landlord comes round again I'll put him in hospital, the crowbar is in the hall."],
      ['high', 'abuse', "My ex has the kids tonight and sent me a picture of his shotgun saying 'your call'."],
    ]);
  });

  it('stays quiet on a tool kept by the door', () => {
    expectLevels([['none', 'The cricket bat is by the door for practice tomorrow.']]);
  });
});

describe('a death threat over a trivial slip', () => {
  it('is a figure of speech, while a threat over leaving stays a threat', () => {
    expectLevels([['none', "My husband said he'd kill me if I forgot the milk again, he's a sweetheart really."]]);
    expect(engine.scan("My husband said he'd kill me if I leave him.", { locale: 'en' }).categories).toContain('abuse');
  });
});

describe('a hedge is not a result', () => {
  it('still alerts when a real sign comes with "probably nothing"', () => {
    expectAlerts([['high', 'medical_emergency', 'Probably nothing serious but my face is drooping on one side and my arm feels weak.']]);
  });
});

describe('English rules run beside every language', () => {
  const all = createCrisisEngine();

  it('keep a joke about a present from silencing a German poisoning threat ("Gift" is poison)', () => {
    expect(all.scan('Ich werde meinem Mann Gift ins Essen mischen.').level).toBe('medium');
    expect(all.scan('Ich werde meinem Mann Gift ins Essen mischen.', { locale: 'de' }).level).toBe('medium');
    expect(engine.scan("He won't know what hit him, I've wrapped his birthday gift in six boxes.", { locale: 'en' }).level).toBe('none');
  });
});
