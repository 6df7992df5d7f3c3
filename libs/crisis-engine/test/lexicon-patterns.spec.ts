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
    // after holdout-8: anaphylaxis with a possessive between, signs taught, repeated fainting or falls, passive wishes
    ['high', 'pt', 'A garganta dela está fechando depois do camarão.'],
    ['none', 'pt', 'A enfermeira ensinou os sinais de AVC: rosto caído e fala enrolada.'],
    ['low', 'pt', 'Desmaiei duas vezes hoje no trabalho.'],
    ['low', 'es', 'Mi amigo me escribió que ya no quiere vivir.'],
    ['low', 'es', 'Me he desmayado dos veces esta semana.'],
    ['low', 'it', 'Vorrei soltanto sparire.'],
    ['low', 'it', 'Nessuno se ne accorgerebbe se non ci fossi.'],
    ['low', 'it', 'Sono svenuta due volte ieri.'],
    ['low', 'fr', "Elle s'est évanouie deux fois cette semaine."],
    ['low', 'de', 'Mein Vater ist diese Woche dreimal gestürzt.'],
  ])('%s ← [%s] %j', (expected, locale, text) => {
    expect(engine.scan(text, { locale }).level).toBe(expected);
  });
});

/**
 * Patterns added after the blind run of holdout-8 (and the misses carried over from holdout-6/7), each written as a
 * new sentence: means said as a daily accrual, a loaded pen, a hidden bag or a supply "not taken the normal way"; a list
 * of things given away; thanks for years of belonging beside another farewell; following someone who died; poison in
 * someone's food with "nobody would suspect"; medication withheld by an abuser; a pad soaked every hour; slow warning
 * signs; and the posts that share their words.
 */
describe('patterns after holdout-8', () => {
  it('reads high: plan, means, preparation, farewell, act or danger now', () => {
    expectLevels([
      ['high', "I kept mum's morphine from the hospice. Tonight I'm finishing it."],
      ['high', "There's 60 of my seroquel in a sandwich bag under the seat. Heading down to the river tonight."],
      ['high', "Got my 30 day supply today and it's not getting taken the normal way. I'm not planning on using them the prescribed way. Friday."],
      ['high', "Gave my camera, my records and my bike away to friends. I won't be needing any of it."],
      ['high', "Thanks for being my family all these years. You've all been more of a family to me than anyone."],
      ['high', "The syringe is drawn up to the top and I'm going to inject all of it tonight."],
      ['high', "Been slipping one extra sleeping pill a night into a jar since March. Saturday I'll be alone."],
      ['high', "I'm lying in the tub with a blade. Just wanted to say thanks to you all."],
      ['high', "Writing from the top floor of the car park. I've already taken them all."],
      ['high', "I worked out how many of my amlodipine would do it and I'm doing it this weekend."],
      ['high', "I'm going to drive into the reservoir after work tomorrow. Planned it all out, it'll look like an accident."],
      ['high', "After the service on Friday I'm going to join him. I've decided."],
      ['high', "I'm going to crush his pills into his tea tonight, nobody would ever suspect a thing."],
      ['high', "Her ex strangled her yesterday and he's coming back tonight."],
      ['high', "He locked me in and won't let me have my insulin."],
      ['high', 'Bleeding through a tampon every 40 minutes since this morning.'],
      ['high', "Tonight I'm ending it, the rope is ready. Don't tell me it gets better."],
    ]);
  });

  it('reads medium: ideation with a method, recent self-harm', () => {
    expectLevels([
      ['medium', "Lately I keep wondering how I'd do it."],
      ['medium', 'thinking about skipping my insulin until it all ends'],
      ['medium', 'I fantasize about swerving into a truck on the motorway.'],
      ['medium', 'Punched the wall till my knuckles split again.'],
      ['medium', "I've been starving myself on purpose since Monday."],
      ['medium', 'I keep hurting myself when the flashbacks hit.'],
      ['medium', 'want to kill myself so bad rn'],
      ['medium', 'the suicidal thoughts are really loud tonight'],
      ['medium', "If the new drug doesn't work I want to die."],
    ]);
  });

  it('reads low: passive wishes, someone else, warning signs', () => {
    expectLevels([
      ['low', 'I keep picking at my scalp until it bleeds.'],
      ['low', 'Part of me hopes the cancer wins soon.'],
      ['low', "Honestly it'd be easier if I never woke up after this flare."],
      ['low', 'I just want it all to be over.'],
      ['low', 'The world would honestly be better without me in it.'],
      ['low', 'My cousin keeps posting about not wanting to be alive.'],
      ['low', 'Mum has fallen twice this week and is more confused than usual.'],
      ['low', "His legs went numb and weak on Tuesday and it's getting worse."],
      ['low', "Sugars stuck in the 300s for days and I'm so thirsty I can't stop drinking."],
    ]);
  });

  it('stays quiet on tidying, outings, routine supplies, idioms, results and stories', () => {
    expectLevels([
      ['none', 'Put my guitar, my amp and my books away before the party.'],
      ['none', 'Thank you for being my family during treatment, the scan was clear!'],
      ['none', "I'm going to join her at the beach next week."],
      ['none', 'Driving down to the lake tonight for the fireworks with my kids.'],
      ['none', 'I have a 90 day supply of my blood pressure meds now, so much easier.'],
      ['none', "I'm doing it this weekend: finally clearing out the garage."],
      ['none', 'I mean it this time, no more late-night snacks.'],
      ['none', "Slipped an extra carrot into the kids' soup, nobody would ever suspect."],
      ['none', 'Sitting in the bath with a book and a cup of tea.'],
      ['none', "I'm not going to wake up tomorrow in time for the 7am bus lol"],
      ['none', "I'm killing myself with these 6am physio sessions but it works."],
      ['none', "I'd rather die than go back to that waiting room, it's freezing."],
      ['none', "My dad says 'just shoot me' every time the printer jams."],
      ['none', 'Had a bad low last month, caught it in time and I was fine.'],
      ['none', 'Turns out the chest pain was just a pulled muscle, not my heart.'],
      ['none', 'The nurse checked his oxygen and said it was nothing to worry about.'],
      ['none', 'My niece is writing her dissertation on self-harm in athletes.'],
      ['none', 'Finished a memoir about a woman who survived a suicide attempt. Beautiful book.'],
      ['none', 'Was suicidal years back. Got proper help and it genuinely gets better.'],
      ['none', 'Bleeding through a pad every 4 hours on day one, normal for me.'],
      ['none', "'Nobody would miss me' is such a common thought in depression, our therapist said."],
      ['none', 'my exam got moved to 8am, kms 💀'],
    ]);
  });
});

/**
 * Patterns added after the blind run of holdout-9 (and the misses carried over from holdout-8), each written as a new
 * sentence: a decision with an adverb ("already picked the day"), the plan as a state, a lethal count of insulin
 * units, knowing how much it takes; a car in a closed garage; a ligature tied to a door; things given away with the
 * verb first; refusing to come down; a cut deeper than ever that keeps bleeding; a side gone limp and a stroke
 * suspected; an abuser's confinement, control and reported threats; passive wishes and worries said another way;
 * and the posts that share their words ("proud of myself", a thing that is hopeless, a reassurance taken back).
 */
describe('patterns after holdout-9', () => {
  it('reads high: plan, means, preparation, act or danger now', () => {
    expectLevels([
      ['high', 'i want to die and i already picked the day.'],
      ['high', 'I want to die. Going to inject 400 units tonight.'],
      ['high', 'I want to kill myself. The plan is set.'],
      ['high', 'nobody would even notice if i was gone. made sure of it.'],
      ['high', 'I finish my life this night, sorry for all.'],
      ['high', 'Sat in my car inside the garage with the motor running for an hour now.'],
      ['high', 'Took everything in the pill bottle twenty minutes ago.'],
      ['high', 'the cord is tied to the bedpost. tonight.'],
      ['high', "Giving away my guitar and my bike to my nephew. I won't need them anymore."],
      ['high', "Gave away all my plants and books. Cleaned the flat top to bottom. It's kinder for everyone this way."],
      ['high', 'not gonna wake up tomorrow. made my peace with it.'],
      ['high', "This is my last post. Tell my sister I'm sorry for everything."],
      ['high', "I'm standing on the ledge of the multistorey. I'm not coming down this time."],
      ['high', "Cut myself deeper than ever tonight and it won't stop."],
      ['high', 'His right leg went floppy ten minutes ago.'],
      ['high', "Pretty sure it's a stroke, she's slurring and confused."],
      ['high', 'She locked me and the baby in the spare room and took my epipen.'],
      ['high', 'The girl next door has been home alone for two days and nobody answers the door.'],
      ['high', 'My brother left a note saying sorry for everything and his gun is missing.'],
    ]);
  });

  it('reads medium: ideation with a method, recent self-harm, abuse and threats without imminent danger', () => {
    expectLevels([
      ['medium', 'i just wanna off myself'],
      ['medium', 'I looked up exactly how much of my insulin it would take to not wake up.'],
      ['medium', 'I keep thinking about skipping my insulin so it all just ends.'],
      ['medium', "I want to die and the pain won't stop."],
      ['medium', 'I keep punching myself in the legs when the pain flares.'],
      ['medium', "I think it's a heart attack??"],
      ['medium', "He controls all the money and won't let me see the doctor alone."],
      ['medium', 'My stepdad grabbed my brother by the throat last night.'],
      ['medium', 'Her uncle told her he would break her arm if she told anyone.'],
      ['medium', 'burned myself with the lighter again, arm is still sore rn'],
      ['medium', "suicidal again. not gonna do anything but it's loud."],
      ['medium', "My dad told me he'd rather have a dead daughter than a gay one. Thinking about making it happen."],
      ['medium', 'Cut myself yesterday, and tonight I have the urge to do it again.'],
      ['medium', 'I cut myself on Saturday.'],
      ['high', "I cut myself again Friday night and I'm going to do it again tonight"],
    ]);
  });

  it('reads low: passive wishes, hopelessness, someone else at risk', () => {
    expectLevels([
      ['low', "I hope I won't wake up in the morning."],
      ['low', 'Honestly it would be a blessing if God took me soon.'],
      ['low', 'I should have gone instead of my husband.'],
      ['low', "if i got hit by a bus today honestly i wouldn't mind"],
      ['low', 'Hopeless. Again.'],
      ['low', 'My grandad keeps talking about not being around for Christmas.'],
      ['low', 'She keeps saying she wants to be with Grandpa again.'],
      ['low', "i don't want to exist anymore. not gonna do anything, promise."],
      ['low', "My parents said they'd rather have a dead son than a trans one."],
    ]);
  });

  it('stays quiet on pride, things, routine plans, jokes, results, outings, teaching and talk about slang', () => {
    expectLevels([
      ['none', 'Honestly so proud of myself today.'],
      ['none', 'Took a photo of myself in the new wig.'],
      ['none', 'My handwriting is hopeless.'],
      ['none', 'The plan is set for Mum’s surgery on Monday.'],
      ['none', 'I know exactly how many carbs it takes to bring a low up.'],
      ['none', 'Warming up the car with the engine running in the driveway before chemo.'],
      ['none', 'Tied the dog lead to the door handle while I got the post.'],
      ['none', "Gave away my old bike to the neighbour's kid, he loves it."],
      ['none', "I'm not coming down for dinner, too tired."],
      ['none', "I hit myself in the head on the cupboard door, ouch."],
      ['none', "I'll kill you if you eat my last yoghurt again!"],
      ['none', 'The chest tightness turned out to be reflux, the cardiology team cleared me.'],
      ['none', 'Bye all! Off on my yoga retreat tomorrow, back in a week.'],
      ['none', 'Showing the school staff how to use the epipen trainer today.'],
      ['none', 'Packed glucagon in case she has a bad low at camp.'],
      ['none', "The memes about 'kms' in the group chat are getting old."],
      ['none', 'Any advice on how to talk with my son about self-harm? His school sent a letter to all parents.'],
      ['none', 'Morgen mache ich Schluss mit ihm, endlich.'],
      ['none', "Thinking about making that happen for my mum's 70th!"],
      ['none', 'My left hand feels numb after the chemo again.'],
      ['none', 'I should have gone with her to the appointment.'],
      ['none', "It'd be a relief if he took me to the appointment."],
      ['none', 'The physio told him he would hurt his back if he lifted that.'],
      ['none', 'Took everything in the box to the charity shop.'],
      ['none', 'My neurologist won’t let me drive alone after the seizure.'],
      ['none', 'The insurance situation is hopeless.'],
    ]);
  });

  it.each<[CrisisLevel, string, string]>([
    ['high', 'it', 'Mia figlia ha una crisi convulsiva da sette minuti'],
    ['high', 'it', 'La crisi epilettica non si ferma, cosa faccio?'],
    ['low', 'it', 'Starebbero tutti più sereni senza di me.'],
    ['medium', 'it', 'Mi sono tagliato sabato, e stanotte sento ancora la voglia di farlo.'],
    ['low', 'de', 'Ich bin nur noch eine Belastung für alle.'],
    ['low', 'de', 'Ich wünschte, ich wäre nie geboren.'],
    ['high', 'de', 'Morgen mache ich Schluss.'],
    ['high', 'de', 'Er sagt, er bringt seinen Nachbarn heute Nacht um.'],
    ['high', 'fr', "Il nous a enfermés dans la cave avec les enfants et il dit qu'il va nous tuer."],
  ])('%s ← [%s] %j', (expected, locale, text) => {
    expect(engine.scan(text, { locale }).level).toBe(expected);
  });
});

/**
 * Patterns added after the blind run of holdout-10, each written as a new sentence (never a line of a labelled set),
 * with the ordinary posts that share their words.
 */
describe('patterns after holdout-10', () => {
  it('reads high: a broken streak still bleeding, plain-word emergencies, threats with a condition, means addressed', () => {
    expectLevels([
      ['high', 'two weeks clean and then last night. the bandage is soaked through already.'],
      ['high', 'Went far deeper than I wanted and the bleeding will not slow down.'],
      ['high', 'Starting tomorrow I will eat nothing. I want to starve till I am gone.'],
      ['high', "Grandma says her chest has a squeezing feeling in it and her jaw aches, she's sweating."],
      ['high', 'my son is jerking on his bed for about 7 minutes, he does not answer me'],
      ['high', "I can't get my husband to wake up and his lips look odd."],
      ['high', 'her breathing is really shallow and she is so confused she does not know me'],
      ['high', 'He keeps saying this is the worst headache of his life and he just threw up.'],
      ['high', "Mum's face is drooping and she says it's only tiredness. She's grey."],
      ['high', 'If I make a noise she will kill me, she said so tonight.'],
      ['high', 'Their kids have been left alone for two nights and I can hear them crying through the wall.'],
      ['high', 'if the landlord shows up again I am bringing my hammer.'],
      ['high', "If the tumour doesn't get me by spring I'll do it myself. I have the oxy saved up."],
      ['high', 'wait you already collected all those pills?? please do not do anything tonight, I am calling your mum'],
      ['high', "That's my last message. Tell Sam I'm sorry."],
    ]);
  });

  it('reads medium and low: relapse, control in plain words, worry about someone else, passive wishes', () => {
    expectLevels([
      ['medium', 'three months clean until yesterday. cut my arm, it is shallow.'],
      ['medium', 'clean for 90 days then... it happened again last night'],
      ['medium', 'six weeks clean until yesterday and I am so disappointed in myself'],
      ['medium', 'I self harmed last night. cut my thigh, not deep.'],
      ['medium', 'started cutting again. it happened again yesterday.'],
      ['medium', 'My partner takes my painkillers and only hands them back if I am nice to him.'],
      ['medium', 'Dad took the door off my bedroom because I came out.'],
      ['medium', 'My wife threw a mug at me yesterday and it split my lip.'],
      ['medium', 'I found bruises on her legs that the carer cannot explain.'],
      ['low', 'my brother has fresh cuts on his forearm and says it was the dog.'],
      ['low', 'my friend wrote a post that read like a goodbye note and her phone is off, worried.'],
      ['low', "honestly wouldn't care if a truck hit me on the way home"],
      ['low', 'I hope I just never wake up tomorrow.'],
      ['low', "if this chemo fails I'd rather just let the cancer take me."],
      ['low', 'My mum calls me a waste of space every time I mention being gay.'],
    ]);
  });

  it('stays quiet on the hard negatives beside them', () => {
    expectLevels([
      ['none', 'Ten years since I stopped self-harming and I am doing great.'],
      ['none', 'Relapsed on chocolate again, zero regrets.'],
      ['none', 'I relapsed last month after two years clean from opioids, back in my program now.'],
      ['none', 'My MS relapsed again last month, new lesions on the scan.'],
      ['none', 'I cut my thigh on the garden fence, needed a plaster.'],
      ['none', 'The bath towel is soaked through after the dog shook himself.'],
      ['none', 'Chest pressure again but it is my reflux, checked by cardiology last week.'],
      ['none', 'My last post in the caregivers thread, moving to the bereavement group now.'],
      ['none', 'Interesting how the euphemisms spread. "Unalive" is everywhere now.'],
      ['none', 'My son hands my phone back when I get home from chemo, he charges it for me.'],
      ['none', 'He had a seizure last year that lasted 6 minutes, none since the new meds.'],
      ['none', 'you already have the pills for the week? great, the organiser helps.'],
      ['none', 'I hope I wake up tomorrow without this migraine.'],
      ['none', 'Our teen says I want to die about every little chore, classic fourteen.'],
    ]);
  });

  it.each<[CrisisLevel, string, string]>([
    ['high', 'fr', 'ce soir je me jette du pont, c est fini.'],
    ['high', 'fr', "Il m'a dit qu'il me tuerait si j'appelle ma soeur, il est devant la porte."],
    ['high', 'de', 'Ich werde sie heute Abend mit dem Messer erstechen.'],
    ['low', 'de', 'Meine Familie wäre ohne mich besser dran.'],
    ['high', 'it', 'Mia madre ha un dolore forte al petto e al braccio sinistro.'],
    ['high', 'pt', 'Me cortei agora e está saindo tanto sangue.'],
    ['high', 'pt', 'Ele disse que vai me matar com a faca hoje.'],
    ['none', 'pt', 'A médica falou que era refluxo, fiz todos os exames e deu tudo normal, a dor no peito passou.'],
    ['low', 'es', 'Ojalá no despertar mañana.'],
  ])('%s ← [%s] %j', (expected, locale, text) => {
    expect(engine.scan(text, { locale }).level).toBe(expected);
  });
});

/**
 * Patterns added after the blind run of holdout-11, each written as a new sentence (never a line of a labelled set),
 * with the ordinary posts that must stay quiet beside them.
 */
describe('patterns after holdout-11', () => {
  it('reads self-harm going on now, the tools put back, and biting until it bleeds', () => {
    expectLevels([
      ['high', 'I am cutting right now and the blood is everywhere'],
      ['high', 'Burned my wrist with the lighter a few minutes ago, it is blistering.'],
      ['medium', 'my razors are back in the bathroom cabinet. not used them.'],
      ['medium', 'I bit my arm until it bled last night.'],
      ['medium', 'I cut my thigh last night after the funeral. first time in months.'],
    ]);
  });

  it('reads passive wishes, burden and exhaustion said another way', () => {
    expectLevels([
      ['low', 'Some nights I pray never to wake up, then the kids need breakfast.'],
      ['low', 'honestly if i got run over by a truck i wouldnt even be sad about it'],
      ['low', 'I keep hoping the car crashes on the way to dialysis.'],
      ['low', 'Part of me hopes the results are terrible so it will be over sooner.'],
      ['low', 'I am a waste of everybody s money, the drugs cost a fortune.'],
      ['low', 'i just can t anymore.'],
      ['low', 'i am so done. the flares, the steroids, the looks from people. done.'],
      ['low', 'Some days I just want to be free of this body.'],
      ['medium', 'Googled how many of my sleeping pills would be enough. I did not take any.'],
    ]);
  });

  it('raises a plan against an event, a decided means, a farewell of thanks and a height named with a place', () => {
    expectLevels([
      ['high', 'I will do it the day after my birthday, I have the rope.'],
      ['high', 'I have decided on the method and the date. I want to die.'],
      ['high', 'I have given my records away. My cousin took the bike. Wanted you all to know you meant everything to me.'],
      ['high', 'I am up on the overpass near my school right now'],
    ]);
  });

  it('reads bleeding that will not stop, strangling, threats told by others and worried reports', () => {
    expectLevels([
      ['high', 'Bleeding from the drain site still will not stop and I feel faint.'],
      ['medium', 'He put his hands around my throat during the argument.'],
      ['high', 'He had his hands on my neck until I passed out, he says he will do it again.'],
      ['medium', 'My neighbour keeps saying he will shoot the landlord.'],
      ['medium', 'Sometimes I have thoughts of smothering the baby when he screams. I put him down and leave the room.'],
      ['low', 'My best friend posted something really dark last night and is not answering.'],
      ['low', 'My dad keeps saying he is done, since the stroke. I am worried.'],
    ]);
  });

  it('stays quiet on the hard negatives beside them', () => {
    expectLevels([
      ['none', "Bleeding gums don't stop me from flossing, my dentist says keep going."],
      ['none', "My bleeding gums won't stop me from eating apples."],
      ['none', 'I cannot anymore eat gluten, the new diagnosis is celiac.'],
      ['none', 'Got new razor blades for my shaving kit, the old ones were blunt.'],
      ['none', 'Chemo days make me want to strangle everybody, the nausea makes me so cranky.'],
      ['none', 'My nephew said he would kill me when I beat him at chess, we all laughed.'],
      ['none', 'I wrote a farewell poem to my old wheelchair, walking now!'],
      ['none', 'I am on the bridge club committee right now, so busy.'],
      ['none', 'My son finally said he is done with chemo! Last cycle today.'],
      ['none', 'Last radiation session today. I am done!! 🎉'],
      ['none', 'Are you done with the survey? I am done.'],
    ]);
  });

  it.each<[CrisisLevel, string, string]>([
    ['high', 'es', 'Me ha encerrado en el piso y me ha quitado el movil.'],
    ['none', 'es', 'El médico me preguntó si tenía ideas de hacerme daño, le dije que no.'],
    ['medium', 'es', 'Me dan ganas de golpearlo cuando me insulta.'],
    ['low', 'it', 'Non trovo nessun senso in quello che faccio, sono stanca.'],
    ['high', 'pt', 'Se ela voltar aqui eu mato ela, a arma está perto da cama.'],
  ])('%s ← [%s] %j', (expected, locale, text) => {
    expect(engine.scan(text, { locale }).level).toBe(expected);
  });
});

describe('patterns after holdout-12', () => {
  it('reads intent with "going to end it", means bought covertly or laid out, resolve against the illness and a chosen finder', () => {
    expectLevels([
      ['medium', 'I am going to end it once the kids are back at school.'],
      ['high', 'Picked up 4 packs of paracetamol at three different pharmacies so nobody asked questions. Tonight is the night.'],
      ['high', 'My tablets are laid out on the desk. I am sorry I could not be stronger.'],
      ['high', 'I am done waiting for the tumour to take me. Got a pistol last Friday.'],
      ['high', 'Would it be less traumatic for my husband to find me in the garage? It is happening next week regardless.'],
      ['high', 'sewerslide plan is locked in for friday'],
    ]);
  });

  it('reads preparation as settled bills and "ready to go.", someone else giving belongings away, and a farewell over three sentences', () => {
    expectLevels([
      ['high', 'My mortgage is paid off, the will is updated. I am ready to go.'],
      ['high', 'Grandpa has been giving away his guitars and told us he is ready. He keeps a stash of his old morphine.'],
      ['high', "Thanks for everything, everyone. I'm done. Goodbye."],
      ['high', 'I am up on the top level of the car park right now'],
      ['high', "My sister's location is at the reservoir and she won't answer her phone"],
    ]);
  });

  it('reads self-harm by blows, passive wishes and burden said another way', () => {
    expectLevels([
      ['medium', 'I punch myself in the face when the pain gets bad.'],
      ['low', 'Sometimes I hope I die in my sleep.'],
      ['low', 'The world would be a happier place without me.'],
    ]);
  });

  it('reads threats that are not jokes, fantasies, and abuse by carers, of elders and of children heard', () => {
    expectLevels([
      ['high', "I'm going to burn down the pharmacy that lost my scripts. I'm not joking, I have the petrol."],
      ['medium', 'I keep having fantasies about stabbing my ex.'],
      ['low', 'I picture punching the surgeon who botched my knee. I never would.'],
      ['medium', 'I shoved my mum yesterday when she refused her tablets. I feel awful.'],
      ['medium', 'Grandma says her nurse pinches her, and her arms are covered in marks'],
      ['high', 'He threw my walking stick down the steps again and he is alone with my mum tonight.'],
      ['low', 'My boyfriend always asks who I am texting and reads over my shoulder.'],
      ['high', 'I heard the girl upstairs crying please stop daddy and then it went quiet.'],
    ]);
  });

  it('reads emergencies told plainly: not responding, dusky skin and retractions, low blood pressure, fever in neutropenia', () => {
    expectLevels([
      ['high', "My father collapsed in the bathroom and isn't responding to us"],
      ['high', 'Her fingertips look dusky and she is breathing really fast with her ribs sucking in'],
      ['high', "Mum with Addison's, BP 75/45, vomiting and can't stand up without fainting"],
      ['high', 'Neutropenic and temp 38.6 with shaking chills'],
    ]);
  });

  it('reads the known misses of holdout-11 as patterns: settled affairs, Addison\'s in plain words, a child heard, a finder weighed, rough carers', () => {
    expectLevels([
      ['high', 'Updated my will, paid off the last loan and cancelled my appointments. I am ready to go. Friday.'],
      ['high', "My husband with Addison's has been throwing up since breakfast and can barely stand."],
      ['high', "I can hear the baby screaming and something smashing next door, now it's silent."],
      ['medium', "The boy in my son's class has bruises all the time and flinches."],
      ['medium', 'Lately I wonder which method would be least traumatic for my kids to find.'],
      ['medium', 'The nurses on his ward are rough with him and he cries when they come.'],
      // someone else's readiness beside things given away is a worry; with the means kept, high (above)
      ['low', 'My mum keeps giving away her jewellery and saying she is ready.'],
    ]);
  });

  it('stays quiet on the hard negatives beside them', () => {
    expectLevels([
      ['none', 'Paid off my last loan today!! Ready to go house hunting.'],
      ['none', "I have Addison's and the new hydrocortisone timing helps a lot."],
      ['none', 'Still vomiting after chemo, can barely stand the smell of coffee.'],
      ['none', "Last chemo today, I'm done! Thank you all for everything. Love you guys."],
      ['none', 'Thank you all for everything. See you Thursday. Goodbye for now.'],
      ['none', "Bags are packed and I'm ready to go. Surgery on Thursday!"],
      ['none', 'The treatment plan is locked in for Friday.'],
      ['medium', "I sometimes think about overdosing, but tonight isn't one of those nights."],
      ['none', 'The way the film handles the suicide of the father is so careful.'],
      ['none', 'I googled my symptoms at 2am, the internet is a dark place.'],
      ['none', 'I was in a dark place last winter but I finally feel like myself again.'],
      ['none', 'My brother is dead serious about winning the Mario Kart rematch lol'],
      ['none', 'My husband got me a new gas can for the mower.'],
      ['none', 'I hit myself on the cupboard door this morning, ouch'],
      ['none', 'Which would be easier on my kids, a move now or after the school year?'],
      ['none', 'My son keeps asking who I talk to at group because he wants to come too.'],
      ['none', 'I heard the kids screaming no fair at the park and then it went quiet when the ice cream arrived.'],
      ['none', 'The bridge by my house is being repainted, I keep walking there to look down at the boats.'],
    ]);
  });

  it.each<[CrisisLevel, string, string]>([
    ['medium', 'it', 'Mi sono bruciata di nuovo ieri notte con l accendino.'],
    ['medium', 'it', 'Penso di farla finita, ma non ho intenzione di farlo stasera.'],
    ['medium', 'it', 'Se mi tocca ancora gli spacco la testa.'],
    ['low', 'it', 'Mi sento soltanto un peso.'],
    ['low', 'pt', 'Meus filhos viveriam melhor sem mim.'],
    ['none', 'pt', 'Não aguento mais a dor nas costas, alguém tem dica?'],
    ['medium', 'pt', 'Ele me deu um soco ontem.'],
    ['medium', 'de', 'Wenn ich gehe, bringt er mich um.'],
  ])('%s ← [%s] %j', (expected, locale, text) => {
    expect(engine.scan(text, { locale }).level).toBe(expected);
  });
});
