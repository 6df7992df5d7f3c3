import { describe, expect, it } from '@jest/globals';
import { type CrisisLevel, createCrisisEngine } from '../src/index.js';

/**
 * Generalization of the English rules to phrasings no labelled set holds. For each pattern class the misses of
 * holdout-15 and holdout-16 showed, positives written in other words (verbs, objects, tenses, pronouns) and the
 * ordinary posts that share their words (idioms, jokes, accidents, advice, sport, care, negations) that must stay
 * quiet. No line of a case file is repeated here. Where two levels are accepted, the class is caught but its level
 * depends on context the rules do not read (an injury told in the next sentence does not raise a blow to a mirror).
 */
const engine = createCrisisEngine();

type Case = [CrisisLevel | CrisisLevel[], string];

function expectLevels(cases: Case[], category?: string): void {
  for (const [expected, text] of cases) {
    const r = engine.scan(text, { locale: 'en' });
    const allowed = Array.isArray(expected) ? expected : [expected];
    const level = allowed.includes(r.level) ? allowed[0] : r.level;
    expect({ text, level }).toEqual({ text, level: allowed[0] });
    if (category !== undefined && r.level !== 'none') {
      expect({ text, categories: r.categories }).toEqual({ text, categories: expect.arrayContaining([category]) });
    }
  }
}

describe("a threat by the poster with a target and a body part, a place to throw them or \"make her sorry\"", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "I told my cousin I'd snap his wrist if he touched my pump again."],
        ['medium', "Next time that driver cuts me up I swear I'll put his head through the windscreen."],
        ['medium', "If she mocks my tremor once more I'm going to break her nose."],
        ['medium', "I warned him I would smash his teeth in if he came near my sister."],
        ['medium', "One more comment from that receptionist and I will throw her through the door."],
        ['medium', "I'll rearrange his face if he says that to my mum again."],
      ],
      'harm_to_others',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I could break my neck on these icy steps."],
      ['none', "My physio said she'd break my arm if I skipped the exercises, she's hilarious."],
      ['none', "I told him I'd break the news to his sister gently."],
      ['none', "He broke his arm skiing last winter and now he's fine."],
      ['none', "I'll put him through to the nurse, said the receptionist."],
      ['none', "In the film the villain swears he'll break his neck, so cheesy."],
      ['none', "I would never put him through a window, I'm just venting about the misgendering."],
    ]);
  });
});

describe("a veiled threat to the poster (\"make me disappear\", \"make sure I regret it\", \"what real pain is\")", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "My husband said he'll make me regret it if I go to the meeting."],
        ['medium', "My brother keeps telling me he'll make me disappear if I tell mum."],
        ['medium', "She texted that I'll get what's coming to me for reporting her."],
        ['medium', "My ex says if I ever talk to the police he'll make sure I regret it."],
        [['medium', 'high'], "He said he will show me what real pain is if I leave."],
      ],
      'abuse',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "My doctor said I'll regret it if I skip the vaccine."],
      ['none', "The magician said he'd make the coin disappear."],
      ['none', "Karma is real, people like that always get what's coming eventually."],
      ['none', "The doctor said he'll stop my insulin if my sugars stay this good."],
      ['none', "My husband said he'll make sure we pay for it from the savings."],
      ['none', "Our safeguarding training covered signs like someone saying they'll make you disappear."],
      ['none', "He was joking when he said he'd make me disappear if I beat him at chess again."],
    ]);
  });
});

describe("harm to someone pictured: a car, a fall, a blade, their property, the face of", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "I keep imagining running my ex over with the car when I see him at the school gates."],
        ['medium', "I've been thinking about slashing his tyres and smashing his windows."],
        ['medium', "Lately I picture smashing that consultant's face into his desk."],
        ['medium', "I keep fantasising about pushing my stepdad down the stairs."],
      ],
      'harm_to_others',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I keep imagining running a marathon next year once the chemo is done."],
      ['none', "I keep thinking about running my first 10k and smashing my old time."],
      ['none', "I picture my grandkids running around the garden."],
      ['none', "I keep thinking about pushing my luck and asking for a second opinion."],
      ['none', "The book's hero keeps imagining running the villain over, great read for our teens group."],
    ]);
  });
});

describe("a weapon taken or carried with revenge said as a certainty, or lying in wait", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "Sitting outside his flat with a knife in my pocket. He's not getting away with it this time."],
        ['high', "I've got my dad's rifle in the boot and I'm driving to her work now. She'll pay for what she did."],
        ['high', "Hammer's in my bag and I'm heading to his place. Tonight he gets what he deserves."],
        ['high', "Got the crowbar out of the shed. That neighbour isn't getting away with it this time."],
        ['high', "He'll know how it feels tonight. The knife is in my jacket and I'm waiting by his car."],
      ],
      'harm_to_others',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "Got a bat in the car for the softball game tonight, can't wait."],
      ['none', "I'm heading to his place now with a cake, it's his birthday."],
      ['none', "The knife is in my bag because I'm cooking at my sister's tonight."],
    ]);
  });
});

describe("poison in someone's food or drink, done or being done", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "I've ground up her sleeping pills and I'm stirring them into her soup tonight. She deserves it."],
        ['high', "Slipped a load of my tramadol into his coffee this morning, let's see how he likes it."],
        ['high', "Slipped some of my sleeping pills into his whisky tonight. Let's see how he likes it."],
        ['medium', "I put a handful of my laxatives in her coffee to get back at her."],
      ],
      'harm_to_others',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I crush my dad's pills and mix them into his yoghurt so he can swallow them, is that ok?"],
      ['none', "The nurse said to put his tablets in jam so he takes them."],
      ['none', "I put his pills in his yoghurt every morning so he'll take them."],
      ['none', "I put sugar in his tea this morning by mistake."],
      ['none', "The news said a man slipped sleeping pills into his wife's tea, horrifying."],
    ]);
  });
});

describe("someone armed trying to get at the poster", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "My son's in a psychotic episode, he has a kitchen knife and he's kicking my bedroom door."],
        ['high', "My dad is drunk with a golf club and he's hammering on the bathroom door where we're hiding."],
        ['high', "My wife's dementia is bad tonight, she's got the carving knife and keeps trying to get into my room."],
      ],
      'abuse',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "My husband has a new golf club and he keeps practising in the garden."],
      ['none', "The kids are banging on the bathroom door because I've been in there too long."],
    ]);
  });
});

describe("blows in the home: the poster's to the person they care for, or thrown, slammed, twisted, dragged", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "I lost it and slapped my mum when she spat her food out. I hate myself."],
        ['medium', "I shoved Dad back onto the bed harder than I meant to and he cried."],
        ['medium', "My grandson shoved me against the wardrobe when I asked for my pension card."],
        ['medium', "My partner slammed me into the kitchen counter on Sunday."],
        ['medium', "Her boyfriend threw a plate at my sister's head last night."],
        ['medium', "My carer twists my wrist when I'm slow getting dressed."],
        ['medium', "He grabs her by the hair and drags her down the hall when he's drunk."],
      ],
      'abuse',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "My physio pushed me into doing the extra reps and I'm glad."],
      ['none', "The kids threw a ball at my head and we all laughed."],
      ['none', "I never slapped him, whatever my sister says."],
      ['none', "The nurse twisted my wrist gently to check the range of motion."],
      ['none', "My son kicked him back during the football match and got a yellow card."],
      ['none', "Years ago I slapped my mum during an argument and I still regret it."],
      ['none', "I shoved my brother into the pool at the party and everyone laughed."],
    ]);
  });
});

describe("control: belongings and hormones taken, medication pocketed, company decided", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "My parents took my phone and my binder and said I'd get them back when I act normal."],
        ['medium', "My son took my bank card and my car keys and won't give them back."],
        ['medium', "My husband takes my pain patches and gets angry when I ask for them."],
        ['medium', "Since my stroke my wife decides what I eat, who I see and when I go out."],
      ],
      'abuse',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "My parents took my phone for repair at the shop."],
      ['none', "The nurse took my tablets to check the dose and gave them straight back."],
      ['none', "My mum decides what we eat on Sundays, she's the best cook."],
      ['none', "My dad took my car keys away after the seizure, the DVLA rules say six months."],
      ['none', "My wife takes my pills and sorts them into the weekly box."],
    ]);
  });
});

describe("farewells and preparation said indirectly: scheduled goodbyes, people sent away, a one-way ticket", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "I've written goodbye messages to everyone and set them to send at midnight."],
        ['high', "Scheduled my last post for tomorrow morning. The plan is set."],
        ['high', "I've told my flatmate not to come home this weekend. I've got everything I need."],
        ['high', "I gave my guitar to my nephew and told him I won't be needing it any more. Tonight it ends."],
        ['high', "Booked a one-way ticket to the coast for Saturday. I know exactly which cliff."],
        ['high', "This will be my last post here. Thank you all for everything over the years. Please don't look for me."],
      ],
      'suicide',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I've scheduled my posts for the bake sale tomorrow morning."],
      ['none', "Booked a one-way ticket to Lisbon for my new job, so excited!"],
      ['none', "I told my friends not to come in on Monday because the office is closed for the bank holiday."],
      ['none', "Gave my old guitar to my nephew, I won't be needing it now that my hands shake."],
      ['none', "This is my last post here for a while, starting my new job, thank you all!"],
      ['none', "In my novel the character has scheduled her goodbye posts, is that too dark for YA?"],
      ['none', "Booked a one-way ticket to Australia to start a new life with my partner!"],
      ['none', "Gave my grandson my old watch for his 18th, he was chuffed."],
      ['none', "I've written my goodbye posts for my retirement from moderating, thank you all."],
    ]);
  });
});

describe("self-harm with a wound and a purpose", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "I held my hand on the hob on purpose last night. There's a blister the size of a coin."],
        ['medium', "I poured hot wax on my thigh deliberately to feel something."],
        [['low', 'medium'], "Smashed my fist into the bathroom mirror after the appointment. Needed stitches."],
        [['low', 'medium'], "I've been punching walls again, my knuckles are split and swollen."],
        ['medium', "I carved his name into my arm with a safety pin last night."],
        ['medium', "I slammed my fingers in the car door on purpose because I deserved it."],
        ['high', "I cut too deep this time and it won't stop bleeding even with pressure."],
        ['high', "I'm scalding my arm with the kettle right now and I can't stop."],
        ['high', "I burned my leg with a lighter again and now it's blistered and oozing and I feel faint."],
        [['low', 'medium'], "When the dysphoria hits I want to bite my arm until it bleeds."],
      ],
      'self_harm',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I burned my hand on the oven tray making dinner, ouch."],
      ['none', "I spilled boiling water on my arm by accident, running it under cold water now."],
      ['none', "Punched the air when my scan came back clear!"],
      ['none', "I cut my finger deep while chopping onions, it needed two stitches."],
      ['none', "Someone smashed my car window last night and took my bag."],
      ['none', "I've been hitting the wall at mile 20 in every long run."],
      ['none', "Not once have I poured boiling water on anyone, that rumour is nonsense."],
      ['none', "When I was a teenager I used to punch walls, I'm 45 now and calm."],
    ]);
  });
});

describe("an overdose said in other words: half the box, the whole pen, a count of units, the whole supply", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "I've swallowed half the box of my dad's sleeping tablets, about ten minutes ago."],
        ['high', "Just injected my entire rapid pen, I want this over."],
        ['high', "took 400 units of my long acting an hour ago and I'm not calling anyone"],
        ['high', "I've taken my whole month's prescription of sertraline."],
      ],
      'suicide',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I took half the packet of biscuits to work to share."],
      ['none', "My nurse said I'd used my whole pen faster than expected so she reordered."],
      ['none', "I take 40 units of basal every night, is that a lot?"],
      ['none', "My son takes 160 units a day, his endo says insulin resistance is common in teens."],
      ['none', "We took our whole pack to the scout camp this weekend."],
    ]);
  });
});

describe("harm to someone in progress, heard or done with an implement", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "I'm standing over her with the pillow and I can't stop shaking."],
        ['high', "My stepdad has locked my little brother in the shed and he's got a belt in his hand."],
        ['high', "I can hear it through the wall, he's hitting her again and she's screaming."],
      ],
      undefined,
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I'm standing over the pot with a spoon waiting for it to boil."],
      ['none', "My brother locked my sister out of the bathroom as a prank, kids!"],
      ['none', "I give her all her tablets at eight and then we watch telly."],
    ]);
  });
});

describe("preparation: an anchor tested, the means got, a fitting day, a plan named", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "Checked that the hook in the garage will take my weight. This Sunday, when everyone's at church."],
        ['high', "I've got what I need now. Friday seems a fitting day to stop."],
        ['high', "su1c1de plan is ready for this weekend, dont try to talk me out of it"],
        ['high', "Just wanted one person to know. The pills are lined up on the desk."],
        ['high', "Tested the beam in the loft will hold my weight. Tonight."],
      ],
      'suicide',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "Checked that the new shelf will take my weight before I climbed on it."],
      ['none', "I've got what I need now for the camping trip, thanks for the tips!"],
      ['none', "My safety plan is ready and my therapist has a copy."],
      ['none', "Tested that the pull up bar will hold my weight, first workout tomorrow!"],
      ['none', "The physio checked that my knee will take my weight now."],
    ]);
  });
});

describe("ideation in other words: steering into traffic, taking it all and going to sleep, helping it along", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "Sometimes I picture steering into the oncoming traffic on the motorway."],
        ['medium', "I keep thinking about taking all my mum's oramorph and just going to sleep."],
        ['medium', "If this disease wants to kill me I'll help it along."],
        ['medium', "I've been skipping my heart tablets on purpose."],
      ],
      'suicide',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I picture driving into the sunset with my husband once this is all over."],
      ['none', "Thinking about taking the kids and going to the beach tomorrow."],
      ['none', "My GP stopped my blood pressure tablets on purpose because my readings were low."],
      ['none', "I'll have the rest myself, nobody else likes the lemon cake."],
      ['none', "I want to go before the scan to grab a coffee."],
      ['none', "I'll take myself out for lunch when the results come."],
      ['none', "The school published its suicide plan for staff training."],
      ['none', "My therapist asked if I've ever thought about taking all my pills and going to sleep. I haven't."],
    ]);
  });
});

describe("self-harm going on or about to start", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "I've cut too deep on my forearm and the towel is soaked, it won't stop bleeding."],
        ['medium', "Relapsed with the razor last night after eight months."],
        ['medium', "I'm about to cut. Everything is too loud."],
      ],
      'self_harm',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "Relapsed with the flu again, third time this winter."],
    ]);
  });
});

describe("threats and harm pictured, in slang and other words", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        [['medium', 'high'], "He's a dead man if he comes near my daughter again."],
        [['medium', 'high'], "I swear to god I'll end him if he touches her one more time."],
        [['medium', 'high'], "If my landlord turns the heating off again I'm going to batter him."],
        [['medium', 'high'], "I'm going to hurt that nurse so badly she'll never work again."],
        [['medium', 'high'], "Next time my brother takes my insulin I'm stabbing him, I mean it."],
        ['high', "Sharpened the kitchen knife. When he gets home tonight that's it for him."],
        ['high', "I've loaded dad's shotgun and I'm going to the pub where those lads drink."],
        ['high', "I'm outside his house with a hammer. Tonight he answers for what he did."],
        ['medium', "I keep dreaming about strangling my stepfather while he sleeps."],
        ['medium', "Sometimes I imagine pushing my ex off the platform when the train comes."],
        [['medium', 'high'], "I'm going to run that doctor over in the car park, I've seen when he leaves."],
        ['high', "I've got my grandad's pistol and I know where the lads who beat me up live. Tonight."],
        ['medium', "I want him dead. I think about it every day since he hurt my sister."],
        ['medium', "I'll make sure he never walks again if he lays a finger on my kid."],
        [['low', 'medium'], "I'm going to teach that bully a lesson he won't forget, with my fists."],
        ['medium', "One day I'm going to snap and do something to my mother-in-law she won't recover from."],
        ['high', "Got a knife in my coat and I'm heading to the school gates to wait for him."],
        [['medium', 'high'], "I'm going to make my ex pay for what he did, I know where he lives now."],
        ['high', "I've got petrol and a lighter and I'm outside his flat. He's going to burn like he burned me."],
        ['medium', "I swear I'll glass him if he speaks to my wife like that again."],
      ],
      'harm_to_others',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I'll kill him if he forgets the milk again lol."],
      ['none', "My husband is a dead man walking when his mum sees the state of the kitchen."],
      ['none', "My son punched the air when his results came back."],
      ['none', "I'm going to run that marathon if it kills me."],
      ['none', "I'll smash that exam tomorrow."],
      ['none', "I'll batter the fish and chips tonight, kids love it."],
      ['none', "He's a dead man walking if mum finds out he ate the cake."],
      ['none', "I picture crashing into bed after this shift."],
      ['none', "I keep imagining running my own bakery one day."],
      ['none', "We're not getting away with it this time, the taxman found the mistake."],
      ['none', "I want him dead tired after football so he sleeps through, haha."],
      ['none', "I'll make sure he never walks home alone again after dark."],
      ['none', "I'll make my ex pay for half the kids' school trip, it's only fair."],
    ]);
  });
});

describe("violence, confinement and control in the home, in other words", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "My husband shoved me down the stairs last week, I told the hospital I tripped."],
        ['medium', "My son punched me in the stomach when I wouldn't give him money."],
        ['medium', "My daughter-in-law grabs my arm so hard it leaves bruises."],
        ['high', "He's got his hands round her throat right now, I can hear her choking through the wall."],
        ['high', "My partner is smashing the kitchen up with a hammer and the kids are upstairs."],
        ['medium', "My carer keeps my pension card and only gives me twenty pounds a week."],
        ['medium', "My girlfriend hides my insulin when we argue."],
        ['medium', "My husband won't let me leave the house without him since my diagnosis."],
        ['medium', "My son threatened to smash my head in if I don't give him my card."],
        ['high', "My ex is outside with a knife shouting that he'll kill me. Kids are with me in the bedroom."],
        ['medium', "My husband threw me against the fridge and now my shoulder won't move properly."],
        ['medium', "Mum's boyfriend burns her with his cigarettes when he's drunk."],
        ['medium', "I shook her really hard when she wouldn't stop crying, I'm scared of myself."],
        ['medium', "My flatmate keeps my EpiPen locked in his room and says I can have it if I pay rent."],
        ['medium', "My dad said he'll break my legs if I ever come out to him."],
        ['medium', "My partner choked me during an argument last night, I have marks on my neck."],
        ['medium', "My brother keeps hitting me when our parents are out."],
        ['medium', "My husband took my bank cards and my phone and won't let me call my sister."],
        ['medium', "My mum locks the fridge and won't let me eat since I gained weight."],
        ['high', "He's kicking the door in right now and he's got a bottle in his hand."],
        ['medium', "My boyfriend put his hands on me again last night, there's a bruise on my cheek."],
        ['medium', "My husband spat in my face and pinned me to the bed when I said I wanted to leave."],
        ['medium', "My mum's carer slaps her when she won't take her tablets, I saw it on the camera."],
        [['medium', 'high'], "My father-in-law keeps threatening to put me in the ground if I leave his son."],
        ['high', "He's just strangled me until I passed out, he's gone out now but he'll be back."],
        ['medium', "My girlfriend controls all my money and I have to ask for bus fare."],
        ['medium', "My partner tracks my phone and goes through my messages every night."],
      ],
      'abuse',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "My husband threw me a surprise party, I cried."],
      ['none', "I slapped him on the back and said well done."],
      ['none', "I shoved the laundry into the machine and ran to the appointment."],
      ['none', "My husband takes my pills to the pharmacy every Monday."],
      ['none', "The nurse said she'll switch off my pump alarm at night."],
      ['none', "My son threw me a curveball asking about death at bedtime."],
      ['none', "I can hear it through the wall, the neighbours are drilling again."],
      ['none', "The kids are banging on the bathroom door, I just want five minutes."],
      ['none', "My dad keeps his shotgun locked away for the farm."],
      ['none', "My wife locked my daughter in the car by accident, the keys were inside, fire brigade came."],
      ['none', "He's got a knife to cut the cake, calm down everyone."],
      ['none', "My carer keeps my insulin in the fridge so it stays cool."],
      ['none', "He said I'll regret it if I don't try the chilli."],
      ['none', "My mum says I'll get what's coming if I don't tidy my room, lol."],
      ['none', "My dad said he'll break my legs if I crash his car, he's joking obviously."],
      ['none', "My partner choked on a fishbone last night, scary but fine."],
      ['none', "My boyfriend put his hands on my shoulders to calm me down before the scan."],
      ['none', "My husband pinned me to the bed with tickles, we were both crying with laughter."],
      ['none', "My partner tracks my phone on our hiking trips in case I have a hypo."],
    ]);
  });
});

describe("farewells, affairs handed over, fumes and poison drunk, in other words", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "I've said goodbye to everyone I love. Tonight's the night."],
        ['high', "My notes are on the kitchen table, one for each of the kids. I'm going to the woods now."],
        ['high', "I've put my affairs in order and the car is full of charcoal. Sorry."],
        ['high', "I've rehomed the cat and cancelled my phone contract. The pills are ready."],
        ['medium', "I drank bleach last month to punish myself and I still want to."],
        ['high', "Just drank a cup of bleach. Throat is burning."],
        ['high', "I've emailed my sister the passwords to everything and left the dog with the neighbours. It's time."],
        ['high', "Told work I won't be in on Monday, or ever. Pills are counted out on the side."],
        ['high', "Wrote my wife a letter and put it in her handbag. She'll find it after I'm gone tonight."],
        ['high', "I've scheduled an email to my mum for 9am tomorrow explaining everything."],
        ['high', "this is the last thing I'll ever write here. love you all. the rope is ready"],
        ['high', "I won't be at group next week. I've made my peace. Please look after each other."],
        ['high', "I've taken the whole strip of my nan's pills, I'm feeling sleepy already."],
        ['high', "I've given my cat to my neighbour and written letters for my kids. I'm ready to go tonight."],
        [['medium', 'high'], "Goodbye everyone, I won't see you again. Thank you for everything."],
        ['high', "I've made the arrangements. Friday after work. No one will find me until Monday."],
        ['medium', "I tried to hang myself last week but the rope snapped."],
        ['medium', "I'd rather be dead than keep living like this."],
        ['low', "Everyone would be better off if I just disappeared."],
        ['high', "I've taken all my oxycodone and the whole bottle of vodka. Bye."],
        ['high', "Letters are written, the dog is at my sister's, the rope is in the car. Tonight."],
        ['high', "I'm sitting on the edge of the roof and my legs are dangling. I'm scared but I'm going to do it."],
        ['medium', "I think about driving my car into the river on the way home from dialysis every week."],
        ['low', "My son said he'd rather be dead than go back to school. I don't know if he means it."],
      ],
      'suicide',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "Said goodbye to everyone at work today, retiring after 30 years!"],
      ['none', "We put our affairs in order after the diagnosis, a will and power of attorney, feels good."],
      ['none', "The multistorey by the hospital is a nightmare to park in."],
      ['none', "Told work I won't be in on Monday, I've got my chemo."],
      ['none', "Wrote my wife a letter for our anniversary and put it in her handbag."],
      ['none', "The dog is with the neighbours while we're on holiday."],
      ['none', "I told my friends not to come in on Monday, the office is being painted."],
      ['none', "I've scheduled my posts for the awareness week, they go out tomorrow morning."],
      ['none', "Booked a one-way flight home for Christmas, dad's paying for the return."],
      ['none', "I know exactly which spot to park in at the hospital now."],
      ['none', "Tested that the hook will hold my weight for the aerial silks class."],
      ['none', "I've got what I need now for the hospital bag, thanks everyone!"],
      ['none', "Thinking about taking the kids and going to sleep at my mum's this weekend."],
      ['none', "She drank a glass of wine and went to bed."],
      ['none', "I'm going to the woods now with the dog, back later."],
      ['none', "Left the dog with the neighbours while we're away, sorted."],
      ['none', "I won't be at group next week, I'm on holiday. Take care of each other!"],
      ['none', "Gave my old bike to my nephew, he loves it."],
      ['none', "I've given my cat to my neighbour while we're away for a week."],
      ['none', "I've made the arrangements for mum's 80th on Friday, everyone's coming."],
    ]);
  });
});

describe("self-harm with an implement or a wound, in other words", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['medium', "I burned my wrist with a hot spoon on purpose last night."],
        ['medium', "I scratched my arms raw with a fork until they bled."],
        ['medium', "Stubbed my cigarette out on my thigh again."],
        ['medium', "I've been hitting my legs with a hairbrush until they bruise."],
        ['high', "I'm cutting right now and there's blood everywhere, I can't make it stop."],
        ['high', "Slashed my arm with a kitchen knife, it's gaping and I can see fat."],
        ['medium', "I've been burning my palms with the lighter every night this week."],
        ['medium', "Used the compass from my maths set on my thigh again, three deep lines."],
        ['high', "There's blood pooling on the bathroom floor from my wrist and I feel dizzy."],
        ['medium', "Hit myself in the face with my phone until my lip split."],
        ['medium', "I made myself bleed again last night, couldn't stop."],
        ['medium', "Banged my head against the wall until I saw stars."],
        [['low', 'medium'], "I've been pulling my hair out in clumps when the pain gets bad, there's a bald patch now."],
        ['high', "Cut my wrist really deep, it's spurting and won't stop."],
        ['medium', "I scalded my thigh with the kettle deliberately to stop the thoughts."],
        ['medium', "I've been cutting my stomach where no one can see."],
        ['medium', "I keep punching myself in the head when the pain gets too much."],
      ],
      'self_harm',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "I cut my arm on the garden fence, bled a bit, cleaned it up."],
      ['none', "Our cat scratched my arms raw when I bathed her."],
      ['none', "Our new puppy bites my hands until they bleed, any training tips?"],
      ['none', "I burned my hand with the lighter lighting the candles on the cake."],
      ['none', "Used the scissors on my fringe again, it looks awful."],
      ['none', "The blood from my finger prick is dripping everywhere, these lancets are brutal."],
      ['none', "The car is full of charcoal bags for the barbecue."],
      ['none', "Smashed it at the gym today, punched the bag until my arms gave out."],
      ['none', "I hit myself in the face with my phone when I fell asleep reading."],
      ['none', "Scratched my arm on the rose bush, nothing serious."],
      ['none', "Slit my thumb open on a tin can, needed steri-strips."],
      ['none', "Banged my head on the cupboard door again, these kitchens!"],
      ['none', "Pulling my hair out over these insurance forms."],
      ['none', "I scalded my thigh with the kettle when the handle broke, A&E said it's superficial."],
      ['none', "I keep punching myself in the head for forgetting my keys, such a scatterbrain, lol."],
    ]);
  });
});

describe("plans, means and farewells in ordinary words: a pet told goodbye, a rope bought, the sea after dark", () => {
  it('alerts on the class in other words', () => {
    expectLevels(
      [
        ['high', "This is my goodbye. Tell my dog I love him."],
        ['high', "Bought the rope. It goes up tonight when the house is empty."],
        ['high', "Walking into the sea once it's properly dark, I can't swim and that's the point."],
        ['high', "Mum's anniversary is Sunday and that's when I'll join her. The tablets are saved up in my drawer."],
        ['high', "I've got two weeks of Dad's oramorph saved in the shed and I'm drinking it tonight."],
        ['high', "The tablets are stashed in my drawer. Friday is a fitting day to stop."],
      ],
      'suicide',
    );
  });

  it('stays quiet on the ordinary posts that share its words', () => {
    expectLevels([
      ['none', "Tell my mum I love her if you see her at the market!"],
      ['none', "Bought the rope for the new tyre swing, the kids are thrilled."],
      ['none', "I can't swim and that's the point of the lessons I've booked."],
      ['none', "I'm walking down to the river behind the hospital for some fresh air between scans."],
      ['none', "Once it's properly dark we're going to watch the meteor shower."],
      ['none', "My tablets are hidden in the kitchen drawer so the grandkids can't reach them."],
    ]);
  });
});
