import type { CrisisLexicon } from '../types.js';
import {
  ABUSE,
  blocker,
  boundary,
  dampener,
  escalator,
  MEDICAL,
  neutral,
  NOT_MEDICAL,
  OTHERS,
  PERSONAL_AND_OTHERS,
  SELF_HARM_AND_SUICIDE,
  signal,
  subject,
  WEAPON_CATEGORIES,
} from './dsl.js';
import { EN_EMERGENCY_RULES } from './en-emergencies.js';

/**
 * An overdose already taken. The same phrases are a suicide signal (the poster's own act: high) and a medical
 * emergency whoever took it ("my gf took a bunch of her xanax"), see `en.esc.overdose_taken`.
 */
const OVERDOSE_TAKEN = [
  '(took|taken|swallowed|downed|ate|necked|popped|chugged|overdosed on|od d on) {LOTS} [of] [{POSS}] ~3 {PILLS}',
  '(took|taken|swallowed|downed|necked|popped) {LOTS} [of] (them|those|it|these)',
  // "got 60 of my seroquel", "40 of the sleeping pills" without a verb of taking are means, not an act
  '(took|taken|swallowed|downed|drank|drunk|emptied|finished) (the|a|my|her|his) (whole|entire|full) (bottle|box|packet|pack|strip|jar|container|blister)',
  '(took|taken|swallowed|downed|emptied|finished) (a|the|my|her|his) (bottle|box|packet|jar) of ~2 {PILLS}',
  '(took|taken|have taken|had) (an|a) (overdose|od)',
  '(overdosed|oded|od d) $',
  '(overdosed|oded) (on purpose|deliberately|intentionally|again|last night|an hour ago|just now)',
  '(overdosed|oded|od d) on ~2 {PILLS}',
  '(took|swallowed|taken) (everything|all) (in|from) (the|my) (medicine cabinet|cabinet|drawer|pill bottle|blister pack)',
  // "took everything in the box." (not "…in the box to the charity shop")
  '(took|swallowed|taken) (everything|all) in (the|my) (box|bottle|packet|pack|jar|tub) $',
];

/** English. Patterns are read like posts: "don't" = "dont", "k1ll" = "kill", repeated letters squeezed. */
export const en: CrisisLexicon = {
  locale: 'en',
  macros: {
    IM: "(im|i am|i'm|iam)",
    IVE: '(ive|i have|i’ve|i just|i)',
    SELF: '(myself|my self|meself|myslf|herself|himself|themselves|themself|ourselves)',
    WANT: '(want|wanna|wants|wanted to|want to|really want|just want|need|needs)',
    WANT_TO: '(want to|wanna|wants to|need to|going to|gonna|about to|plan to|planning to|planning on|ready to|trying to|decided to|will|ll|am going to|would like to)',
    PILLS:
      '(pill|pills|tablet|tablets|meds|medication|medications|medicine|medicines|capsules|caps|painkillers|pain killers|pain meds|pain pills|pain pill|painkiller|sleeping pills|sleeping pill|sleeping tablets|sleeping tablet|sleep meds|sleep aids|{DRUG})',
    DRUG:
      '(paracetamol|tylenol|acetaminophen|panadol|ibuprofen|advil|aspirin|oxy|oxys|oxycodone|oxycontin|percocet|percs|vicodin|hydrocodone|morphine|fentanyl|codeine|tramadol|opioids|opiates|xanax|valium|diazepam|lorazepam|ativan|klonopin|clonazepam|benzos|ambien|zolpidem|zopiclone|antidepressants|sertraline|zoloft|prozac|fluoxetine|lithium|seroquel|quetiapine|amitriptyline|gabapentin|lyrica|pregabalin|methadone|heroin|insulin|dilaudid|hydromorphone|promethazine|benadryl|melatonin|digoxin|warfarin|metformin|beta blockers|propranolol|metoprolol|atenolol|bisoprolol|verapamil|diltiazem|amlodipine|oramorph|oromorph|zomorph|sevredol|oxynorm|co codamol|cocodamol|dihydrocodeine|temazepam|mirtazapine|citalopram|venlafaxine|lamotrigine|levetiracetam|keppra|sinemet|madopar)',
    LOTS:
      '(all|all of|all the|all of the|the whole|a whole|an entire|the entire|whole|a bunch of|bunch of|a load of|loads of|a handful of|handfuls of|lots of|a lot of|too many|way too many|so many|<num:10-100000>|(like|about|around|maybe|roughly|nearly|almost|over|at least|probably|prob|basically|close to) <num:10-100000>|dozens of|the rest of|every one of|everything in|every single|half a bottle of|half the bottle of|enough)',
    POSS: '(my|the|her|his|their|of my|of the|of her|of his|of their)',
    PERSON:
      '(husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|ex|ex husband|ex wife|fiance|fiancee|spouse|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmum|stepmother|brother|sister|stepbrother|son|daughter|uncle|aunt|grandpa|grandfather|grandma|grandmother|cousin|carer|caregiver|roommate|flatmate|landlord|boss|coach|teacher|neighbor|neighbour|in laws|father in law|mother in law)',
    AGENT: '(he|she|they|hes|shes|theyre|my {PERSON}|her {PERSON}|his {PERSON}|our {PERSON}|{PERSON})',
    TARGET:
      '(him|her|them|someone|somebody|everyone|everybody|people|you|that {HUMAN}|this {HUMAN}|the {HUMAN}|my {HUMAN}|his {HUMAN}|her {HUMAN}|those {HUMAN})',
    HUMAN:
      '({PERSON}|doctor|doc|surgeon|nurse|oncologist|therapist|psychiatrist|pharmacist|coworker|co worker|colleague|manager|guy|man|woman|lady|dude|bitch|bastard|asshole|idiot|person|kid|kids|family|baby|child|children|people|receptionist|specialist|gp|consultant)',
    WEAPON: '(gun|guns|pistol|handgun|rifle|shotgun|revolver|firearm|glock|knife|knives|blade|machete|axe|hatchet|hammer|bat|baseball bat|crowbar|weapon|fire poker|poker|golf club|cleaver|meat cleaver|iron bar|metal bar|broken bottle|kitchen knife|carving knife|claw hammer)',
    TIME:
      '(tonight|tonite|2nite|this night|tomorrow|tmrw|tmr|tomoro|this weekend|this evening|this afternoon|later tonight|later today|tonight at <num>|at midnight|before morning|before sunrise|before dawn|right now|rn|in an hour|in a few hours|in <num> (hours|hour|hrs|minutes|mins)|in two hours|in half an hour|next week|on {DAY}|this {DAY}|next {DAY}|{DAY} night|by {DAY}|after {DAY}|by christmas|after christmas|before christmas|on my birthday|by my birthday|by the end of (the|this) (week|month)|when (everyone|everybody|they|he|she|my family|my wife|my husband|the kids) (is|are|s|goes|go|leaves|leave|falls|fall|gets|get) ~2 (asleep|sleep|bed|work|church|school|out|gone|home|away)|after (my|the) (appointment|funeral|holidays|party|meeting|surgery|shift))',
    DAY: '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun)',
    BLOODSUGAR: '(blood sugar|blood sugars|sugar|sugars|glucose|bg|bs|bgl|blood glucose|glucose level|sugar level|sugar levels|cgm|dexcom|libre|meter)',
    BODY: '(arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|skin|hips|hip|ankles|chest|body|hands|hand|face)',
    SH_BODY: '(arms|arm|wrists|wrist|thighs|thigh|legs|stomach|skin|hips|forearms|forearm|belly)',
    HE_IS: '(he is|hes|he s|she is|shes|she s|they are|theyre|they re|he|she|they)',
    HE_WILL: '(he|she|they|hell|shell|theyll|hed|shed|theyd|he ll|she ll|they ll|hes|he s|shes|she s|theyre|they re)',
    CHILD:
      '(my|our|the|her|his) (<num:0-17> (year|yr|month|week) old|<num:0-17> (yo|yr old)|baby|toddler|son|daughter|kid|child|little one|little boy|little girl|grandson|granddaughter|niece|nephew|infant|newborn)',
    // means named as nouns, for the frame "means × first person × time/readiness" (whatever the verb)
    FIREARM: '(gun|guns|pistol|handgun|rifle|shotgun|revolver|firearm|glock|hunting rifle|service weapon|12 gauge|twelve gauge|9mm)',
    LIGATURE: '(rope|noose|belt|cord|extension cord|cable|scarf|ligature|leash|dog lead)',
    ANCHOR: '(hook|beam|rafter|rafters|banister|bannister|pull up bar|door frame|doorframe|closet rod|clothes rail|tree branch|branch|pipe|ceiling fan|railing|door|door hinge|hinge|door handle|doorknob|door knob|bedpost|bed post|bunk bed|shower rod|shower head|showerhead|curtain rod|coat hook|stair rail)',
    // water to drive out to: a means only beside a stash, a time or resolve ("driving to the lake tonight")
    WATER: '(lake|reservoir|river|sea|ocean|canal|quarry|pier|harbour|harbor|marina|dam|falls|waterfall|docks)',
    HEIGHT: '(bridge|roof|rooftop|ledge|cliff|cliffs|overpass|top floor|multistorey|multi storey|parking garage|car park|parking structure|train tracks|tracks|railway|railway line|viaduct|tower|quarry|dam)',
    STOCK: '((<num:2-1000>|two|three|four|five|six|eight|ten|several|a few|a couple of|couple of|a|one|a whole|whole) (weeks|week|months|month|days|prescriptions|refills|scripts) (of|worth of|worth) [{POSS}] ~1 {PILLS}|(a|the|my|an extra|<num:2-1000>) (<num:2-1000>|thirty|sixty|ninety|three month|six month) (day|days|month|week) (supply|supplies|stock) [of [{POSS}] ~1 {PILLS}])',
    SPOT: '(my|our) (lap|hand|hands|nightstand|night stand|bedside table|bedside|desk|pillow|bed|dashboard|passenger seat|knees|knee|mouth|temple)',
    STORE: '(drawer|closet|car|glovebox|glove box|glove compartment|bedroom|nightstand|room|wardrobe|garage|attic|shed|basement|backpack|bag|desk|trunk|cupboard|cabinet|locker)',
    // possessives as posts spell them once apostrophes are dropped: "my boss's house" = "my bosss house"
    PERSONS: "(husbands|hubbys|wifes|partners|boyfriends|girlfriends|bfs|gfs|exs|ex's|exes|fiances|dads|fathers|stepdads|moms|mums|mothers|brothers|sisters|sons|daughters|uncles|cousins|grandpas|roommates|flatmates|landlords|bosss|boss's|bosses|coachs|coaches|teachers|neighbors|neighbours|coworkers|managers|doctors|supervisors|friends|guys)",
    // the people a post is about when it is not the poster (the subject of "my sister wants to die")
    KIN: '(friend|friends|son|daughter|kid|kids|child|children|brother|sister|mom|mum|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|bf|gf|cousin|niece|nephew|aunt|uncle|grandma|grandpa|grandmother|grandfather|patient|client|student|coworker|colleague|neighbor|neighbour|roommate|teen|teenager|best friend|bestie|bff|fiance|fiancee|spouse|stepson|stepdaughter|loved one|family member|member)',
    // things a person gives away when preparing: "gave away my camera, my records…"
    BELONGINGS:
      '(camera|cameras|records|vinyl|vinyls|record collection|guitar|guitars|piano|keyboard|bike|bicycle|motorbike|car|books|book collection|clothes|coat|coats|jacket|jackets|shoes|boots|jewelry|jewellery|watch|watches|ring|rings|necklace|laptop|computer|pc|console|playstation|ps5|xbox|switch|games|video games|tools|art|paintings|drawings|collection|collections|plants|furniture|tv|telly|phone|cat|dog|pets|fish|savings|money|stuff|things|belongings|possessions|everything|tickets|lego|cards|comics|figures|paints|sketchbooks|instruments)',
    // anything a dose comes in, for the frames that must not list every drug
    MED_UNITS: '({PILLS}|pens|insulin pens|needles|syringes|vials|ampoules|patches|doses|blister packs|blisters|packets|strips)',
    // totality of a means, and numbers as words, for "taking it all", "forty of my seroquel"
    TOTAL: '(it all|them all|all of it|all of them|the lot|the whole lot|everything|every one|every last one|every single one|the whole (bottle|box|pack|packet|supply|stash|pen|pens|vial))',
    NUMWORD: '(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|two hundred|a couple of hundred)',
    RAIL: '(train line|railway|railway line|rail line|train tracks|tracks|level crossing|railroad|railroad tracks)',
    MEDCARE: '(doctor|doc|gp|nurse|therapist|psychiatrist|psych|counselor|counsellor|psychologist|oncologist|care team|social worker|case worker|physician|specialist|pcp)',
  },
  aliases: {
    suicde: 'suicide',
    sucide: 'suicide',
    suiside: 'suicide',
    sucidal: 'suicidal',
    suicdal: 'suicidal',
    suisidal: 'suicidal',
    myslef: 'myself',
    mysef: 'myself',
    meself: 'myself',
    unalived: 'unalive',
    selfharm: 'harm',
    kilt: 'kill',
    wnat: 'want',
    wamt: 'want',
    tonigth: 'tonight',
    tonihgt: 'tonight',
    tomorow: 'tomorrow',
    tommorow: 'tomorrow',
    tommorrow: 'tomorrow',
    goodby: 'goodbye',
    paracetemol: 'paracetamol',
    dont: 'dont',
    cant: 'cant',
    wont: 'wont',
    tho: 'though',
    u: 'you',
    ur: 'your',
    ppl: 'people',
    pils: 'pills',
    bleding: 'bleeding',
    breath: 'breathe',
    breathin: 'breathing',
    cuting: 'cutting',
    cuttin: 'cutting',
    thinkin: 'thinking',
    killin: 'killing',
  },
  fuzzy: [
    'suicide', 'suicidal', 'myself', 'overdose', 'overdosed', 'paracetamol', 'acetaminophen', 'stockpiling', 'goodbye',
    'tonight', 'tomorrow', 'bleeding', 'breathe', 'breathing', 'unconscious', 'seizure', 'swallowed', 'hopeless', 'worthless',
    'burden', 'disappear', 'alive', 'strangled', 'threatened', 'anaphylaxis', 'epipen', 'drooping',
  ],
  rules: [
    // ───────────────────────── suicide: act in progress or just done (high) ─────────────────────────
    signal('en.suicide.overdose_taken', 'suicide', 'high', OVERDOSE_TAKEN),
    signal('en.suicide.attempt_in_progress', 'suicide', 'high', [
      '(noose|rope|belt|cord) (is )?(around|round|on) (my|her|his) neck',
      '(gun|barrel|pistol) (is )?(in my mouth|to my head|against my head|to my temple)',
      '(slit|slitting|sliced|slicing|cut|cutting|opened|opening) (my|her|his) (wrists|wrist|throat) (open )?(just|now|right now|again|tonight|deep)',
      '(slit|slitting|sliced|slicing) (my|her|his) (wrists|wrist|throat)',
      '(just|already) (jumped|hung myself|tried to hang myself|tried to kill myself|tried to end it)',
      '(started|starting|begun|beginning) to feel (drowsy|sleepy|numb|dizzy|woozy|weird) (from|after) ~3 {PILLS}',
      '(car|engine) (is )?running in (the|my) (garage|closed garage)',
      '(in|inside) (the|my) car ~4 (in|inside) (the|my|a) (closed )?garage ~4 (engine|motor) (running|on|going)',
      '(engine|motor) (is |s )?(running|on|going) ~3 (in|inside) (the|my|a) (closed )?garage',
      'goodbye cruel world',
    ]),

    // ───────────────────────── suicide: active ideation, intent without plan (medium) ─────────────────────────
    signal('en.suicide.kill_self', 'suicide', 'medium', [
      '(kill|killing|kills|kil|murder|murdering|offing|top|topping|end|ending|neck|necking|unalive|unaliving|delete|deleting|erase|hang|hanging|shoot|shooting|drown|drowning|gas|gassing|poison|poisoning|suffocate|suffocating|smother) {SELF}',
      // "off" is squeezed like "of" ("proud of myself"): only after a word of intent
      '(to|2|gonna|wanna|gunna|ll|will|just|should|could|might|may|finally|literally|actually|and|n) off {SELF}',
      '(finish|finishing|finished) (my|her|his) (own )?life',
      '(do|doing) {SELF} in',
      '(end|ending|ended) (my|her|his|their) (own )?life',
      '(take|taking|took) (my|her|his|their) own life',
      '(if|unless) (the cancer|cancer|it|this|the disease|the tumor|the tumour|god|the illness) (doesnt|does not|wont|won t|will not|doesn t) (take|get|kill|finish) me ~4 (ill|i ll|i will|im going to|i m going to|gonna|then ill|then i ll) do it (myself|my self)',
      '{WANT_TO} (take|end) (my|her|his) (own )?life',
      'end it all',
      '(kms|kmys|kill me self)',
      'unalive*',
      '(sewerslide|sewer slide|sewer side|self delete|self deleting|self deletion|self terminate|commit toaster bath|toaster bath|rope myself|rope szn|game end myself)',
      '(commit|commiting|committing|commited|committed|attempt|attempting|contemplating|considering|consider) suicide',
      '(attempt|attempting|try|trying|going|want|wanna|planning|plan) to (commit )?suicide',
      'suicide (tonight|tonite|2nite|today|tomorrow|tmrw|this weekend|on {DAY}) $',
    ]),
    signal('en.suicide.want_to_die', 'suicide', 'medium', [
      '(want|wanna|wants|wanting|really want|just want|need|needs|wish|wishing) (to|2) (die|be dead|not exist|stop existing|not be alive|not be here anymore|not be around anymore|disappear forever|go to sleep forever|end it (all|now|tonight|for good|forever|$)|end everything|end my life|take my life|take my own life|kill myself)',
      '(want|wanna|wants|wanting) (death|my life to end|everything to end|it all to end|it all to stop|to be gone|to be dead)',
      'i (want|wanna) to die',
      '(wanna|wana|wnna|want|wan) (die|kill myself|be dead|end it all|kms|unalive myself|not exist)',
      '(feel|feeling|felt) like (dying|i want to die|ending it|ending it all|killing myself|ending my life)',
      '(id|i would|would|i d) (rather|sooner) (be dead|die|not be alive|not exist|not wake up)',
      '(rather|sooner) (be dead|die) than',
      '(im|i am|i d be|id be|i would be|would be|i\'d be) better off dead',
      '(ready|prepared|willing) to die',
      '(praying|pray|hoping|hope) (to|that i) (die|dont wake up|do not wake up|never wake up)',
    ]),
    signal('en.suicide.not_want_to_live', 'suicide', 'medium', [
      '(dont|do not|no longer|dont really|really dont|just dont|do not really|never|doesnt|does not|didnt|did not|doesnt really|dont even|dont honestly|honestly dont|do not even) (want|wanna|wish) to (live|be alive|exist|go on (living|like this|anymore|any more|$)|keep living|continue living|stay alive|be here anymore|live anymore|live like this|be on this earth|be in this world)',
      '(dont|do not|cant|cannot|can\'t) (want|see myself) (living|being alive|going on) (anymore|any more|much longer)',
      '(no|lost|lost all|losing|losing all|without any|without) (will|desire|reason|reasons|wish) to (live|go on|keep going|stay alive)',
      '(nothing|nothing left|no one|nobody|noone) to live for',
      '(tired|sick|exhausted|so tired|done) of (living|being alive|existing|life itself|this life)',
      '(dont|do not|cant) (see|find) (any|a) (reason|point) (to|in|for) (live|living|stay alive|staying alive|go on|going on|be here|being here)',
    ]),
    signal('en.suicide.thoughts_other', 'suicide', 'low', [
      // someone else's thoughts reported by a worried poster: low (their risk, reported)
      '(thinks|talks|talked|says|said|mentioned|mentions|told me|keeps saying|keeps talking|has been talking|has been saying|been talking|texted|wrote|admitted|confided) (that )?(she|he|they)? (sometimes |often |a lot |always )?(thinks |thought |has thought |thinks a lot )?(about|of)? (dying|death|being dead|not being here|not being around|not wanting to be here|wanting to die|killing (himself|herself|themselves)|ending it|suicide)',
      '(keeps saying|says|said|talks about|talking about|keeps talking about|told me) (that )?(she|he|they) (wants|wanted|is ready|s ready|wishes she could|wishes he could) to (join|be with) (him|her|them|dad|mum|mom|my dad|my mum|my mom|her husband|his wife|grandpa|grandma)',
      '(posted|wrote|texted|sent|said) (something|a message|a post|a text) (that )?(sounded|sounds|read|reads|looked|looks|felt) like (a )?(goodbye|goodbye note|suicide note|farewell|goodbye message)',
      '(posting|posted|posts|writing|wrote|talking|talked|texting) ~4 about (not wanting to (be here|be alive|live|exist|wake up)|wanting to die|wanting to disappear|ending it|ending her life|ending his life|suicide)',
      // a worried friend or relative: something dark posted, "he keeps saying he's done"
      '(posted|wrote|texted|sent|said|put up) something (really |very |so |pretty |kind of |kinda )?(dark|worrying|scary|concerning|alarming|bleak)',
      '(keeps saying|keeps telling me|been saying|has been saying|kept saying|keeps posting) (that )?(hes|shes|he s|she s|he is|she is|theyre|they re) (done|finished|ready to go|a burden|not going to be around|wont be around)',
    ], { person: 'other' }),
    signal('en.suicide.thoughts', 'suicide', 'medium', [
      '(suicidal|suicidle|suicidial) (thoughts|thought|ideation|ideations|feelings|feeling|urges|urge|plans|tendencies|again|lately|today|tonight|rn|right now|all the time|every day)',
      '(feel|feeling|felt|am|im|so|very|really|been|getting|got|become|became|pretty|extremely|actively|passively|quite|kinda|kind of|always|still|constantly) suicidal',
      'suicidal $',
      '(feels|is|was|s|seems|sounds|has been|gets|got) suicidal',
      '(thoughts|thought|thinking|think|thinkin|fantasies|fantasizing|fantasising|dreams|dreaming|obsessing|obsessed|ideas) (about|of|bout) (suicide|killing myself|ending my life|ending it all|ending it|taking my life|taking my own life|not being here|not existing|unaliving|how to die|ways to die|how i would do it)',
      '(cant|can\'t|cannot|can not) stop (thinking|obsessing) (about|of) (suicide|dying|death|killing myself|ending it)',
      '(suicide|dying|death|killing myself|ending it) (is|has been|keeps|is always|is all) (on my mind|in my head|all i think about|all i can think about)',
      '(the )?(voices|voice|thoughts) (are )?(telling|tell|told|keep telling) me to (die|kill {SELF}|hurt {SELF}|end it|jump|do it)',
    ]),
    signal('en.suicide.method_ideation', 'suicide', 'medium', [
      '(thinking|think|thought|thoughts|thinkin|keep thinking|considering|consider|imagining|imagine|picturing|planning|plan|fantasizing|fantasising|fantasize|fantasise|daydream|daydreaming|dreaming|researching|research|googling|googled|looked up|looking up|searching|searched|wondering|wonder) (about|of|on|bout|how)? (taking all|taking the whole bottle|swallowing all|overdosing|od ing|jumping off|jumping from|jumping in front of|hanging myself|shooting myself|drowning myself|slitting my wrists|cutting my wrists|crashing (my|the) car|walking into traffic|stepping in front of|throwing myself (off|in front of|under))',
      '(taking|take|swallowing|swallow) (all|every one|every single one) (of )?(my|the|them|those|these) ~3 {PILLS} (at once|in one go|together|and never wake up|and not wake up|to die|to end it|so it stops|so it finally stops)',
      '(taking|take|swallowing|swallow) (all|every one) (of )?(my|the) ~3 {PILLS} at once',
      '(take|taking|swallow|down|swallowing) (them|it|the lot|everything|the whole lot) all (at once|tonight|tomorrow|now|together|$)',
      '(going to|gonna|will|ll|want to|wanna|plan to|planning to|about to) (take|swallow|down) (them all|all of them|the lot|the whole lot|everything i have|the whole bottle|all (of )?(my|the) ~3 {PILLS})',
      '(im|i am|i m) (taking|swallowing|downing) (them all|all of them|the lot|the whole lot|every pill i have|the whole (bottle|box|packet|pack|supply) [of] ~2 {PILLS})',
      // a way to do it, with "it" left unsaid: "thinking about ways to do it."
      '(thinking|think|thought|thoughts|thinkin|researching|googling|planning|imagining|picturing) (about|of|on|bout)? (ways|how|the best way|the easiest way|methods) to do it $',
      '(steer|steering|swerve|swerving|veer|veering|drive|driving|crash|crashing) ~2 (into|in front of) (oncoming traffic|traffic|a truck|a lorry|a train)',
      '(driving|drive|drove|crash|crashing|steer|steering) (my|the) car (into|off) (a|the) (wall|tree|truck|lorry|bridge|cliff|river|lake|pole|barrier|ditch|oncoming traffic)',
      '(driving|drive|crash|crashing|steer|steering) into (a|the) (wall|tree|truck|lorry|oncoming traffic)',
      '(thinking|think|thought|keep thinking|imagine|imagining|picture|picturing|urge to|want to|wanna|tempted to|fantasizing|fantasising|fantasize|fantasise|planning|plan|planning to|plan to|going to|gonna) (about|of|to)? (just )?(swerving|swerve|veering|veer|driving|drive|steering|steer|crashing|crash) ~3 (into|off|in front of|under) (the|a|an) ~1 (river|lake|sea|canal|reservoir|wall|tree|truck|lorry|bus|train|oncoming traffic|bridge|cliff|pillar|barrier|overpass)',
      '(drive|driving|drove|swerve|swerving|veer|veering) (off|over) (a|the) (overpass|bridge|cliff|road|edge|embankment|pier)',
      '(how easy|how quick|how simple|how easy it would be|how easy it d be|how easy itd be) (it would be )?to (just )?(jump|drive off|step off|step in front|swallow them|take them all|take it all|end it|let go|crash|fall|drown|not wake up|die)',
      '(jump|jumping|throw myself|leap|leaping) (off|from|in front of|under) (a|the|my) (bridge|building|roof|rooftop|balcony|cliff|train|bus|truck|lorry|car park|parking garage|overpass|tower|ledge)',
      '(how many|how much) ~3 {PILLS} (would do it|would it take|does it take|it would take|it takes|it will take|would kill|would kill me|to die|to kill|is lethal|is a lethal dose|is fatal|to od|to overdose)',
      '(lethal|fatal|deadly|overdose) (dose|amount) of ~2 {PILLS}',
      '(how many|how much) ~3 {PILLS} (would be enough|d be enough|will be enough|would be lethal)',
      '(know|knows|worked out|figured out|calculated|looked up|googled|researched|found out) (exactly )?how (much|many) ~4 (it takes|it would take|it ll take|would take|would do it|i need|i d need|id need|to take) ~3 (to )?(not wake up|never wake up|die|kill me|end it|be lethal|be fatal|stop my heart)',
      '(painless|easiest|quickest|fastest|best|surest|easy|quick) (way|ways|method|methods) to (die|kill myself|end it|go|end my life)',
      '(how to|how do i|how would i|how can i) (kill myself|end my life|die painlessly|die quickly|hang myself|overdose|od|tie a noose|end it)',
      '(tie|tying|tied) a noose',
      '(thinking|think|thought|thoughts|keep thinking|wondering|imagining|picturing) (about|of)? how (id|i d|i would|i could|i ll|ill|i will|i m going to|im going to) (do it|go|end it) $',
      // leaving out the life-sustaining drug so that it ends (to lose weight it is self-harm)
      '(stop|stopping|stopped|skip|skipping|quit|quitting|not taking|leave out|leaving out) (taking )?(my|all my) (insulin|meds|medication|medications|heart meds|heart pills|seizure meds) ~2 (so|and|until) (it|everything|i|this|it all) (all )?(just )?(ends|end|stops|stop|die|dies|would die|just die|wont wake up|can go|is over)',
      '{WANT_TO} (overdose|od|o d) (on|with|tonight|tonite|tomorrow|$)',
      '(not|never) (planning on|planning to|going to|gonna) (take|taking|use|using) (them|it|these|those|the lot) (the )?(normal|usual|prescribed|right|proper) way',
    ]),

    // ───────────────────────── suicide: passive ideation, hopelessness, burden (low) ─────────────────────────
    signal('en.suicide.passive_wish', 'suicide', 'low', [
      '(be|im|i m|i am|get to be|finally|until i m|until im|till im) free (of|from) (this body|this life|this world|my body)',
      '(pray|praying|prayed|hope|hoping) (not|never) to wake up',
      '(hit|run over) by a (bus|truck|car|lorry|train) ~4 (wouldnt|would not|wouldn t) (even |really )?(be )?(that |too |very |so |even |really )?(upset|sad|bothered|mind|care|sorry)',
      '(hoping|hope|hopes|wish|wishing) (the|my) (plane|flight|car|bus|train) (goes down|crashes|would crash|will crash)',
      '(hope|hopes|hoping) ~6 (so|and) (its|it s|it is|it will be|it ll be) (all )?over (sooner|quicker|faster|soon)',
      '(wish|wishing|wished) (i|that i) (was|were|could be|would be) (dead|gone|never born|not here|not alive)',
      '(wish|wishing|wished) (i|that i) (just )?(hadnt|had not|didnt|did not) (woken|woke|wake) up (after|from|this morning|today|again|at all|$)',
      '(wish|wishing|wished) (i|that i|id|i d|that id) (had )?never (been born|existed|woke up|woken up)',
      '(wish|wishing|hope|hoping) (i|that i) (could )?(just )?(go to sleep|fall asleep|sleep|close my eyes|lie down) and (not|never|dont|do not|wouldnt|would not) wake up',
      '(dont|do not|never|dont even|really dont) (want|wanna|wish) to wake up',
      '(hope|hoping|pray|praying) (i|that i) (just )?(dont|do not|never|wont|will not) wake up',
      '(not|never) (wake|waking|to wake) up (again|anymore|tomorrow|ever)',
      '(sleep|sleeping) forever',
      // passive death wishes built on sleep: "just want to sleep and never wake up", "go to sleep and not wake up"
      '(sleep|asleep|close my eyes|lie down|pass out|drift off|nod off) [and|n] (just )?(not|never|dont|do not|wont|will not|wouldnt|would not|not ever|never ever) (wake|waking) up',
      '{WANT} (to )?(just )?(never|not) (wake|waking) up (again|anymore|any more|ever|$)',
      '(close|closing|shut|shutting) my eyes [and] (never|not) (open them|wake up|open my eyes) (again|ever|$)',
      // "wish I could disappear / vanish / not exist", "wish I wasn't here"
      '(wish|wishing|wished) (i|that i|id) (could|would|can) (just )?(disappear|vanish|fade away|evaporate|cease to exist|stop existing|not exist|not be here|be gone|be erased|be dead)',
      '(wish|wishing|wished) (i|that i) (wasnt|was not|werent|were not|didnt|did not|never) (here|around|alive|exist|existed|be here) (anymore|any more|$)?',
      '(wish|wishing|wished) (i|that i) (wasnt|was not|werent|were not) (here|around|alive)',
      '(wish|wishing|wished) (i|that i) (didnt|did not) exist',
      '(go|going|gonna) to sleep (forever|and never wake up|and not wake up|for good|permanently)',
      '(hurry|hurry up) and (take|kill) me',
      '(wish|wishing|hope|hoping) (i|that i) (just )?(wouldnt|would not|wouldn t|didnt|did not|dont|do not|wont|won t) wake up (in the morning|again|anymore|any more|$)',
      '(if|when) (the cancer|cancer|it|the disease|the tumor|the tumour|this|god|death) (takes|kills|gets|finishes) me ~2 (fine|so be it|good|whatever|i dont care|i don t care|im fine with it|i m fine with it|im ok with it|im okay with it|let it)',
      '(a )?(mercy|blessing|relief) if (the lord|god|death|the cancer) (took|would take|takes|came for|would come for|would call) me',
      '(rather|just|id rather|i d rather) (just )?let (it|the cancer|the disease|this|the tumor|the tumour) (take|win|kill|have) me',
      '(should have|shouldve|should ve) (gone|died|been the one) (before|instead of|first) (her|him|them|mom|mum|dad|my {PERSON}|his {PERSON}|her {PERSON})',
      '(if i|if i got|if i get|if i were|if i was) ~2 (hit by|run over by) (a|the) (bus|car|truck|lorry|train) ~3 (wouldnt|would not|wouldn t) (mind|care|be sad|be upset)',
      '(wouldnt|would not|wouldn t) (mind|care) if (a|the) (bus|car|truck|lorry|train) (hit|hits|ran over|runs over|took|takes) me',
      '(hope|hopes|hoping|wish|wishes|wishing|pray|prays|praying) (that )?(the|my|this) (cancer|tumour|tumor|disease|illness|als|mnd|parkinsons|lupus|infection) (just )?(wins|win|would win|hurries up|would hurry up|takes me|moves faster|spreads faster|gets it over with|finishes me off)',
      '{WANT} (it|this|everything|it all|all of this) (all )?to be over (with )?(already|now|for good|$)',
      '(hope|hoping|wish|wishing|pray|praying) (that )?(the cancer|it|this|god|death|the disease|the illness|the tumor|the tumour|this disease) (just )?(takes|kills|would take|will take|would kill|finishes|would finish) me',
      '(cancer|disease|illness|it|god|this|death|the tumor|the tumour) (would|could|will|can|should) (just )?(hurry up and )?(take|kill|finish) me',
      '(someone|somebody|please|god|just) (please )?(kill me|end me|take me|put me out of my misery)',
      '(wish|hope|hoping) (it|the cancer|this|the illness|god|death) (would|will) (just )?(take me|come|kill me|finish me|end it)',
      '(wish|wishing) (it|this|everything) (was|were|would be) (all )?over',
      'wish (it|this) would (all )?end',
      'want (it|this|everything|the pain) (all )?to (end|stop) (forever|for good|permanently)',
      '(death|dying) (would be|sounds|seems|feels like) (a relief|better|easier|peaceful|nice|like a relief)',
      '(would|id|i d) (welcome|not mind|be okay with|be ok with) (death|dying|not waking up)',
      '(wouldnt|would not|wouldn t|wont|will not|won t|dont|do not) mind (if )?(i )?(just )?(didnt|did not|never|not) (wake|woke|waking) up',
      '(wouldnt|would not|wouldn t|wont|won t) mind (dying|death|not waking up|not being here|being dead|if i died|if it killed me|if i never woke up)',
      '(wishes|wished|wish|wishing) (he|she|they) (was|were|had) (never )?(been )?(born|dead|gone|not here|not alive)',
      '(wishes|wished|wish) (he|she|they) (could )?(just )?(disappear|vanish|not exist|die|go to sleep and not wake up)',
      '(want|wanna|wanting) (the|this|my) (pain|suffering) to stop (forever|for good|permanently)',
      '(easier|better|easiest) (to|if i) (just )?(die|died|end it|disappear|wasnt here|was not here|was gone|not be here|didnt exist|stop existing|didnt wake up|did not wake up|never woke up|just didnt wake up|wouldnt wake up|never wake up|not wake up)',
      '(it )?would be (easier|better) (if i|for everyone if i) (was|were|wasnt|werent|died|was gone|disappeared)',
      // reported or own passive wish, whoever holds it (the subject decides): "he wishes he'd never wake up"
      '(wishes|wished|wishing|wish) (that )?(he|she|they|hed|shed|theyd) (d|had|would|could|will)? (just )?(never|not) (wake|woke|waken|wakes|waking) up',
      '(wish|wishes|wishing|wished|pray|prays|praying|prayed|hope|hopes|hoping|begs|begged|begging|asks|asked|asking) (that )?(god|the lord|jesus|death|the cancer|the angels) (would|will|could|d|to)? (just )?(take|took|takes|come for|call|call home) (me|her|him|them)',
    ]),
    signal('en.suicide.burden', 'suicide', 'low', [
      '(a|such a|just a|nothing but a) (waste|drain) of (everyones|everyone s|everyone\'s|everybodys|everybody s|everybody\'s|my familys|my family s|their|your) (time|money|energy|love)',
      '(would|will|d|could) (have|live|be) (an |a )?(so much |much |a lot )?(easier|better|happier|simpler) (life|lives|time|off)? ~1 (if i|once im|when im|if im) (wasnt|was not|werent|were not|was|were|am|m|just)? (around|here|gone|alive|dead|in the picture|died|disappeared)',
      '(would|will|d|could) (have|live|be) (an |a )?(so much |much |a lot )?(easier|better|happier|simpler) (life|lives|time|off)? without me',
      '(everyone|everybody|they|my family|my kids|my wife|my husband|people|the world|you all|you guys|they all|he|she) (would|will|d|\'d) (all )?be (so much |much |a lot )?better off (without|if i) (me|was gone|wasnt here|were gone|died|wasnt around|werent around|was not around|wasnt alive|was dead|were dead|disappeared)',
      'better off (without|w o|wo|w out|w/o) me',
      '(the world|everyone|everybody|they|my family) (would|will|d) (honestly |probably |really |just )?be (fine|ok|okay|better|no worse) without me (in it|around|here|$)',
      '(they|everyone|everybody|my family|my kids|the kids|he|she|you all|you guys|we) (would|will|d) (all )?(honestly |probably |really |just |definitely )?(be|do|manage|cope|get on) (so much |much |a lot |far )?(better|easier|happier|fine) without me',
      '(theyd|everyoned|hed|shed|youd|wed|theyll|everyonell) (all )?(honestly |probably |really |just |definitely )?(be|do|manage|cope|get on) (so much |much |a lot |far )?(better|easier|happier|fine) without me',
      '(manage|cope|do|be|get on|live) (so much |much |a lot |far |just )?(better|easier|happier|fine) (if|when|once) i (wasnt|was not|werent|were not|m not|am not|was gone|m gone|wasn t|weren t) (around|here|alive|there|in the picture|gone)?',
      '(such|a|an|huge|big) (weight|drain|strain|burden) (on|to|for) (everyone|everybody|my family|them|my kids|my wife|my husband|my partner|you all|the people|the people i love)',
      '(im|i am|i\'m|feel like|being|such|just|only|nothing but|become|became|becoming) (such )?(a|an) (burden|drain|waste of space|waste of oxygen|waste of air)',
      '(burden|burdening) (to|on|for) (everyone|everybody|my family|my wife|my husband|my kids|my partner|the people|them|you all|this group|others)',
      '(easier|better|happier|simpler) ~6 (if|without|once) (she|he|they|everyone|everybody|my family|my wife|my husband|my kids|my partner|my parents) (didnt|did not|wouldnt|would not|never|no longer) (have|had) to (look after|take care of|care for|deal with|worry about|drag|carry|nurse|feed) me',
      '(everyone|everybody|they|my family|my kids|my wife|my husband|people|you all|you guys|he|she) (would|will|d) (all )?(honestly |probably |really |definitely |genuinely )?be (so much |much |a lot |far )?better off (if i|once i|when i) (just )?(vanished|disappeared|died|was gone|were gone|wasnt here|wasnt around|left for good|stopped existing)',
      '(if i|i could|i can) (just )?(vanish|vanished|disappear|disappeared|die|died|was gone|were gone|stopped existing) ~4 (wouldnt|would not|wouldn t|wont|won t|will not) (change|matter|make (a|any) difference) (a thing|anything|at all|to anyone|for anyone|$)',
      '(nobody|no one|noone|no body) (would|will|d) (even )?(notice|care|miss me|mind|cry) (if i|when i)?',
      '(nobody|no one|noone) (would|will) (even )?(notice|care|miss me)',
      '(wont|will not|wouldnt|would not) be missed',
      '(nobody|no one|noone) (cares|would care|will care) (about me|if i live|if i die|whether i live)',
    ]),
    // being wished dead by one's own family: the poster is the one they mean ("they'd rather have a dead son")
    signal('en.suicide.wished_dead', 'suicide', 'low', [
      '(rather|sooner) (have|had) (a )?dead (son|daughter|child|kid|brother|sister|grandson|granddaughter)',
    ], { person: 'self' }),
    signal('en.suicide.hopelessness', 'suicide', 'low', [
      '(i|just) (cant|can\'t|can t|cannot) (anymore|any more) $',
      // "I'm so done." is exhaustion (low); as a weak farewell too it raised itself to medium. A bare "I'm done." stays a
      // weak farewell only (it closes celebrations as often: "last chemo today, I'm done!")
      '(im|i am|i m) (so|completely|totally) done $',
      '(dont|do not|cant|can\'t|cannot|no longer) (see|find) (the|any|a|much) (point|reason|purpose|meaning) (in|of|to|anymore|any more|for) (any of this|anything|living|life|going on|carrying on|trying|this|it all|being here)',
      '(dont|do not|cant|cannot) see (the|any) point (anymore|any more|$)',
      '(dont|do not|don t|cant|cannot|can t) (see|imagine) (how|how things|how it|how this|how anything|how life|things|it|life) (will |could |can |is going to |are going to |would |is ever going to |are ever going to |ever )?(get|gets|getting) (any )?better',
      '(whats|what s|what is) (even )?the point (anymore|any more|$)',
      '(what|whats|what is) (even )?the point (of|in) (living|life|going on|any of this|any of it|anything|anything anymore|it all|trying|being alive|carrying on|living like this|me)',
      '(no|there is no|theres no|is there any) (point|reason|purpose) (in|of|to) (living|going on|life|carrying on|being alive|trying anymore|any of this)',
      'nothing (is|s|will|ever|is ever|is going to|is gonna|s going to) (going to |gonna |ever )?(get|getting|be|change) (better|easier|any better)',
      '(nothing|nothings|nothing s) (is |s )?(ever )?(going to|gonna|will) (ever )?(get|be|change|feel) (better|easier|any better|any different|ok|okay)',
      '(stuck|trapped) (like this|in this body|in this) (forever|for the rest of my life)',
      '(never|not ever|not) (going to|gonna|ever going to) get (better|any better|easier)',
      '(im|i am|feel|feeling|felt|so|completely|totally|just) (hopeless|helpless and hopeless|worthless and hopeless)',
      '(no|lost|lost all|losing|losing all|without|zero|there is no) hope (left|anymore|any more|for me|at all|$)',
      '(lost|losing|lost all|given up|giving up) (all )?hope',
      'hopeless (af|asf|as fuck|as hell|tbh|honestly|lately|again|$)',
      '(feel|feeling|felt|am|im|so|completely) trapped',
      '(cant|can\'t|cannot|dont|do not) see (any|a|another|the) (way out|way forward|way through|light|end to this|future)',
      '(no|there is no|theres no) (way out|escape|future for me|future)',
      '(tired|sick|exhausted|so tired|weary) of (fighting|it all|the fight|this fight|going on|struggling every day|trying every day)',
      '(dont|do not|don t) (think )?(i )?(want|wanna) to (keep going|keep fighting|keep trying|carry on|go on) (anymore|any more|if|after|$)',
      '(dont|do not|doesnt) (care|mind) (if|whether) (i|im) (live|die|wake up|dead|alive|survive)',
      '(stopped|stop|dont|do not|no longer|dont even) (caring|care) (if|whether) (the cancer|the disease|the tumor|the tumour|it|this|the illness) (wins|kills me|takes me|spreads|comes back|gets me)',
      '(dont|do not|don t) (know|think) (if|whether|that) (id|i d|i would|ill|i ll|i will) (still )?be (here|around|alive) (if|without|$)',
      '(the )?only (reason|thing) (im|i m|i am) (still )?(alive|hanging on) (is|are|$)',
      '(the )?only (reason|thing) (im|i m|i am) still (here|around) (is|are) (my|our|because|for)',
      '(dont|do not|no longer) (know|think) (how much longer|how long) (i can|i could|i will be able to) (keep going|go on|do this|hold on|keep fighting|keep this up|take this|cope|last)',
      '(cant|can\'t|cannot|can not|unable to|dont think i can) (go on|keep going|carry on|do this|do it|take it|take this|cope|hold on|keep fighting|keep up the fight|live like this|handle this|handle it|face another day|face tomorrow) (anymore|any more|any longer|much longer)',
      '(cant|can\'t|cannot|dont think i can) (go on $|keep going $|carry on $|carry on like this|live like this|face another day|face tomorrow|do this anymore)',
      '(give|giving|gave|given) up on (life|everything|living|myself|it all)',
      '(ready|want|wanna|going) to give up (on everything|on life|for good|completely|$)',
      '(done|finished|through) with (life|living|everything|it all|all of it|all of this|this life|existing)',
      '(feel|feeling|felt|want|wanna) (like )?(disappearing|to disappear|to vanish|vanishing)',
      '(just )?(want|wanna|wish i could) (to )?(disappear|vanish|fade away|cease)',
      '(dark|black|intrusive|bad|suicidal) (thoughts|place|headspace)',
      '(thinking|thoughts|think|thinkin) (about|of|bout) (dying|death|being dead|my death|my own death) (a lot|all the time|constantly|every day|again|lately|more and more|more)',
      '(depression|depressive episode|the darkness|the black dog) (is|s|has|came|has come|crept|creeping|coming) (back|returning|worse|getting worse|winning)',
      '(cant|can\'t|cannot|dont|do not) (live|go on|keep living) like this',
      '(tired|sick|exhausted|so tired|sick and tired) of (living|existing) like this',
      '(relief|a relief|easier|peaceful) to (just )?(not exist|stop existing|not be here|not be alive|disappear)',
      '(life|my life|living) (is|has become|feels) (meaningless|pointless|not worth living|unbearable)',
      '(not|isnt|no longer) worth living',
      '(no one|nobody|noone|nothing) (would|could) (understand|help|fix this)',
      '(everything|it all|life) (is|feels) (hopeless|pointless)',
      '(im|i am|i feel) (so )?(empty|numb) (inside)? and (hopeless|done|tired)',
      '(nothing|no one|nobody) (matters|cares) anymore',
    ]),
    signal('en.suicide.past_wanted', 'suicide', 'low', [
      '(wanted|used to want|tried|attempted) (to|2) (die|kill myself|end my life|end it|end it all|take my life)',
      '(attempted|tried) suicide',
      'suicide attempt',
      'was suicidal',
    ]),

    // ───────────────────────── self-harm ─────────────────────────
    signal('en.self_harm.act', 'self_harm', 'medium', [
      '(cut|cutting|cuts|cuting|burn|burning|burned|burnt|burns|carve|carving|carved|stab|stabbing|stabbed|punish|punishing|punished|scratch|scratching|scratched|bite|biting|bit|pinch|pinching) {SELF}',
      '(harm|harming|harmed|injure|injuring|injured|mutilate|mutilating|mutilated|hurt|hurting|hurts) {SELF} (again|on purpose|deliberately|intentionally|to cope|to feel|so bad|badly|every night|every day|when|tonight|last night|today|$)',
      '(harm|harming|harmed|hurt|hurting|mutilate|mutilating) {SELF}',
      '(self harm|self harming|self harmed|self harms|self injure|self injuring|self injury|self mutilat*|sh d|shd|selfharm*)',
      '(cutting|slicing|carving|scratching|digging into) (my|her|his) {SH_BODY}',
      '(cut|sliced|burned|burnt|carved|scratched) (my|her|his) {SH_BODY} (again|on purpose|deliberately|with|open|up|to|because|last night|tonight)',
      '(started|start|starting|been|keep|kept|am|im|i m|back to|went back to) (cutting|burning|self harming|scratching|carving) (again|myself|$)',
      '(cutting|burning|self harming) again',
      // a past act dated by its day: the day is no timing (en.neutral.dated_act hides the shorter matches)
      '(cut|burned|burnt|scratched|hurt|harmed) (myself|my {SH_BODY}) (again )?(on {DAY}|{DAY} night|{DAY})',
      '(i|ive|i ve|just) (cut|sliced) (deeper|too deep|so deep|really deep) (than|this time|tonight|today|$)',
      // a habit of hitting oneself, not a knock on a cupboard door
      '(started|start|starting|keep|keeps|kept|been|ve been|have been|back to) (hitting|punching|slapping|banging|hurting) (myself|my head|my face|my legs|my arms|my stomach)',
      '(scratch|scratching|scratched|claw|clawing|clawed|dig|digging) ~6 (until|till|til|untill) (they|it|i|the skin|my skin) (bleed|bleeds|bled|bleeding|is raw|breaks|broke)',
      '(cut|cutting) again (last night|tonight|today|yesterday|this morning|this week|after)',
      '(hit|hitting|hits|bang|banging|bangs|slam|slamming|punch|punching) (my|her|his) (head|fists|fist|face) (against|on|into) (the|a) (wall|walls|floor|desk|door|mirror)',
      '(punch|punching|punched) (the )?(wall|walls|mirror) (until|till|til) (my|it) ~2 (bleed|bleeds|bled|broke|break|split|split open|cracked|were raw|was raw)',
      '(where|from where|the spot where|the place where) i (cut|burned|burnt|scratched)',
      '(relapsed|relapse|relapsing) (on|with|into)? (self harm|cutting|sh|burning)',
      '(relapsed|relapse|relapsing) with (the|a|my) (blade|blades|razor|razors|lighter|scissors|compass|knife|sharpener)',
      '(burn|burning|burned|burnt) (myself|my skin|my arm|my arms) with (a )?(cigarette|cigarettes|lighter|iron|hot)',
      // a burn told as a habit or on purpose; "burned my hand on the stove" while cooking is an accident
      '(started|start|starting|keep|keeps|been|went back to|back to) burning (myself|my skin|my arm|my arms|my leg|my legs|my wrist|my wrists|my hand|my hands|my thigh|my thighs) (with|on) ~3 (cigarette|cigarettes|lighter|iron|curling iron|straightener|straighteners|kettle|stove|match|matches|candle)',
      '(burn|burning|burned|burnt) (myself|my skin|my arm|my arms|my leg|my legs|my wrist|my wrists|my hand|my hands|my thigh|my thighs) (with|on) ~3 (cigarette|cigarettes|lighter|iron|curling iron|straightener|straighteners|kettle|stove|match|matches|candle) ~2 (on purpose|deliberately|intentionally|again|to feel|to cope|to punish)',
      '(razor|razors|blade|blades|knife|scissors|glass|compass) (to|on|into|across) (my|her|his) {BODY}',
      '(starve|starving|starved) myself ~2 (to punish|as punishment|as a punishment|because i deserve|on purpose|deliberately)',
      '(want|wanna|going|gonna|plan|planning|trying|try) to starve (myself )?(until|till|til|to death|away)',
      '(relapsed|relapse) and (cut|burned|burnt|hurt myself|self harmed|scratched)',
      '(been|was|is|s|started|keep|keeps) (cutting|self harming|burning) (herself|himself|themselves|and|again|for|since|$)',
      '(hit|hitting|hits|punch|punching|punched|pinch|pinching|bite|biting|bit|bang|banging) (my|myself in the|her|his) ~1 {BODY} (until|till|til|untill) ~2 (bruise|bruises|bruised|bleeds|bleed|bled|marks|swells)',
      '(punch|punched|punching|hit|hitting|smash|smashed|smashing|slam|slammed|slamming) (the|a|my) ~1 (mirror|wall|walls|door|window) ~2 (on purpose|deliberately|intentionally|to feel something|to feel pain|to hurt myself)',
      // insulin left out on purpose (to lose weight: diabulimia); to die is the suicide frame
      '(skip|skipping|skipped|stop|stopping|stopped|quit|quitting|not taking|withhold|withholding|withheld|cutting back on|restricting|omitting|leaving out) (taking )?(my )?(insulin|bolus|boluses|basal|insulin doses|insulin shots|injections) ~3 (on purpose|deliberately|intentionally|purposely|to lose weight|to drop weight|so i lose weight)',
    ]),
    // a streak of days without self-harm, broken ("40 days clean then…", "relapsed after 3 months clean"): recent
    // self-harm. Not "relapsed" alone (MS and cancer relapses).
    signal('en.self_harm.relapse', 'self_harm', 'medium', [
      '(<num:1-5000>|a few|two|three|four|five|six|ten) (days|day|weeks|week|months|month|years|year) clean (then|and then|until|til|till|but then|before)',
      'clean for (<num:1-5000>|a few|two|three|four|five|six|ten) (days|day|weeks|week|months|month|years|year) (then|and then|until|til|till|but then|before)',
      '(relapsed|slipped|slipped up) ~3 after ~2 (days|day|weeks|week|months|month|years|year) clean',
    ]),
    // someone else's fresh marks, seen by a worried poster
    // the streak named as one from a substance is not self-harm: "two years clean from opioids"
    dampener('en.clarify.substance_streak', 'clarification', [
      '(clean|sober) (from|off) (drugs|opioids|opiates|alcohol|heroin|meth|booze|weed|smoking|cigarettes|nicotine|gambling|coke|cocaine|benzos|pills|drinking)',
    ], { scope: 'sentence', applies: ['self_harm'] }),
    signal('en.self_harm.marks_other', 'self_harm', 'low', [
      '(fresh|new) (marks|cuts|scratches|scars|burns|burn marks|cut marks) (on|all over) (her|his|their) ~1 {SH_BODY}',
    ], { person: 'other' }),
    // the act going on while the post is written: high whatever the wound
    signal('en.self_harm.in_progress', 'self_harm', 'high', [
      '(im|i am|i m) (cutting|burning myself|burning|carving|hurting myself|harming myself|self harming) (right now|now|rn|as i type|as we speak|atm)',
      '(cutting|burning myself|hurting myself) (right now|rn|as i type) ~2 (and )?(i )?(cant|can\'t|can t|cannot) stop',
      '(cut|burned|burnt|carved|sliced) (myself|my {SH_BODY}) ~5 (just now|a few minutes ago|minutes ago|a minute ago|seconds ago)',
    ]),
    // blades or razors put back within reach: a relapse being set up (medium, like a fresh urge acted on)
    signal('en.self_harm.tools_back', 'self_harm', 'medium', [
      '(the|my) (blades|blade|razors|razor|razor blades) (are |is |s )?back (in|under|inside|at) (my|the) ~1 {STORE}',
      '(put|got|brought|moved|hid) (the|my) (blades|blade|razors|razor|razor blades) back (in|under|into|inside) (my|the) ~1 {STORE}',
    ]),
    signal('en.self_harm.picking', 'self_harm', 'low', [
      '(pick|picking|picked) ~4 (until|till|til|untill) (they|it|the skin|my skin) (bleed|bleeds|bled|bleeding|is raw|breaks|broke)',
    ]),
    signal('en.self_harm.urge', 'self_harm', 'low', [
      '(urge|urges|urged|tempted|temptation|craving|cravings|need|needing|itch) (to|for) (cut|self harm|sh|hurt myself|burn myself|scratch|hit myself|harm myself|bleed|feel the blade|relapse)',
      '(want|wanna|wanting|thinking about|thought about|thoughts of|thoughts about) (to )?(cut|cutting|self harm|self harming|hurting myself|hurt myself|burn myself|burning myself|harming myself)',
      '(self harm|sh|cutting) (urges|thoughts|cravings)',
    ]),

    // ───────────────────────── harm to others ─────────────────────────
    signal('en.others.threat', 'harm_to_others', 'medium', [
      '{WANT_TO} (kill|murder|hurt|stab|shoot|strangle|choke|beat up|beat|punch|attack|smash|bash|poison|run over|slit the throat of|break the neck of|snap) {TARGET}',
      '(could|might|would|can|cd) (actually |literally |seriously |honestly )?(kill|murder|hurt|strangle|stab|shoot|choke|punch|strangle) {TARGET}',
      '(ill|i will|im going to|im gonna|going to|gonna) (kill|murder|hurt|stab|shoot|strangle|end) {TARGET}',
      '(says|saying|said|keeps saying|been saying|threatening|threatened|swears|swore|vowed) (that )?(hell|he ll|he will|shell|she ll|she will|theyll|they ll|hes going to|shes going to|hes gonna|shes gonna) (kill|shoot|stab|murder|hurt) {TARGET}',
      '(ill|i will|i ll|im going to|im gonna|i swear ill|i swear i will) (punch|hit|smack|slap|beat|deck|bash|knock out|beat up|kick) {TARGET} (in the|so hard|out|up|senseless|$)?',
      '(make|making) {TARGET} (suffer|bleed|regret it|regret)',
      '(wait|waiting|show up|showing up|turn up|turning up|go after|going after|ambush|confront|pay (him|her|them) a visit) ~8 with (my|a|the|his|dads) {WEAPON}',
      '(make|making) {TARGET} pay',
      '(ill|i ll|i will|im going to|im gonna|i m going to|i m gonna|gonna|going to|i swear ill|ready to|want to|wanna|will) (break|snap|wring|smash|bash|cave|kick|punch|rip|tear|slit|crack|stomp|cut|knock) (his|her|their|your|that {PERSONS}|the {PERSONS}|my {PERSONS}|his {PERSONS}|her {PERSONS}) ~1 (neck|face|head|skull|throat|teeth|jaw|legs|kneecaps|knees|arms|ribs|nose)',
      '(fantasize|fantasise|fantasizing|fantasising|dream|dreaming|thinking|think) (about|of) (finding|tracking down|going after|hunting down) (him|her|them|that {HUMAN}|the {HUMAN}) and (hurting|killing|beating|stabbing|shooting|strangling) (him|her|them)',
      '(fantasize|fantasise|fantasizing|fantasising|dream|dreaming|thinking|think) (about|of) (killing|hurting|murdering|stabbing|shooting|strangling) {TARGET}',
      '(he|she|they|that {HUMAN}|the {HUMAN}) (deserves|deserve|is going) to (die|suffer|get hurt|pay)',
      '(scared|afraid|terrified|worried) (i|that i) (will|might|ll|could|am going to) (hurt|harm|kill|shake|smother) (my|the|our) (baby|child|children|kids|kid|son|daughter|newborn)',
      '(thoughts|urges|urge) (of|about|to) (hurting|harming|killing|shaking|smothering|hurt|harm|kill|shake|smother) (my|the|our) (baby|child|children|kids|kid|son|daughter|newborn|partner|wife|husband)',
      '(burn|burning|blow|blowing) (the|this|that|his|her|their) (place|house|clinic|hospital|office|building) (down|up)',
    ]),
    signal('en.others.mass_threat', 'harm_to_others', 'high', [
      '(if|when|once) {TARGET} ~8 (im|i m|i am|ill|i ll|i will) (bringing|bring|taking|grabbing|gonna bring|going to bring) (a|the|my|his|dads) {WEAPON}',
      '(shoot|shooting|shoot up|bomb|blow up|attack) (up )?(the|a|my|this|that) (school|office|clinic|hospital|church|mosque|synagogue|mall|ward|workplace|place|building)',
      '(bring|bringing|take|taking|brought|carry|carrying) (my|a|the|his|dads|dad s) (gun|guns|knife|rifle|weapon|weapons) (to|into) (school|work|the clinic|the hospital|the office|his|her|their|the appointment|group|church)',
      '(kill|killing|shoot|shooting|stab|stabbing) (them|everyone|everybody|him|her) (tonight|tomorrow|today|right now|when|at the|on {DAY})',
    ]),
    signal('en.others.harassment', 'harm_to_others', 'low', [
      '(go|just|pls|please|you should|u should|you need to|why dont you) (kill|k1ll|hang|unalive|off|shoot) yourself',
      '(kys|kill your self|kill urself|kill yourself loser|neck yourself|unalive yourself)',
      '(hope|wish) (you|u) (die|get cancer|suffer|rot)',
    ]),

    // ───────────────────────── abuse ─────────────────────────
    signal('en.abuse.violence', 'abuse', 'medium', [
      // strangling: the hands on the neck, whatever the verb
      '(has|had|puts|put|wraps|wrapped|gets|got|keeps) (his|her|their) (hands|hand) (around|round|on) my (neck|throat)',
      '{AGENT} ~2 (hits|hit|hitting|beats|beat|beaten|beating|punches|punched|punching|slaps|slapped|slapping|kicks|kicked|kicking|chokes|choked|choking|strangles|strangled|strangling|pushes|pushed|shoves|shoved|shoving|throws|threw|drags|dragged|grabs|grabbed|burns|burned|bites|bit|hurts|hurt|hurting|attacks|attacked|smacks|smacked|whips|whipped|rapes|raped|molests|molested|abuses|abused|assaults|assaulted|strikes|struck|headbutted|stabbed|cut|beat up|beats up|roughed up|slammed|shook|shakes) (me|us|my mom|my mum|my mother|my sister|my brother|my kids|my children|my son|my daughter|my baby|the kids|the baby|the children|our kids|our baby|my little sister|my little brother)',
      '{AGENT} (has been|was|is|keeps|kept|always) (hitting|beating|hurting|choking|abusing|slapping|kicking|punching|strangling) (me|us|the kids|my kids|my mom|my mum)',
      '{AGENT} ~2 (choked|strangled|beat up|punched|kicked|slapped|beat) (her|him) (last night|again|yesterday|today|this morning|and|until|so|in front of|$)',
      '(pushed|shoved|threw|thrown|kicked|dragged) me (down|into|against|across|out of|onto|off) (the )?(stairs|wall|floor|door|car|street|bed|ground|room)',
      '{AGENT} ~3 (grabbed|grabs|grabbing|held|holds|pinned|pins|squeezed|lifted) (me|him|her|them|my {KIN}) (up )?by (the|my|his|her|their) (neck|throat|hair)',
      '(he|she|they|{PERSON}) ~2 (raped|molested|sexually assaulted|sexually abused|touched) me',
      '(touches|touched|touching) me (inappropriately|when|at night|where|down there|without)',
      '{AGENT} ~2 (threw|throws|throwing|hurled|chucked) (a|my|the|his|her) ~1 (phone|plate|glass|bottle|mug|cup|remote|shoe|chair|knife|lamp|bowl|pan|book|laptop) at (me|my head|my face)',
      '(bruises|marks|burns|welts) on (his|her|their) ~1 {BODY} ~2 (she|he|they|the {PERSON}|staff) (cant|can t|cannot|couldnt|could not|wont|won t|will not) explain',
      '(bruises|bruise|black eye|marks|cuts|split lip) (from|that|where) (him|her|them|my {PERSON}|he|she)',
      '(beaten|beat|hit|punched|choked|strangled|abused|raped|assaulted) (by|from) (my|her|his|our) {PERSON}',
      '(domestic violence|domestic abuse|abusive (relationship|marriage|partner|husband|wife|boyfriend|girlfriend|home|household)|physically abusive|sexually abusive)',
      '(im|i am|were|we are|she is|he is|the kids are) (being )?(abused|beaten|hit) (at home|by)',
    ]),
    signal('en.abuse.threat', 'abuse', 'medium', [
      '{AGENT} ~3 (threatened|threatens|threatening|threaten|said|says|saying|told me|tells me|swore|swears|promised|keeps saying|screamed|screaming|screams|yelled|yelling|yells|shouting|shouted|texted|texting) (that )?{HE_WILL}? ~1 (will|would|ll|d|is going to|was going to|going to|gonna|wants to|is gonna)? (kill|hurt|beat|murder|shoot|stab|strangle|take the kids|end|choke|burn) (me|us|my|the kids|our|himself if)',
      '{HE_WILL} (kill|hurt|shoot|stab|murder|strangle) (me|us) if (i|we)',
      '(if|when) (i|we) ~3 {HE_WILL} (will|ll|would|d|is going to|gonna)? (kill|hurt|shoot|stab|murder|strangle) (me|us)',
      '(told|tells|telling|said|says|threatened|threatens|warned|warns|screamed|yelled) (her|him|them|my {KIN}) (that )?{HE_WILL} ~1 ((kill|murder|stab|shoot|strangle|beat) (her|him|them) (if|when|$)|(break|snap|smash) (her|his|their) (legs|leg|neck|arms|arm|face|jaw|skull|nose|fingers))',
      '{HE_WILL} (will|ll|would|d|is going to|going to|gonna)? make (me|us) (regret it|regret|pay|suffer|sorry)',
      'if (he|she|they) (cant|can t|cannot|can not) have (them|her|him|me|us|the kids|the children|you) (no one|nobody|noone) (can|will|else can|else will)',
      '(if|when) (i|we) (leave|left|try to leave|tell anyone|tell someone|call the police|go) ~1 (he|she|they) (ll|will|would|d|is going to|said he ll|said she ll)? (kill|hurt|shoot|stab|murder|strangle) (me|us)',
      '(if|when) (i|we) (leave|left|try to leave|tell anyone|tell someone|call the police|go) ~1 {HE_WILL} (kill|hurt|shoot|stab|murder|strangle) (me|us)',
      '(screaming|screamed|screams|yelling|yelled|yells|shouting|shouted|saying|said|says|threatening|threatened|swearing|swore|texted|texting) (that )?{HE_WILL} (will|would|is going to|going to|gonna)? (kill|murder|shoot|stab|strangle|hurt) (me|us|the kids|my kids)',
      '{AGENT} ~2 (threatened|threatens|threatening) to (kill|hurt|beat|shoot|stab|take the kids|take my kids)',
      '(threatened|threatens|threatening) (me|us) with (a|his|her|the) {WEAPON}',
      '(said|says|told me|threatened) ~3 (kill|hurt) me if i (leave|left|try to leave|tell|told|call|go)',
      '(scared|afraid|terrified|frightened|fear) (that )?(he|she|they|my {PERSON}) (will|ll|might|is going to|would|could) (kill|hurt|hit|beat|find) (me|us|the kids|my kids)',
      '(pointed|aimed|held) (a|his|her|the) {WEAPON} (at|to) (me|my head|us|my)',
      '(he|she|they|{PERSON}) (has|had|held|holding|keeps|is holding) (a|his|her|the) {WEAPON} (to|at|against|under) (me|my|us)',
    ]),
    signal('en.abuse.control', 'abuse', 'medium', [
      '{AGENT} ~2 (wont|won t|doesnt|does not|will not|never) (let|allow) me (to )?(leave|go out|go|see|talk|call|have|use|eat|sleep|get|visit|work|drive|take my meds|go to the doctor|go to my appointments)',
      '(locks|locked|lock|locking|keeps|kept) me (in|inside|out|up|in the house|in my room|in the basement)',
      '(locks|locked|locking|shut|shuts) (me|us) and (my|the|our) ~2 (in|inside|up)',
      '(controls|control|controlling) all (the) (money|finances|bank account|bank accounts|car keys)',
      '(took|taken|takes|removed|take) (the|my) (door|doors) off (my|the) (room|bedroom|hinges)',
      '(gives|gave|give|hands|handed) (them|it|my meds|my pills|my pain meds) back (only )?(when|if) (i|ive|i ve|i have|im|i m|i am)',
      '{AGENT} ~2 (keeps|kept|hides|hid|takes|took|withholds|withheld|locks up|locked up) my (pain meds|pain pills|pain medication|painkillers|pills|tablets)',
      // control of the poster's care: "won't let me go to my chemo appointments alone"
      '(wont|won t|will not|doesnt|does not|never) (let|allow) me (to )?(go to|see|attend|visit) (my|the) ~2 (appointments|appointment|doctor|doctors|gp|chemo|therapy|therapist|treatment|treatments|friends|family|sister|brother|mum|mom) ~3 (alone|by myself|on my own|without (him|her|them))',
      '(only )?(gives|gave|lets|let) (them|it|her|him|me) ~3 (when|if) (she|he|i) (behaves|behave|obeys|obey|does what|do what)',
      '(not|never) allowed (to )?(leave|go out|leave the house|see my friends|see my family|talk to anyone|have a phone|have money|go to the doctor)',
      '{AGENT} ~2 (took|takes|taken|keeps|hides|hid|smashed|broke|controls|control|checks|monitors|tracks|withholds|withheld|steals|stole) my (phone|keys|car keys|passport|money|meds|medication|medications|insulin|inhaler|id|documents|wallet|bank card|cards|paycheck|messages|location|every move)',
      '(controls|control|controlling) (all )?(my|our) (money|finances|phone|messages|every move|life|medication|meds)',
      '(controls|control|controlling) (every|each) (cent|penny|dollar|pound|euro|move|call)',
      '(hides|hid|withholds|withheld|stole|steals|takes|took) my (meds|medication|insulin|inhaler|pain meds|pills) (from me|away|so i)',
      '{AGENT} ~2 (wont|won t|will not|refuses to|refused to|doesnt|does not) (give|let) me (have |take |get )?my (meds|medication|medicine|insulin|inhaler|epipen|pain meds|pills|heart meds|seizure meds|oxygen)',
      '(cant|can\'t|cannot) (leave|get out|escape) (because|or) (he|she|they) (will|ll|would)',
      '(isolat*|cut me off) (me )?from (my|all my) (friends|family)',
    ]),
    signal('en.abuse.fear', 'abuse', 'low', [
      '(scared|afraid|terrified|frightened) (of|to go home to|to be around|to be home with) (him|her|them|my {PERSON})',
      '(scared|afraid|terrified) to (go home|tell (my|the) (doctor|family|anyone|police|nurse|therapist))',
      '{AGENT} ~2 (yells|yelled|screams|screamed|shouts|shouted|rages|raged) (at me )?(and|then|while) (throws|threw|breaks|broke|smashes|smashed|punches|punched|slams|slammed) (things|stuff|plates|dishes|furniture|walls|the wall|holes|doors|my things|my stuff)',
      '{AGENT} ~3 (throws|threw|throwing|breaks|broke|smashes|smashed|punches|punched) (things|stuff|plates|dishes|furniture|holes in the wall|the wall|walls|my things|my stuff)',
      '{AGENT} (gets|got|becomes|became|is|s) (violent|aggressive|rough|scary|abusive) (when|with|after|if)',
      '(walking|walk) on eggshells (around|with) (him|her|them|my {PERSON})',
      '(calls|called|calling) me (worthless|stupid|fat|ugly|useless|a burden|names) (every day|all the time|constantly|in front of)',
      '(emotionally|verbally|financially) (abusive|abused|abusing)',
      '(calls|called|calling) me (a )?(waste of (space|oxygen|air|skin)|freak|abomination|disgrace|disgusting|an abomination|a mistake)',
    ]),
    signal('en.abuse.intimidation', 'abuse', 'medium', [
      // a threat told through violence to things: "he punched the wall and said next time it'll be me"
      '(said|says|told me|tells me|screamed|screams|yelled|yells|warned|threatened|shouted) (that )?(next time|one day|someday|one of these days) (it ll|itll|it will|it s going to|its going to|its gonna|it s gonna|that ll|thatll|that will|it could) be (me|my face|my head|us|the kids|my kids) $',
    ]),
    signal('en.abuse.child', 'abuse', 'medium', [
      '(child|kid|baby|toddler|son|daughter|niece|nephew|grandchild|grandson|granddaughter|kids|children) (is|are|was|were|keeps|has been|have been) (being )?(abused|hurt|beaten|hit|neglected|starved|locked in|left alone for days|molested|touched)',
      '(left|leaves|leaving) (the|my|our|his|her) (baby|toddler|kids|children|child|newborn) (alone|home alone|unattended) (for|all|overnight|while)',
      '(locks|locked|locking|shuts|shut|shutting) (my|the|our|his|her) ~1 (sister|brother|son|daughter|kid|kids|child|children|baby|toddler|cousin|niece|nephew|grandson|granddaughter) (in|inside|out|up) (the|a|her|his|their)? ~1 (basement|closet|cupboard|room|bedroom|shed|garage|car|cellar|attic|dark|house|bathroom)',
      '(kids|children|baby|child) (are|is) not safe (at home|with him|with her|with them|there)',
      '(he|she|they|{PERSON}) ~2 (shakes|shook|shaking|hits|hit|beats|beat|hurts|hurt|burns|burned|touches|touched) (the|my|our|his|her) (baby|toddler|kids|children|child|son|daughter|newborn)',
      '(he|she|they|{PERSON}) ~2 (touches|touched|touching|gropes|groped) (the|my|our|his|her) ~1 (cousin|niece|nephew|sister|brother|grandson|granddaughter|stepdaughter|stepson|daughter|son|kid|kids) (in ways|when|at night|where|inappropriately|down there|under)',
      '(left|been left|leaves|leaving) (alone|home alone|by (herself|himself|themselves)) (for|since) ~2 (days|day|nights|night)',
      '(have|has) been left (alone|home alone|on their own|by themselves) ~4 (for|since) ~2 (days|day|nights|night)',
      '(boy|girl|kid|child|toddler|baby|son|daughter|kids|children|brother|sister) ~4 (has been|have been|been|was|is|s|are|were) (left )?(alone|home alone|on (his|her|their) own|by (himself|herself|themselves)) ~4 (for|since) ~2 (days|day|nights|night)',
      '(his|her|their) (dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|parents|uncle|grandpa|grandfather) ~2 (hits|hit|beats|beat|hurts|burns|burned|slaps|slapped|punches|punched|kicks|kicked|whips|whipped|chokes|choked|locks|starves) (him|her|them)',
      '(kid|kids|child|children|boy|girl|student|son|daughter|niece|nephew|grandson|granddaughter) ~4 (showing up|shows up|turns up|came|comes|coming) (to school |to class )?with (bruises|burns|a black eye|black eyes|marks|welts|cuts)',
    ]),
    signal('en.abuse.unsafe', 'abuse', 'medium', [
      '(im|i am|i dont feel|we are|were|i do not feel|dont feel|not) (not )?safe (at home|in my home|in my own home|with him|with her|with them|here|in this house)',
      '(im|i am|we are|were) (hiding|locked) (in|from) (the bathroom|my room|the closet|him|her|them)',
      '(locked|barricaded|hid|hiding) (myself|us|ourselves|me and the kids) in (the|my) (bathroom|room|bedroom|car|closet)',
    ]),

    // ───────────────────────── medical emergencies ─────────────────────────
    signal('en.medical.stroke', 'medical_emergency', 'high', [
      '(having|had|is having|think im having|think i am having|might be having|i think im having|hes having|shes having) a (stroke|tia|mini stroke)',
      '(face|mouth|smile|lip|eyelid|cheek) (is |was |started |keeps |looks |went |has gone |is going |suddenly )?(drooping|droopy|droops|drooped|lopsided|crooked|slanted|sagging|paralyzed|paralysed)',
      '(half|one side|side|left side|right side|one half) of (my|his|her|the|their) (face|body|mouth) (is |went |has gone |feels |looks |suddenly )?(numb|drooping|droopy|frozen|paralyzed|paralysed|tingling|dead|weak|heavy|dropped|not moving)',
      '(cant|can\'t|cannot|unable to|couldnt|could not|struggling to|not able to) (lift|raise|move|feel|hold up|use|grip with) (my|his|her) (left|right)? (arm|leg|hand|side)',
      '(arm|leg|hand|side) (suddenly )?(went|is|has gone|feels|got|keeps going) (numb|weak|dead|limp|heavy) (and|with|suddenly)',
      // gone limp of a sudden; "my left hand feels numb" (chemo, sleep) is no stroke sign of its own
      '(his|her|my|their|the) (left|right) (side|arm|leg|hand) ~1 (went|has gone|just went|suddenly went) (limp|floppy|paralyzed|paralysed)',
      '(speech|words|talking|speaking) (is|are|keeps|keep|started|keep coming out|keeps coming out|are coming out|coming out|is coming out) (slurred|slurring|slurry|garbled|jumbled|wrong|all wrong|not making sense|mixed up|gibberish)',
      '(speech|words|talking|speaking) (is |are )?(slurred|slurring|slurry|garbled|jumbled|gibberish)',
      '(slurring|slurred|slurs) (my|his|her|their)? (words|speech)',
      '(talking|speaking|sounds|sounding|talks) (funny|weird|strange|drunk|slurred|like (he|she|i) (is|s|was) drunk) (and|suddenly|all of a sudden|out of nowhere|$)',
      '(cant|can\'t|cannot|couldnt|could not) (get (his|her|my|the) words out|find (his|her|my|the) words|speak properly|talk properly|say (his|her|my) words)',
      '(sudden|suddenly) (lost|losing|loss of|went|gone|blurry|double) (vision|sight|blind|my vision|in one eye)',
      '(worst|most severe|worst ever|biggest) headache (of my life|of (his|her|their) life|ive ever had|i have ever had|hes ever had|shes ever had|ever|in my life|in (his|her|their) life)',
      'thunderclap headache',
      '(stroke|be fast|befast|fast) (signs|symptoms) (right now|now|are happening)',
    ]),
    signal('en.medical.heart', 'medical_emergency', 'high', [
      '(having|is having|think im having|think i am having|think hes having|think shes having|might be having|i think im having) a (heart attack|cardiac arrest|mi)',
      '(crushing|squeezing|elephant on my|like an elephant|vice like|heavy heavy) (chest|chest pain|pain in my chest|pressure in my chest|pressure on my chest|feeling in my chest)',
      '(crushing|squeezing) (pain|pressure|feeling|sensation|weight) (in|on|across) (my|his|her|their|the) chest',
      '(cant find a|cant feel a|can\'t find a|doesnt have a|has no|there is no) pulse',
      '(heart|his heart|her heart|my heart) (stopped|has stopped|isnt beating|is not beating)',
      '(collapsed|collapse|collapses) and (isnt|is not|not|wont|won t|cant|can\'t) (breathing|responding|waking|wake|move|moving)',
      '(doing|started|giving|performing|do|start|give) (cpr|chest compressions)',
    ]),
    signal('en.medical.suspected', 'medical_emergency', 'medium', [
      // the poster's own reading of what is happening now; the symptoms beside it make it high
      '(i )?(think|thinking|sure|worried|scared|afraid) (its|it s|it is|this is|thats|that s|hes having|he s having|shes having|she s having) (a )?(stroke|heart attack)',
    ]),
    signal('en.medical.chest_pain', 'medical_emergency', 'medium', [
      '(chest pain|chest pains|pain in my chest|pain in the chest|chest pressure|pressure in my chest|tightness in my chest|chest tightness|chest is tight|chest feels tight|chest hurts|chest feels heavy|heaviness in my chest|sharp pain in my chest|stabbing pain in my chest)',
      '(pain|pressure|tightness|heaviness|squeezing|weight|ache|aching|burning|band) (in|on|across|around) (my|his|her|the) chest',
      '(chest|my chest|his chest|her chest) ~4 (squeezed|crushed|squeezing|crushing|in a vice|in a vise)',
      '(chest|my chest|his chest|her chest) (has|is|keeps|kept|started|has been|feels|felt|feel|s)? (feeling|felt|been)? ~1 (heavy|tight|tightening|squeezed|crushed|pressure|hurting|aching|like an elephant|like a weight|like a vice|like a vise|like someone is sitting)',
    ]),
    signal('en.medical.breathing', 'medical_emergency', 'high', [
      '(not|isnt|is not|isn\'t|stopped|stop|has stopped|havent|hasnt|wont|won t|barely|hardly) breathing',
      '(lips|face|skin|fingers|fingertips|mouth) (are |is |turning |turned |going |gone |look |looks |went )(blue|grey|gray|purple|ashen)',
      '(turning|turned|going) (blue|purple|grey|gray) (and|in the face)?',
      '(blue|purple|grey|gray) (lips|face|fingertips)',
      '(choking|is choking|started choking) (and )?(cant|can\'t|cannot|isnt|not) (breathe|breathing|cough|talk|speak)',
      '(gasping|struggling|fighting) for (air|breath)',
    ]),
    signal('en.medical.breathing_odd', 'medical_emergency', 'medium', [
      '(his|her|their|hes|he s|he is|shes|she s|she is|the babys|babys) (breathing|breaths|breath) (is |are |sounds |seems |looks )?(so |very |really |super )?(slow|shallow|weird|strange|funny|noisy|rattly|rattling|gurgling|irregular|raspy)',
    ]),
    signal('en.medical.breath_trouble', 'medical_emergency', 'medium', [
      '(cant|can\'t|cannot|can not|unable to|couldnt|could not|struggling to|hard to|difficult to|trouble|hard time|hardly|barely) (breathe|breathing|catch my breath|get air|get enough air|get a breath)',
      '(short|shortness) of (breath|breathe)',
      '(severe|really bad|bad|worst) (asthma attack|attack) (and )?(inhaler|puffer) (isnt|is not|not|doesnt|does not) (working|helping)',
      '(inhaler|puffer|nebulizer|nebuliser) (isnt|is not|not|doesnt|does not|no longer) (working|helping)',
      '(wheezing|wheeze) (badly|loudly|and|a lot)',
    ]),
    signal('en.medical.anaphylaxis', 'medical_emergency', 'high', [
      '(throat|tongue|airway) (is |are |keeps |started |starts |feels |feel |has |have |getting |keep )?(swelling|swollen|swelling up|closing|closing up|close up|closes|tight|tightening|getting tight|puffing up|blowing up)',
      '(swelling|swollen) (throat|tongue|airway)',
      '(throat|airway) (feels )?(like it s|like its|like it is) (closing|swelling|tight)',
      '(used|use|had to use|gave|give|jabbed|injected|using|needed) (my|his|her|the|an|their|our) (epipen|epi pen|epi|auto injector|autoinjector|adrenaline|adrenaline pen|jext|anapen)',
      '(anaphylaxis|anaphylactic shock|anaphylactic reaction|going into anaphylaxis|anaphylactic)',
      '(hives|rash) (all over|everywhere) and (cant|can\'t|struggling to|hard to) (breathe|swallow)',
    ]),
    signal('en.medical.allergy', 'medical_emergency', 'medium', [
      '(lips|lip|face|mouth|eyes) (is |are |keeps |started |getting )?(swelling|swollen|swelling up|puffing up|blowing up) (after|from|and)',
      '(having|is having|think im having|having a bad) (an )?(allergic reaction|reaction to)',
    ]),
    signal('en.medical.swallow', 'medical_emergency', 'low', [
      '(hard|difficult|cant|can\'t|cannot|struggling|trouble|unable) (to )?(swallow|swallowing)',
      '(voice|voice is|voice has|voice went) (hoarse|gone hoarse|going hoarse) (suddenly|and)',
    ]),
    signal('en.medical.hypoglycemia', 'medical_emergency', 'medium', [
      '{BLOODSUGAR} (is|s|was|at|of|reading|reads|read|says|showing|shows|dropped to|dropping to|crashed to|crashing to|down to|fell to|fallen to|went to|just|only|hit|hitting|plummeted to|tanked to|is at|is only|came up as|low)? [~2] <num:0-54>',
      '<num:0-54> (mg dl|mgdl|mg|on my meter|on the meter|on my cgm) ~2 (shaking|confused|sweating|dizzy|cant|can\'t)',
      '(severe|really bad|very bad|bad|serious|scary|major|massive|extreme) (hypo|hypoglycemia|hypoglycaemia|low|low blood sugar)',
      '(hypo|hypoglycemic|hypoglycaemic|diabetic) (coma|seizure|fit|unconscious|passed out)',
      '(gave|give|giving|needed|need|used|use|injected|had to use) (him|her|them|me)? (glucagon|baqsimi|gvoke|the glucagon|the emergency kit)',
      '(cant|can\'t|cannot|unable to|wont|won t|isnt able to) (swallow|drink|eat|take) (the )?(juice|sugar|glucose|glucose tabs|sweets|candy|gel|food) ',
      '(dka|diabetic ketoacidosis|ketoacidosis|ketones (are|is) (high|very high|large))',
      '{BLOODSUGAR} ~2 (says|reads|reading|shows|showing|just says|is showing) (lo|low) $',
      '{BLOODSUGAR} ~2 (says|reads|reading|shows|showing|just says|is showing) (lo|low) (and|with)',
    ]),
    signal('en.medical.low_sugar', 'medical_emergency', 'low', [
      '{BLOODSUGAR} (is|s|was|at|of|dropped to|crashed to|down to|fell to|went to|just|only|hit) ~2 <num:55-69>',
      '(having|had|having a|had a) (hypo|low) (again|now|and|right now)',
      '{BLOODSUGAR} (keep|keeps|keeping|have been|has been|are|is)? (crashing|dropping|tanking|falling|plummeting|going) (into|to|in) the (30s|40s|50s|60s)',
    ]),
    signal('en.medical.seizure', 'medical_emergency', 'high', [
      '(seizure|seizures|fit|convulsions|convulsing) (has |have )?(lasted|lasting|gone on|going on|been going on|been going) (for )?(more than|over|longer than|almost|nearly)? ~1 (minutes|mins)',
      '(seizing|seizure|seizures|fitting|fit|convulsing|convulsions|convulsion|shaking) ~2 (for|over|more than|longer than|lasting|lasted|has lasted|going on for|for over|for more than|nearly|almost|past) ~2 <num:5-999> (minutes|mins|min|minute)',
      '(shaking|jerking|twitching|convulsing) (on|in) (the|her|his) ~1 (floor|bed|ground|chair|sofa|couch) (for )?~2 <num:5-999> (minutes|mins|min|minute)',
      '(seizure|seizures|fit|convulsion|convulsions|seizing|shaking|fitting) (started|began|begun|kicked in) ~2 <num:5-999> (minutes|mins|min) ago',
      '(seizure|fit|convulsions|convulsing|seizing) (wont|won t|will not|isnt|is not|hasnt|has not|doesnt|does not|not) (stop|stopping|stopped|ending|ended|ending)',
      '(back to back|one after another|cluster of|multiple|repeated|several) (seizures|fits)',
      '(status epilepticus|wont come out of (the|his|her|a) (seizure|fit))',
      '(not|isnt|hasnt|hasn\'t|wont|won t) (waking|woken|come|coming) (up|round|around|to) (after|since) (the|his|her|a) (seizure|fit)',
    ]),
    signal('en.medical.seizure_now', 'medical_emergency', 'medium', [
      '(is|s|he is|she is|im|i am|hes|shes|keeps|kept|started|just|currently) (having|had) (a|another) (seizure|fit|convulsion)',
      '(first|first ever|first time having a|first time) (seizure|fit)',
      '(seizing|convulsing|fitting) (right now|now|on the floor)',
    ]),
    signal('en.medical.poisoning', 'medical_emergency', 'medium', [
      // a child (or someone else) who swallowed something: medium alone, high with drowsiness, vomiting, breathing trouble
      '({CHILD}|(he|she) (accidentally|might have|may have|must have|somehow)) (accidentally )?(swallowed|ate|drank|got into|chewed|chewed on|found and ate|found and took|has eaten|has swallowed|might have swallowed|may have swallowed|must have swallowed) ~5 ({PILLS}|pill|pills|heart pills|pods|pod|detergent|laundry pods|dishwasher pods|tide pods|bleach|batteries|battery|button battery|magnets|cleaning|cleaner|antifreeze|weed killer|rat poison|poison|vape|nicotine|gummies|edibles|iron tablets|vitamins|lamp oil|essential oil|mouthwash)',
      '({CHILD}) ~3 (overdose|overdosed|poisoned|poisoning)',
      '(poison control|poisons line|poison centre|poison center)',
    ]),
    signal('en.medical.unresponsive', 'medical_emergency', 'high', [
      '(he|she|they|hes|shes|theyre|my {PERSON}|mom|mum|dad|baby|husband|wife|grandma|grandpa|partner|friend|son|daughter|patient) ~2 (wont|won t|will not|isnt|is not|cant|can\'t|doesnt|does not|not) (wake|waking|woken|be woken|be roused) up',
      '(cant|can\'t|cannot|couldnt|could not|unable to) (wake|rouse) (him|her|them|my {PERSON}|mom|mum|dad|the baby|my baby|my son|my daughter) (up)?',
      '(cant|can\'t|cannot|couldnt|could not) get (him|her|them|my {PERSON}|{PERSON}|mom|mum|dad|grandpa|grandma|the baby|my baby) to (wake|wake up|respond|open (his|her|their) eyes)',
      '(is|s|was|went|found (him|her|them)|lying|now) (unconscious|unresponsive)',
      '(unconscious|unresponsive) (and|on the|in the|$)',
      '(collapsed|fainted|passed out) and (hit|cracked|banged) (his|her|my) head',
      '(overdose|overdosed|od|oded|od d) and (he|she|they) (wont|isnt|is not|cant|not|arent)',
    ]),
    signal('en.medical.bleeding', 'medical_emergency', 'high', [
      // "bleeding after my biopsy won't stop," (not "bleeding gums won't stop me")
      '(bleeding|bleed) ~5 (wont|won t|will not|doesnt|does not|hasnt|has not) (stop|stopped|slow down|ease up) ($|and|even|no matter|since|for)',
      '(bleeding|blood|bleed) (wont|won t|will not|doesnt|does not|isnt|is not|hasnt|has not|not|cant|can\'t) (stop|stopping|stopped|slowing|slow down|clot|clotting)',
      '(cant|can\'t|cannot|couldnt|could not|unable to) (stop|control) (the|this|his|her|my)? (bleeding|blood|bleed)',
      '(losing|lost|lose) (a lot of|so much|too much|lots of|loads of|tons of) blood',
      '(soaked|soaking|soaks|bled) (through|thru) ~3 (towels|towel|pads|pad|bandages|bandage|gauze|clothes|shirt|sheets|dressings|dressing|tampons|tampon)',
      '(vomiting|throwing up|coughing up|puking|spitting up|vomited|threw up|coughed up) (blood|bright red blood|clots|black stuff|coffee grounds)',
      '(blood|bleeding) (is )?(pouring|gushing|spurting|squirting|pumping)',
    ]),
    signal('en.medical.bleeding_rate', 'medical_emergency', 'high', [
      // a pad soaked every hour or faster
      '(bleeding|bled|soaking|soaked|going|gone|filling) (through|thru) (a|one) (pad|tampon|maxi pad|towel) (every|an|each|in) (hour|half hour|half an hour|<num:1-59> (minutes|mins|min))',
    ]),
    signal('en.medical.heavy_bleeding', 'medical_emergency', 'medium', [
      '(bleeding|bleed|bled) (really|very|so|super|extremely|quite|pretty)? (a lot|a ton|so much|heavily|badly|profusely|really bad|like crazy|everywhere|loads|lots)',
      '(blood|bleeding) everywhere',
      '(heavy|severe|massive|uncontrolled|major) (bleeding|blood loss|bleed|hemorrhage|haemorrhage)',
      '(needs|need|might need|will need|probably needs) stitches',
      '(cut|wound|gash) (is )?(too|really|very|so) deep',
    ]),
    signal('en.medical.emergency_call', 'medical_emergency', 'medium', [
      '(should i|do i|should we|do we|need to|gonna|going to|about to|just) call (911|999|112|000|111|an ambulance|the ambulance|ems|emergency services|paramedics|for help)',
      '(called|calling|just called|have called|we called|ive called) (911|999|112|000|an ambulance|the ambulance|ems|emergency services|paramedics)',
      '(ambulance|paramedics|ems) (is|are) (on the way|coming|on their way|here)',
    ]),
    signal('en.medical.warning', 'medical_emergency', 'low', [
      '(fainted|fainting|passed out|blacked out|keep fainting|keeps fainting|collapsed) (twice|again|several times|three times|a few times|yesterday|today|this morning|at work|and|$)',
      '(fainted|passed out|blacked out|collapsed) ~6 (again|twice|a second time|another time|three times|four times) (this|today|in|at|$)',
      // not "keep passing out / blacking out": those are acute symptoms of their own (en.esc.symptom_strong)
      '(keep|keeps|kept|keeping) (fainting|collapsing|nearly fainting|almost fainting)',
      '(dizziness|dizzy spells|vertigo|lightheadedness|light headedness) (has been |is |keeps )?(getting worse|worse|worsening|constant)',
      '(getting|keep getting|keeps getting|feel|feeling) (dizzier|more and more dizzy|really dizzy and confused)',
      '(fever|temperature|temp) (of |is |at |hit |reached |spiked to )?<num:39.5-43>',
      '(fever|temperature|temp) (of |is |at |hit |reached |spiked to )?<num:103-110>',
      '(neutropenic|neutropenia) (fever|and fever|with a fever)',
      '(stiff|stiff neck|neck is stiff|neck feels stiff) (and|with)? (fever|headache|rash)',
      '(heart|pulse) (is )?(racing|pounding) (and|with) (dizzy|chest|faint|cant breathe)',
      '(cant|can\'t) (keep|keep anything) (down|water down|fluids down) (for|since) ~2 (days|day|hours)',
      '(sudden|suddenly) (confused|confusion|cant walk|weak)',
      '(numb|weak) and (weak|numb) ~6 (getting worse|worse|worsening|spreading)',
      '{BLOODSUGAR} ~4 (in the|over|above|at) (300s|400s|500s|<num:300-900>) ~8 (thirsty|thirst|peeing|urinating|vomiting|throwing up|nauseous|ketones|breathing fast)',
      '(fallen|fell|has fallen|had falls) (twice|three times|four times|several times|<num:2-20> times|a few times|multiple times) ~3 (this week|today|since|in|this month|yesterday|now)',
      '(more|increasingly|suddenly|much more|newly) confused (than usual|than normal|lately|today|this week|$)',
    ]),

    // ───────────────────────── escalators ─────────────────────────
    escalator('en.esc.timing', 'timing', 1, ['{TIME}', '(right now|as we speak|at this moment|this very moment)'], { applies: PERSONAL_AND_OTHERS }),
    escalator('en.esc.timing_intent', 'plan', 2, [
      '(tonight|today|this|tomorrow|sunday|friday|this weekend|tonights|todays|tomorrows) (is|s|will be)? (the|my) (night|day|last night|last day|end)',
      '(its|it s|it is) (time|finally time) $',
      '(my|the) (last|final) (night|day|weekend|week) (on earth|alive|here|ever)',
    ]),
    escalator('en.esc.plan', 'plan', 2, [
      '(i|and i|ive|i have|i ve|got) (have|got|made|worked out|figured out|come up with) (a|the|my) (plan|plans|method|way to do it)',
      '(have|got) (a|the) plan (for|to|of how|now)',
      '(i|ive|i have|i ve) (have )?(made up my mind|made my decision|set the date|picked the date|picked a date|picked the day|chosen the day|chosen the date|planned it all out|planned everything out) $',
      'made up my mind (to|that)',
      '(i|ive|i have|i ve) (have )?(finally|already|just|now|officially) (made up my mind|made my decision|set the date|picked the date|picked a date|picked the day|chosen the day|chosen the date|planned it all out|planned everything out) $',
      '(take|taking|inject|injecting|shoot|shooting) (all )?<num:100-3000> units',
      '(decided|decision|mind is made up|made up my mind) (to|that i will|that im going to) (die|do it|end it|go through with it|kill myself|end my life)',
      '(ive|i have|i) decided $',
      '(my|the) mind is made up',
      '(already )?(decided|settled) on (the|a|my) (pills|method|date|day|place|spot|time|way|rope|bridge)',
      // the act timed against an event: "doing it the night before my scan"
      '(doing|do|gonna do|going to do|ll do|will do|im doing) it (the night before|the day before|the morning of|the night after|the day after)',
      'i know (what|how) (im|i am|i m) (doing|going to do|gonna do|gonna do it|going to do it)',
      '(going|gonna|ready) to (do it|go through with it|finally do it) (tonight|now|today|this time|for real)',
      '(this time )?(im|i am) (actually|really|finally) (going to|gonna) do it',
      '(wrote|written|write|writing|left|leaving|drafted|finished) ~2 (suicide note|suicide letter)',
      '(picked|chose|chosen|found|scouted|checked out) (a|the) (spot|place|bridge|location|building|tree) (to|where)',
      '(going to|gonna|will|ll|im|i am|i m) (take|taking|swallow|swallowing|down|downing) (all of them|them all|the lot|every last one|all at once|every single one)',
    ], { category: 'suicide' }),
    //    a death spoken of before, taken up as one's own plan: "thinking about making that happen"; never alone
    escalator('en.esc.plan_referred', 'plan', 1, [
      '(thinking|thought|think|considering|tempted|planning|plan) (about|of|on)? (making|make) (that|it|this) (happen|come true|a reality)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    a plan said in ordinary words ("I've thought it through", "I'm doing it this weekend"): raises a signal or
    //    another escalator, never alerts with a time alone ("I'm doing it this weekend: the garage clean-out")
    escalator('en.esc.plan_said', 'plan', 2, [
      '(thought|planned|worked|figured|thinking) (it|this|everything) (all )?(through|out) $',
      '(look|looks|seem|seems) like an accident',
      '(im|i am|i m|ill|i ll|i will) (doing|do) it ({TIME}|{DAY}|this weekend|then|while|when|after)',
      '(i|and i) (mean|meant) it (this time|$)',
      '(the|my) plan is (set|made|ready|in place|sorted|final|settled|simple) $',
      '(made|making) sure of (it|that) $',
      '(going to|gonna|will|ll|want to|ready to) (inject|shoot up|take) (both|all of it|all of them|the lot|everything|the whole (pen|pens|vial|box|bottle))',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.means_ready', 'means', 2, [
      '(stockpil*|stock pil*|hoard*|stash*|squirrel* away|squirreling away|squirrelled away|squirreled away) ~3 {PILLS}',
      '(saving|saved|been saving|collecting|collected|been collecting|gathering|gathered|storing|stored|hiding|hid|building up|built up) (up )?~3 {PILLS} (for|to|so|until|in case|$)',
      '(saving|saved|been saving|collecting|collected|been collecting|storing|stored|stockpiling|stockpiled|hoarding|hoarded) (up )?(my|all my|all of my|the|a) ~2 {PILLS}',
      '(got|have|ive got|i have|i ve got|i ve) (the|my|all my|all the|enough) ~1 {PILLS} (saved|saved up|stashed|put aside|set aside|hidden|squirreled away)',
      '{PILLS} (are |is )?(lined up|laid out|counted out|counted|set out|all ready|in front of me|in my hand|next to me|next to my bed)',
      '(have|got|had|bought|ordered|picked up|collected|holding) (the|my|all my|enough|all the|a stash of|a pile of|a bag of|a box of) ~2 {PILLS} (ready|lined up|here|with me|now|to do it|for tonight|for it)',
      '(enough|plenty of) ~2 {PILLS} (to|for) (kill|end|do it|die|take my life|od|overdose|not wake up|finish|stop my heart|stop (his|her) heart|put me (down|to sleep|under))',
      '(counted|counting|count) (out )?(my|the|all my|all the) ~2 {PILLS}',
      '(bought|buying|got|have|ordered|made|making|tied|tying|hung|hanging|set up|put up) (a|the|my) (noose)',
      '(noose|rope) (is )?(ready|tied|set up|up|hanging|hung)',
      '(bought|buying|got|have|filled) (the )?(charcoal|helium|exit bag|bag and helium|nitrogen)',
      '(bridge|roof|ledge|cliff|edge|building|top floor|parking garage|car park|train tracks|tracks) (is|are) (right )?(there|close|near|nearby|calling)',
      'pill pill ~1 (all|tonight|now|at once|goodbye|bye)',
      // the means held or hidden, said with the object first: "60 of my seroquel saved up in a drawer"
      '(<num:10-100000>|all|a stash of|a pile of|a bag of|a bottle of|bottles of|the whole bottle of|a whole bottle of|the whole box of|boxes of|enough|(a|the|my) (ziploc|ziplock|zip lock|ziploc bag|ziplock bag|baggie|sandwich bag|bag|jar|tin|box|shoebox|sock|envelope|container|pouch|pill bottle) (full of|of|with|stuffed with|filled with)) [of] [{POSS}] ~2 {PILLS} ~2 (saved|saved up|stashed|hidden|hid|hoarded|stockpiled|collected|put aside|set aside|squirreled away|ready|lined up|counted out|on the table|on the nightstand|by my bed|next to me|in front of me)',
      '(got|have|ive got|i have|holding|sitting here with|took|grabbed|stole) (the|a) (whole|entire|full) (bottle|box|pack|packet|stash|supply) of ~3 {PILLS}',
      '(kept|keeping|held onto|hung onto|saved|took|taken) (the|all the|my|his|her|dads|my dads|mums|moms|my mums|my moms) ~2 {PILLS} (patches|patch|vials|ampoules)? (from|after) ~2 (hospice|funeral|surgery|death|passed|died|palliative care)',
      '{PILLS} (and|plus|with) (a|the|some|this) (bottle|glass|fifth) of (wine|vodka|whisky|whiskey|rum|gin|tequila|booze) ~3 (tonight|now|ready|on the table|in front of me)',
    ], { category: 'suicide', applies: ['suicide', 'self_harm'] }),
    escalator('en.esc.means_place', 'means', 1, [
      // a means named with where it waits: "the rope in the garage", "dad's gun in the closet"
      '(got|have|ive got|i have|theres|there is|bought|found|keep|hid|hidden) (the|a|my|dads|his|her) (rope|noose|cord|belt|gun|pistol|rifle|shotgun|hose|charcoal|razor|razors|blades) (in|up in|under|behind|at|on) (the|my|our) (garage|attic|shed|basement|closet|wardrobe|car|trunk|drawer|room|barn|tree|loft|backpack|bag)',
      '(rope|noose|gun|pistol|blades|razor) (is |are )?(waiting|hidden|ready) (in|for|under)',
    ], { category: 'suicide', applies: ['suicide', 'self_harm'] }),
    escalator('en.esc.resolve', 'plan', 2, [
      // fearlessness, readiness and finality said about oneself: the resolve that turns means into intent
      '(im|i am|i m|and im|and i am) (not|no longer) (scared|afraid|frightened) (anymore|any more|of it|of dying|to die|of death|now)',
      '(im|i am|i m) (not|no longer) (scared|afraid) $',
      '(not|no longer) (scared|afraid) (of dying|to die|of death) (anymore|any more)?',
      '(im|i am|i m|and im|and i am) (finally )?(ready|at peace|calm about it|at peace with it|at peace with my decision|ok with it|okay with it) $',
      '(im|i am|i m) (finally )?(ready|at peace) (to go|now|with my decision|to do it|to let go)',
      '(im|i am|i m) (finally )?(at peace|calm|settled) with (it|this|my decision|it all|dying|the decision) (now|$)',
      '(nothing|no one|nobody) (is going to|can|will|s going to|is gonna) (stop|talk me out of) (me|it|this) (now|this time|anymore)?',
      '(dont|do not|don t) (try to )?stop me',
      '(dont|do not|don t|please dont|no point) (try|trying) to (find|look for|come after|search for|reach) me',
      '(dont|do not|don t) (come )?(look|looking) for me',
      '({TIME}|{DAY}) (im|i m|i am|ill|i ll|i will) (ending|end|finishing|finish) (it|this|everything|things) $',
      '(im|i m|i am) (ending|finishing) (it|everything) ({TIME}|{DAY}|for good|$)',
      '(ive|i have|i ve) (said|made) (my )?(peace|goodbyes)',
      '(made|making) (my )?peace (with it|with everything|with my decision|$)',
      '(wont|will not|won t) (need|be needing) (them|it|any of (it|this|them)|these|those|my (things|stuff|clothes|car|meds|appointments)) (anymore|any more|where im going|where i m going|where i am going|soon|after (this|tonight|tomorrow|today|{DAY})|$)',
      '(it|this|everything|it all|all of this|the pain) (all )?(ends|will end|will be over|is over|stops|will stop|finishes) ({TIME}|{DAY}|soon|tonight|for good)',
      '(i|ill|i will|im going to|gonna) (end|finish) (it|this|things|everything) ({TIME}|{DAY}|for good|once and for all)',
    ]),
    escalator('en.esc.means_emoji', 'means', 2, [
      // emoji used as the means itself: "🪢 tonight", "💊💊💊 goodbye", "🔫 in my mouth"
      '(🪢|⚰)',
      '💊 💊 [💊]',
      '(🔫|🔪|🪒|💊|🪢) (tonight|now|rn|soon|tomorrow|goodbye|bye|im done|i m done|its time|it s time)',
    ], { category: 'suicide', applies: ['suicide', 'self_harm'] }),
    escalator('en.esc.blades_ready', 'means', 2, [
      '(razor|razors|razor blades|blades|blade|new blades|box cutter|scalpel) (are |is )?(ready|out|hidden|in my hand|next to me|with me|on the bed)',
      '(have|got|bought|hid|hidden|keep|kept) (the|my|some|new|a pack of|a box of) (razor|razors|razor blades|blades|blade|box cutter|scalpel) (ready|hidden|with me|in my room|for|to)',
    ], { category: 'self_harm', applies: ['suicide', 'self_harm'] }),
    escalator('en.esc.means_ambiguous', 'means', 1, [
      '(bought|buying|got|have|ordered|found|picked up) (a|some|the) (rope|cord|hose|extension cord|belt)',
      '(drove|driving|drive|walked|walking|went) (to|up to|onto) (the|a) (bridge|cliff|roof|rooftop|top floor|train tracks|tracks|parking garage|car park|overpass|ledge)',
      '(have|got|keep|keeps|kept) (a|the|my|his|her) (gun|pistol|rifle|shotgun|firearm) (in|at|under|by|next to|loaded)',
      '(all )?(my|these|the|those) {PILLS} (and|plus) (a|some|the|bottle of|glass of) (wine|vodka|whisky|whiskey|alcohol|booze|beer)',
      '(vodka|wine|whisky|whiskey|alcohol|booze|beer|liquor) and (all )?(of )?(my|the|these|those) ~2 {PILLS}',
    ], { applies: ['suicide', 'self_harm'] }),
    // ── the frame "means × first person × time/readiness": the means as a noun where the poster is, whatever the verb.
    //    At hand (weight 2): with any timing, resolve, farewell or plan it is high; alone it never alerts.
    escalator('en.esc.means_at_hand', 'means', 2, [
      '{FIREARM} ~4 (in|on|across|under|beside|next to|against|by) {SPOT}',
      '{LIGATURE} (and|with|plus) (a|the|my) ~2 {ANCHOR}',
      '{LIGATURE} (is |s |are )?(around|over|on|tied to|hanging from|looped over|looped around) (the|a|my) ~1 {ANCHOR}',
      '{LIGATURE} ~3 (tied|hung|attached|fixed|secured|looped|knotted) ~2 (to|around|over|from|on) (the|a|my) ~1 {ANCHOR}',
      '{STOCK} ~3 (saved|saved up|stashed|hidden|hoarded|stockpiled|counted|counted out|lined up|laid out|put aside|set aside|squirreled away|in a bag|in a jar)',
      '(saved|saving|stashed|hoarded|stockpiled|collected|kept back|held back|put aside|set aside|squirreled away) (up )?{STOCK}',
      '{PILLS} (are |is |all )?(counted|counted out|poured out|emptied out|tipped out|out on the (table|bed|counter|desk|floor))',
      '(putting|put|setting|set|saving|saved|keeping|kept|holding|held|hiding|hid|stashing|stashed|squirreling|squirrelling|slipping|slipped|dropping|dropped|tucking|tucked) (aside|back|away)? (one|a|two|three|<num:1-10>|an extra|a couple of|half a) [of] [{POSS}] ~1 {PILLS} (a|every|each|per) (day|night|week|dose)',
      '(<num:20-100000>|all) [of] [{POSS}] ~1 {PILLS} (in|inside) (a|the|my) (ziploc|ziplock|zip lock|ziploc bag|ziplock bag|baggie|sandwich bag|sock|envelope|pouch)',
      '(pen|pens|insulin pen|syringe|syringes) (is |are |all )?(dialled|dialed|drawn up|filled|loaded) (all the way|to the max|to the top|up|to <num>|with <num>)',
      '<num:100-3000> units ~3 (drawn up|in the syringe|in a syringe|dialled|dialed|ready)',
      '(charcoal|bbq|barbecue|disposable grill|hibachi) ~3 (in|for|inside|into) (my|the) (studio|apartment|flat|room|bedroom|car|bathroom|tent|closet)',
    ], { category: 'suicide', applies: ['suicide', 'self_harm'] }),
    //    Held or stored (weight 1): needs readiness, a plan or an act beside it; a stored gun or rope is not a crisis.
    escalator('en.esc.means_held', 'means', 1, [
      '(my|our|dads|my dads|his|her|the|a|grandpas|my {PERSONS}|{PERSONS}) ~2 {FIREARM} (is|s|are)? ~2 (in|under|behind|inside|on top of) (the|my|our) ~1 {STORE}',
      '(a|the|my) ~1 {LIGATURE} (is|s|are)? ~2 (in|under|behind|inside) (the|my|our) ~1 {STORE}',
      '{FIREARM} (is|s|are) (in|under|behind|inside|on top of|up in) (the|my|our) ~1 ({STORE}|loft|wardrobe|safe|gun safe)',
      '(got|have|ive got|i have|theres|there is|with|holding) {STOCK}',
      '(i have|ive got|i ve got|i got|got) (the|all the|all my|enough) ~1 {PILLS} (and|now|ready|here|$)',
      '{HEIGHT} (is|s) ~5 (from|away from|near|close to|walking distance from|down the road from|around the corner from|up the road from) (my|here|me|where i live|home)',
      '(windows|window|vents|vent|door|doors|gaps) (are |is |all )?(taped|sealed|taped up|sealed up|taped shut|towels under)',
      '(bought|got|have|buying|picked up|ordered) (a|the|some|a bag of|bags of) ~1 (charcoal|disposable grill|hibachi|helium tank|nitrogen)',
      '(drove|driving|drive|walked|walking|went|go|going|been going) (to|up to|onto|back to) (the|a) ~1 {HEIGHT}',
      '(stood|standing|stand|sat|sitting|looked down|looking down) ~2 (at|on|from|over) (the|a) (top|edge|top level|top floor|railing)',
      '(bought|picked up|collected|purchased|got) (a|the|my|a new) ~1 {FIREARM} (today|yesterday|this morning|this afternoon|from|at|finally)',
      '(drove|driving|drive|walked|walking|went) (out|up|over|down) (to|onto) (the|a) ~2 {HEIGHT}',
      '(drove|driving|drive|walked|walking|went|going|heading) (out |down |up )?(to|down to|up to|out to) (the|a) ~1 {WATER}',
      '(i have|ive got|i ve got|got|have) everything (i need|ready) $',
      '(hid|hidden|stashed) (my|the|all my|all the) ~1 {PILLS} (behind|under|inside|in) (the|my) ~1 (fridge|freezer|bed|mattress|drawer|closet|wardrobe|cupboard|car|bag|backpack|sock drawer|pillow)',
      '(gave me|given me|filled|picked up|collected|received|got|have) {STOCK}',
    ], { category: 'suicide', applies: ['suicide', 'self_harm'] }),
    //    An empty house at a named time: the window of opportunity that turns means into a plan.
    escalator('en.esc.alone_window', 'plan', 2, [
      '(house|home|place|flat|apartment|apt) (will be|is|s|ll be|is going to be|gonna be|will be all) (empty|all mine|quiet|mine) ~2 ({TIME}|{DAY}|this weekend|all weekend|for the weekend|till {DAY}|until {DAY}|til {DAY}|for (a|the|two|three) (days|week|weekend|nights))',
      '(everyone|everybody|my family|the kids|my kids|my wife|my husband|my partner|my parents|my roommate|my roommates|my flatmates|they) (is|are|s|re|will be|ll be|is going to be|are going to be) (away|gone|out|out of town|on holiday|on vacation) (till|until|til|for|this|all|over|on|from) ~2 ({DAY}|weekend|week|night|tonight|tomorrow|days|the holidays|christmas)',
      '(everyones|everybodys|theyre|theyll be|everyonell be|kids are|familys) (away|gone|out|out of town|on holiday|on vacation) (till|until|til|for|this|all|over|on|from) ~2 ({DAY}|weekend|week|night|tonight|tomorrow|days|the holidays|christmas)',
      '(ill|i ll|i will|im|i am|i m|i will be) (be )?(home )?(alone|by myself|on my own) (all weekend|this weekend|for the weekend|{TIME}|till {DAY}|until {DAY}|for (a|the|two|three) (days|week|weekend|nights))',
      '(nobody|no one|noone|nobodys|noones) (will be|is|s)? (home|around|here|in the house) ({TIME}|{DAY}|this weekend|all weekend|till {DAY}|until {DAY})',
      '({TIME}|{DAY}|{DAY} night|this weekend) (ill|i ll|i will|im|i m|i am) (be )?~4 (alone|by myself|on my own) $',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    Readiness, finality, fearlessness and timing said another way
    escalator('en.esc.resolve_more', 'plan', 2, [
      '(tonight|today|tomorrow|this weekend|{DAY}|now) (feels|feel|seems|is) (right|like the (night|day|time|right time))',
      '(done|finished|through) (waiting|pretending|holding on) $',
      '(no|not) turning back',
      '(not|never) (coming|going) (back )?down (the stairs|again|this time|$)',
      '(not|never) coming back (this time|from this|from there|$)',
      '(finally )?(feel|feeling|felt|am|im|i m) (so )?(calm|peaceful|at peace|relieved|settled|serene) (about|with) (it|this|my decision|the decision|the plan|what im going to do|what i m going to do)',
      '(not|no longer) (scared|afraid|frightened) of it (anymore|any more|now)',
      '(let|letting) it (just )?happen $',
      '(finally|soon) (i can|i ll|ill|i will|i get to) (stop hurting|stop the pain|rest for good|rest forever|be free|be at peace|sleep forever|stop suffering)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    Refusing to come down from where one stands: with being up there (an act) it is high; alone it never alerts
    escalator('en.esc.not_coming_down', 'plan', 2, [
      '(im|i m|i am|and im) (not|never) (coming|going|getting|climbing) (back )?down (again|this time|from here|$)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    Preparation told as a state: "letters are written", "the note is on the fridge", "cat is with my sister"
    escalator('en.esc.preparation_state', 'preparation', 2, [
      '(goodbye|farewell|suicide|last|final) (note|notes|letter|letters) (is|are|s|re) (all )?(written|done|finished|ready|sealed|signed|addressed|left|on the (fridge|table|kitchen table|desk|bed|pillow|counter)|in the (envelope|drawer))',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    the same said of any letters or note: preparation only beside a pet placed, resolve, a plan or means
    escalator('en.esc.preparation_state_weak', 'preparation', 1, [
      '[the|my|all the|all my] (note|notes|letter|letters) (is|are|s|re) (all )?(written|done|finished|ready|sealed|signed|addressed|left|on the (fridge|table|kitchen table|desk|bed|pillow|counter)|in the (envelope|drawer))',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.preparation_papers', 'preparation', 1, [
      '(got|have|getting|get|put|putting|ive got|i ve got) (everything|it all|all my affairs) in order',
      '(the|my) will (is|s) (signed|done|sorted|written|updated|finished)',
      '(passwords|password|pins|bank details|account details) (are|is) ~4 (envelope|written down|on the (table|kitchen table|desk|fridge))',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.preparation_pets', 'preparation', 1, [
      '[the|my] (cat|dog|cats|dogs|pets|pet|bird|birds|rabbit|hamster) (is|are|s|re) (with|at|staying with|gone to|safe with|going to) (my|a|her|his)',
      '(arranged|arranging|organized|organised|sorted) (for )?(my|the) (cat|dog|cats|dogs|pets|pet|bird|birds|rabbit|hamster) (to go|to live|to stay|to be taken|to)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    Someone else's farewell shown, not said: a photo of the means, a goodbye, a phone gone quiet, a location at a height
    escalator('en.esc.shown_means', 'means', 2, [
      '(sent|posted|texted|messaged|shared|put up|uploaded|snapchatted|dm d|dmd) ~2 (photo|pic|picture|snap|selfie|video|story|image|photos|pics) (of|from|at|on) ~8 ({PILLS}|{LIGATURE}|{FIREARM}|razor|razors|blades|{HEIGHT}|the edge|the view from) ~6 (with|saying|captioned|caption|and|that said|that says|says|said|reads) ~3 (bye|goodbye|sorry|im sorry|i m sorry|love you|farewell|forgive me|its time|it s time|the end|sorry for everything)',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.shown_means_weak', 'means', 1, [
      '(sent|posted|texted|messaged|shared|put up|uploaded|snapchatted) ~2 (photo|pic|picture|snap|selfie|video|story|image|photos|pics) (of|from|at|on) ~8 ({PILLS}|{LIGATURE}|{FIREARM}|razor|razors|blades|{HEIGHT})',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.farewell_reported', 'farewell', 2, [
      '(posted|texted|wrote|messaged|said|says|told me|tweeted|snapchatted) ~3 (that )?(tonight|today|this|tomorrow) (is|s) (the|her|his|their) (night|day|last night|last day) (and|$)',
      '(posted|texted|wrote|messaged|said|says|told me|tweeted|snapchatted) ~4 (finally )?(going to|gonna|will|ll) (finally )?be (free|at peace|gone|out of pain) (soon|tonight|$)',
      '(texted|messaged|sent|wrote|posted|snapchatted|dmd|dm d) (me|us|her mom|his mom|her mum|his mum)? ~1 (goodbye|bye forever|a goodbye|a goodbye message|a goodbye text|thank you for everything|sorry for everything|im sorry for everything)',
      '(left|leaving|wrote) (a|his|her|their) (note|letter) (saying|that said|that says|says|said)',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.means_missing', 'means', 2, [
      '(his|her|their) ~1 ({PILLS}|pens|insulin pens|{FIREARM}|{LIGATURE}) (are|is|s|were|was) (gone|missing)',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    //    a reply to someone who has the means, begging them to stop now: their danger, not the poster's
    escalator('en.esc.means_addressed', 'means', 2, [
      '(you|u) (already )?(bought|got|have|saved|saved up|collected|stockpiled|stashed|counted out) (the|those|all the|all those|all your|your) ~1 {PILLS}',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.plea_stop', 'act', 1, ['(please )?(dont|do not|don t) do (this|it|anything) (tonight|now|right now|today)'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.plea', 'act', 1, ['(what do i do|what should i do|what do i do now|what can i do right now|please help me|someone please help|somebody help)'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.unreachable', 'act', 1, [
      '(he|she|they|hes|shes|theyre) ~2 (wont|won t|will not|isnt|is not|s not|not|stopped|hasnt|has not|doesnt|does not) (pick up|picking up|answering|answer|responding|respond|replying|reply|read my)',
      '(her|his|their) (phone|cell|mobile) (is|s|went|goes|has been|was|now)? ~1 (off|dead|switched off|turned off|straight to voicemail)',
      '(cant|can t|cannot|couldnt|could not) (reach|get hold of|get ahold of|get through to) (her|him|them)',
      '(wont|won t|will not|refuses to|refusing to|doesnt want to) (come|get|step|climb) (back )?(in|inside|down|off|away)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.located_at_height', 'act', 2, [
      '(her|his|their|my {PERSONS}|find my|the) ~1 (location|phone|car|gps|pin|dot|last location|snap map) (is|s|shows|says|was|shows (her|him|them)|now)? ~2 (at|on|near|by|parked at|parked by|parked near) (the|a) ~1 {HEIGHT}',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.farewell_more', 'farewell', 2, [
      '(its|it s|it has|it was|its been|it s been) (been )?(nice|good|great|lovely|a pleasure|an honour|an honor) knowing (you|ya|u|everyone|you all|all of you|yall)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.weapon', 'means', 2, [
      '(loaded|loading|cleaned|cleaning|bought|buying|got|get|have|has|had|holding|hold|took out|takes out|got out|cocked|grabbed|grab|grabbing|brought|bring|bringing|carry|carrying|sharpened|sharpening|hidden|hid|keeps|keep|kept|owns|own) ~3 {WEAPON}',
      '{WEAPON} (is |was )?(loaded|in my hand|in my bag|in my car|in the car|under the pillow|under his pillow|in the drawer|on the table|ready)',
    ], { applies: WEAPON_CATEGORIES }),
    escalator('en.esc.preparation', 'preparation', 2, [
      '(given|gave|giving|give) away ~2 (my|all my|all of my|most of my|the|everything|all) ~3 (things|stuff|belongings|possessions|clothes|dog|cat|pets|pet|games|books|jewelry|jewellery|money|savings|plants|everything)',
      '(given|gave|giving) (my|all my) ~2 (things|stuff|belongings|possessions|dog|cat|pets|jewelry) (away|to)',
      '(gave|given|giving) (my|all my|most of my) ~8 away',
      '(given|gave|giving) away (my|all my|all of my|most of my) ~2 {BELONGINGS}',
      'and (my|all my) ~2 away (to|$)',
      '(found|finding|find) (a )?(new )?(home|homes|owner|owners) for (my|all my) (dog|cat|pets|pet|dogs|cats|fish|bird|rabbit)',
      '(made|making|sorted|sorting|finalized|finalised|put|putting|got|getting|have) (my|the|all my|all the|all of my) (arrangements|final arrangements|affairs in order|affairs|funeral arrangements|things in order|will in order|last wishes)',
      '(said|saying|say) (my )?(goodbyes|goodbye to everyone|goodbye to my (kids|family|friends|dog|cat|parents|mom|mum|dad))',
      '(goodbye|farewell|final|last) (letters|letter|note|notes|video|message|messages|texts|emails) (to|for) (my|everyone|each|all|the)',
      '(written|wrote|writing|write|recorded|recording|finished|left|leaving) ~2 (goodbye|farewell|final|last) (letters|letter|notes|note|video|videos|messages|message)',
      '(deleted|deleting|delete) (all )?(my )?(accounts|social media|photos|everything)',
      '(cancelled|canceled|cancelling|canceling) (all )?(my )?(appointments|subscriptions|plans) (because|since) (i|there)',
      '(paid|pay|paying) off (all )?my (debts|bills) (so|because)',
      '(updated|changed|wrote|written|made|finished) my will (and|so|because|last|this|yesterday|today)',
    ], { category: 'suicide' }),
    escalator('en.esc.preparation_letters', 'preparation', 2, [
      '(written|wrote|writing|write|drafted|drafting|left|leaving) ~2 (letters|letter|notes|note|cards) (to|for) (my|each of my|each|everyone|all) ~2 (kids|children|family|wife|husband|parents|partner|friends|son|daughter|loved ones)',
      '(written|wrote|writing|write|drafted|left|leaving) (my|each of my|each|all my|all of my) ~1 ({PERSON}|kids|children|family|parents|friends|loved ones) (a|each a|one|letters|a letter|a note|notes|goodbye letters)',
    ], { category: 'suicide' }),
    escalator('en.esc.preparation_other', 'preparation', 2, [
      // someone else preparing: "my brother has been giving away his stuff"
      '(given|gave|giving|give|gives) away ~2 (his|her|their) ~3 (things|stuff|belongings|possessions|clothes|dog|cat|pets|games|books|jewelry|jewellery|money|savings|everything)',
    ], { category: 'suicide', person: 'other' }),
    escalator('en.esc.preparation_ambiguous', 'preparation', 1, [
      '(updated|changed|wrote|written|made|sorted|finalized) (my )?(will|life insurance|insurance policy|beneficiaries)',
      '(getting|get|got|put|putting) my (affairs|things) in order',
      '(put|putting|got|getting|sorted|sorting) ~3 (papers|paperwork|affairs|accounts|passwords|documents) (in order|sorted|together for)',
      '(cleaned|cleaning|tidied|tidying) (my|the) (room|house|apartment|flat) (so|for when|before|top to bottom|from top to bottom)',
      '(cancelled|canceled|cancelling|canceling) (all )?(of )?(my|the) (appointments|subscriptions|plans|therapy|sessions|gym|gym membership|membership|memberships|phone contract|lease)',
    ]),
    escalator('en.esc.farewell', 'farewell', 2, [
      '(this is|this will be|this ll be|this is my|this\'ll be|consider this|consider this my) (my )?(goodbye|last post|last message|final post|final message|farewell|last words|final words|goodbye post|last goodbye|the end)',
      '(my|the) (last|final) (post|message|words|goodbye|update|entry|tweet|text)',
      '(goodbye|bye|farewell) (everyone|everybody|all|forever|world|cruel world|guys|friends|my friends|for good|for the last time|all of you|you all|and thank you|and thanks|ya all|yall|folks)',
      '(i|i ll|ill|i will) (wont|will not|won t) be (around|here|alive|on here|posting) (after|by|for|much longer|anymore|any more|tomorrow|next|to see|when|on|much)',
      '(wont|will not|won t) be (around|here|alive) (after|by|for|much longer|anymore|tomorrow|next|to see|when|much)',
      '(not sure|dont think|don t think|doubt|do not think|not certain) (ill|i ll|i will|id|i would|i d) (still )?be (here|around|alive) (by|for|after|next|much longer|tomorrow|at|on|to see)',
      '(by the time|when) (you|anyone|you all|you guys|someone) (read|reads|see|sees|find|finds) (this|my post|this post)',
      '(see you|see ya|meet you) (on the other side|in another life|in the next life|in heaven|never)',
      '(i ll|ill|i will|im going to|gonna) (be gone|be at peace|be free|finally be free|finally be at peace) (soon|tonight|tomorrow|by)',
      'goodbye forever',
      '(im|i m|i am) (not|never) (going to|gonna) wake up (tomorrow|again|ever|anymore|in the morning)',
      '(not|never) (going to|gonna) wake up (tomorrow|again|ever|anymore) $',
      '(dont|do not|don t) want (my|the|our) ~2 (kids|children|son|daughter|family|{PERSON}) to (be the one (to find|who finds|that finds)|find) me',
    ], { category: 'suicide', severity: 'low', person: 'self' }),
    //    Thanks for years of belonging: a strong farewell that never alerts alone ("thank you all for being my family",
    //    also said when a scan is clear); beside a goodbye or a request to look after each other it is a farewell
    escalator('en.esc.farewell_thanks', 'farewell', 2, [
      '(thank|thanks) (you )?(all |everyone |everybody |guys )?(so much )?for being (here|there|my family|my people|a family|family|my second family|my lifeline|more of a family) (for me )?(these|the|all these|over the|this) ~2 (years|months|year)',
      '(thank|thanks) (you )?(all |everyone |everybody |guys )?(so much )?for being (my|a|our) (family|second family|people|lifeline)',
      '(youve|you have|you ve) (all )?been (more of )?(a )?(family|my family) (than|to me)',
      '(tell|let) (my|the) ~1 ({PERSON}|kids|family|children|parents) (that )?(im|i m|i am) sorry',
      '(tell|let) ~1 (know )?(that )?(im|i m|i am) (so |really )?sorry (about|for) (the|my|everything|what|all)',
      '(tell|let) ~1 (know )?(that )?(im|i m|i am) (so |really )?sorry $',
    ], { category: 'suicide', person: 'self', applies: SELF_HARM_AND_SUICIDE }),
    //    Following someone who died: "after the funeral I'm going to join her"; never alone
    escalator('en.esc.join_dead', 'farewell', 2, [
      '(going to|gonna|will|ll|want to|wanna|ready to|time to) (join|be with) (her|him|them|my {PERSON}|my late {PERSON}) (again|in heaven|soon|on the other side|$)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    Absolution and not coming back: strong farewells that never alert alone (also said to comfort others)
    escalator('en.esc.farewell_absolve', 'farewell', 2, [
      '(dont|do not|don t|please dont|please do not|never) (blame|hate) (yourself|yourselves|urself|each other|anyone)',
      '(dont|do not|don t|please dont|please do not) (be sad|cry for me|miss me|grieve for me|mourn me|be angry with me)',
      '(not sure|dont think|don t think|doubt|do not think|not certain|i wont|i won t|i will not|im not|i m not|i am not) (im|i m|i am|ill|i ll|i will|i)? (be )?(driving|going|coming|walking|making it|getting) (home|back) (from|tonight|this time|again|$)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.farewell_weak', 'farewell', 1, [
      '(its|it s|it is) (better|best|easier|kinder) (this way|for everyone)',
      '(easier|better) for (everyone|everybody|all of you|you all|my family) (this way|$)',
      '(just )?(wanted|want|needed) to say (thank you|thanks|goodbye|sorry|i love you) (to|for|$)',
      '(thank|thanks) (you )?(all |everyone |everybody |guys )?(so much )?for (everything|all you ve done|all youve done|being there|being there for me|all the support|all of it|being my friends|putting up with me)',
      '(ill|i ll|i will|im going to|gonna|going to|im gonna) (stop|quit) (posting|coming here|bothering you|being a burden) (soon|now|for good|forever|$)',
      '(love|loved|i love) (you all|you guys|yall|everyone|all of you) (so much)?',
      '(please )?(take care of|look after|look out for) (my|the) (kids|children|dog|cat|family|wife|husband|pets|son|daughter|mom|mum)',
      '(please )?(look after|take care of|look out for) (each other|one another|yourselves)',
      '(someone|somebody|please) ~2 (check on|feed|look after|take care of) ~2 for me $',
      '(im|i am|i m) sorry (for everything|for being a burden|for all of this|for what im about to do|to everyone)',
      '(tell|let) (my|the) (kids|family|wife|husband|mom|mum|dad|children) (that )?i (love|loved) them',
      '(tell|let) (my|the) ~1 ({PERSON}|cat|dog|kids|family|children|parents|pets) (that )?i (love|loved) (her|him|them|you)',
      '(youve|you have|you ve) (all )?been (so )?(good|kind) to me',
      '(wanted|want|need|needed) (you all|you guys|everyone|all of you|you) to know (that )?(you|you all|you guys|this group) (mattered|meant|mean|matter) (to me|so much|a lot|everything)',
      '(please )?(remember me|forgive me) (when|for|please|$)',
      '(goodbye|bye bye|farewell|adios) $',
      '(goodbye|bye|bye bye) (x|xx|xxx|xo|xoxo|forever|now) $',
      '(sorry|im sorry|i m sorry|so sorry) (everyone|everybody|guys|all|mom|mum|dad|to everyone|for everything) $',
      '(saying|says|said|texted|texting|sent|posted) (me )?(goodbye|goodbyes|her goodbyes|his goodbyes|bye forever)',
      '(love|loved) (you|u|ya) (mom|mum|dad|all|guys|everyone|forever|always) $',
      '(im|i am|i m) (just )?(done|finished) $',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.act_place', 'act', 2, [
      '(standing|sitting|stood|sat|perched|leaning|climbed|climbing) (on|at|over|onto|up) (the|a|this|my) (bridge|ledge|edge|roof|rooftop|railing|rail|tracks|train tracks|cliff|balcony|balcony railing|platform edge|top floor|window ledge)',
      '(im|i am|i m) (on|at) (the|a) (bridge|ledge|edge|roof|rooftop|railing|tracks|train tracks|cliff|top floor) (right now|now|tonight|again)',
      '(shes|hes|she is|he is|theyre|they are|she s|he s) (on|at|standing on|sitting on|up on) (the|a) (bridge|ledge|edge|roof|rooftop|railing|tracks|train tracks|cliff|overpass)',
      '(sitting|standing|sat|stood) (on|at) (the )?edge of (the|a) (roof|rooftop|building|bridge|parking garage|car park|cliff|platform)',
      '(my|our|her|his) {KIN} (is|s) (up on|on|standing on|sitting on|out on) (the|a) ~1 (bridge|ledge|edge|roof|rooftop|railing|tracks|train tracks|cliff|overpass|balcony railing)',
      '(im|i am|i m) (on|at|standing on|sitting on|out on) the (ledge|edge|railing) (of|on)',
      // the place named more closely before the time: "I'm on the bridge by the hospital right now"
      '(im|i am|i m) (on|at|standing on|sitting on|up on) (the|a) (bridge|ledge|roof|rooftop|railing|tracks|train tracks|cliff|top floor|overpass) ~3 (right now|now|tonight|again)',
    ], { category: 'suicide', severity: 'low', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.act_bath', 'act', 2, [
      '(sitting|lying|laying|sat|lay|im|i m|i am) (in )?(the|my|a) (bath|bathtub|tub|shower) with (the|a|my) ~1 (razor|razors|blade|blades|knife|{PILLS})',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.act', 'act', 2, [
      '(already|just) (taken|took|swallowed) (them|them all|it all|everything|the lot|all of them) $',
      '(just|already|have just|ve just|i just|finally) (swallowed|downed|slit|jumped|did it|done it|tied the noose|tied it)',
      '(took|swallowed|downed) (them|it|all|everything|the lot|the pills|the bottle|the whole lot) ~2 (an hour ago|hours ago|minutes ago|a few minutes ago|half an hour ago|just now|earlier tonight|<num> (minutes|hours|mins|hrs) ago)',
      '(standing|sitting|stood|sat|perched|leaning) (on|at|over) (the|a|this) (bridge|ledge|edge|roof|rooftop|railing|rail|tracks|train tracks|cliff|balcony|platform edge|top floor)',
      '(im|i am|i m) (on|at) (the|a) (bridge|ledge|edge|roof|rooftop|railing|tracks|train tracks|cliff|top floor) (right now|now|tonight|again)',
      '(im|i am|i m) (on|at) the (bridge|ledge|edge|roof|rooftop|railing|tracks|train tracks|cliff)',
      '(shes|hes|she is|he is|theyre|they are|she s|he s) (on|at|standing on|sitting on|up on) (the|a) (bridge|ledge|edge|roof|rooftop|railing|tracks|train tracks|cliff|balcony|overpass)',
      '(dont|do not|don t) want to stop (this time|now|$)',
      '(this time )?(im|i am|i m) (not|never) (stopping|going to stop|gonna stop) (this time|now|$)',
      '(starting|beginning|started|begun) to (feel|get) (drowsy|sleepy|numb|dizzy|woozy|sick|weird|cold)',
      '(dont|do not|don t) want to be (saved|rescued|found|stopped|helped)',
      '(its|it s|it is) (too late|already done|done now)',
      '(cut|cuts) (too|really|very|so) deep',
      '(cut|cuts|cutting|sliced|slicing) (myself )?(deeper|deep) (than|on|into|this time|tonight|and|$)',
      '(bleeding|blood) (wont|won t|will not|doesnt|does not|isnt|is not) (stop|stopping|slowing)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.self_harm_bleeding', 'act', 2, [
      '(towel|towels|bandage|bandages|sheets|tissues|dressing|dressings|t shirt|shirt) (is |are |was |were |s )?(soaked|soaking|drenched) (through|thru|with blood|in blood)',
      '(went|gone|go|cut|went in) (way |much |a lot |so much |far )?deeper than (i )?(meant|wanted|planned|intended|usual|ever|before)',
      '(still )?(bleeding|bleeds|bled) (a lot|so much|heavily|really badly|really bad|badly|loads|everywhere|through)',
      '(it|the cut|the cuts|the wound|the bleeding) (wont|won t|will not|doesnt|does not) stop (bleeding)? $',
    ], { applies: ['self_harm'] }),
    // an overdose already taken is also a medical emergency, whoever took it (the suicide dampeners still apply)
    escalator('en.esc.overdose_taken', 'act', 2, [
      ...OVERDOSE_TAKEN,
      '(took|swallowed|downed) (them|it|all|everything|the lot|the pills|the bottle|the whole lot) ~2 (an hour ago|hours ago|minutes ago|a few minutes ago|half an hour ago|just now|earlier tonight|<num> (minutes|hours|mins|min|hrs) ago)',
    ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),
    //    where the poster is as they write: alone it never alerts ("posting from the rooftop bar")
    escalator('en.esc.writing_from_height', 'act', 2, [
      '(writing|typing|posting|texting) (this )?(from|on|at) (the|a) ~2 {HEIGHT}',
      '(im|i am|i m) (sitting|parked|standing) ~4 (at|on|by|near) (the|a) ~2 {HEIGHT} (right now|now|$)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.recent', 'act', 1, ['(an|one|two|three|a few|half an|<num>) (hour|hours|minutes|mins|hrs) ago'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.abuse_danger', 'act', 2, [
      // losing consciousness from violence (strangling) is a lethality sign of its own
      '(i|until i|till i|and i) (blacked out|passed out|lost consciousness)',
      // danger at the door or hiding from someone: with any other sign of now, imminent danger even without a threat
      '({HE_IS}|my {PERSON}|my {PERSON} is|my {PERSON} s) (keeps|keep|started|still)? (banging on|bangin on|kicking|kicking in|breaking|breaking down|trying to break|trying to break down|pounding on|hammering on|trying to get through|trying to get in|punching|smashing) (the|my|our) (door|doors|window|windows|bedroom|bathroom|front door|back door)',
      '(banging|pounding|hammering|kicking) (on|at|in) (the|my|our) (bathroom |bedroom |front |back )?(door|window)',
      '(he|she|they|my {PERSON}) (is|s|are) (breaking|trying to get|gonna get|going to get|trying to break|forcing (his|her|their) way) (in|inside|through)',
      '(he|she|they) (found|knows|figured out) where (i|we) (am|are|live|moved)',
      '(hiding|hidden|locked myself|locked us|locked ourselves|barricaded myself|barricaded us) (in|from|under)',
      '(im|i am|i m|were|we are|we re) (hiding|hidden|locked) (in|inside|under) (the|my|a) (bathroom|closet|room|bedroom|car|basement|wardrobe)',
      '(barricaded|blocked|wedged|jammed|locked|holding) (the|my|our) (bedroom |bathroom |front |back )?(door|doors) (with|shut|closed)',
    ], { applies: ABUSE, category: 'abuse' }),
    escalator('en.esc.abuse_children_taken', 'act', 2, [
      '({HE_IS}|my {PERSON}) (has|s|got|has got|took|taken|grabbed) (my|the|our) (kids|children|baby|son|daughter|toddler) (in the car|in his car|in her car|and drove off|and left|and took off)',
    ], { applies: ABUSE }),
    escalator('en.esc.child_alone', 'act', 1, [
      // a child left without care: no food, nobody answering
      '(no|without) (food|water|heating|heat|adult|grown up|one looking after (her|him|them))',
      '(nobody|no one|noone) (answers|is answering|opens|comes to|answered|opened) (the door|the phone)',
      '(nobody|no one|noone) (has|have)? (come|came|come back|checked on them|picked them up|been back)',
      '(hear|heard|can hear) (them|him|her|the kids|the baby|the children) (crying|screaming|banging)',
    ], { applies: ABUSE }),
    escalator('en.esc.abuse_now', 'act', 1, [
      '({HE_IS}|my {PERSON}|my {PERSON} is|my {PERSON} s) (outside|at|outside of) (the|my|our) (door|window|house|apartment|flat|place|car|work)',
      '(he|she|they|my {PERSON}) (is|s|are) (coming|getting) (in|inside|back in)',
      '(he|she|they|hes|shes|theyre|my {PERSON}) (is|s|are)? (coming|going to come|gonna come) back (tonight|today|later|soon|home|here|$)',
      '(right now|as we speak|at this moment|tonight)',
      '(if i|if we) (try to leave|leave|tell anyone|tell someone|call the police|scream|shout|yell|make a sound|make a noise|call for help)',
      '(screaming|yelling|shouting|raging|pacing|banging|throwing (things|plates|stuff)) (outside|at|through) (the|my|our) (bedroom|room|door|bathroom|window)',
      '(when|once|before|if|as soon as) (he|she|they) (gets|get|breaks|comes|come|gets back) (through|in|inside)',
    ], { applies: ABUSE }),
    //    a life-sustaining drug withheld by the abuser is danger now
    escalator('en.esc.abuse_withheld', 'act', 1, [
      '(took|taken|takes|has taken|hid|hidden|stole) (away )?my ~3 (insulin|epipen|epi pen|inhaler|seizure meds|oxygen|heart meds)',
      '(nobody|no one|noone) (is|s) (coming|going to come|gonna come) (for|to)',
      '(wont|won t|will not|doesnt|does not|refuses to|refused to|stopped) (give|giving|let) me (have |take |get )?(my )?(insulin|epipen|epi pen|seizure meds|oxygen)',
    ], { applies: ABUSE }),
    escalator('en.esc.abuse_weapon', 'means', 2, [
      '(with|has|holding|got|grabbed) (a|his|her|the|my dads|a big) {WEAPON}',
    ], { applies: ABUSE, category: 'abuse' }),
    escalator('en.esc.others_location', 'preparation', 1, [
      // a threat plus knowing where the target is: imminent, not venting (with a weapon or a threat, high)
      '(i|and i) (know|found out|figured out|looked up) (exactly )?where ~3 (lives|live|parks|works|sleeps|hangs out|is staying)',
    ], { applies: OTHERS, category: 'harm_to_others' }),
    //    poison in someone's food, and the belief that nobody would find out
    escalator('en.esc.others_poison', 'means', 1, [
      '(put|putting|slip|slipping|add|adding|mix|mixing|crush|crushing) (something|poison|rat poison|antifreeze|bleach|his pills|her pills|sleeping pills|{PILLS}) (in|into) ~6 (food|drink|coffee|tea|dinner|lunch|soup|meal|meals|meds|wine|beer|juice|water)',
    ], { applies: OTHERS, category: 'harm_to_others' }),
    escalator('en.esc.others_cover', 'plan', 2, [
      '(nobody|no one|noone) (would|will|d|could) (ever )?(suspect|know|find out|guess|trace it|prove it|suspect a thing)',
      '(look|looks|seem) like (an accident|natural causes|a heart attack)',
    ], { applies: OTHERS }),
    escalator('en.esc.others_now', 'act', 2, [
      '(on my way|heading|going|driving) (over )?(there|to (his|her|their) (house|place|work|office)) (now|right now|tonight)',
      '(waiting|wait) (for|outside) (him|her|them|his|her|their) (house|place|car|work|office)?',
    ], { applies: OTHERS }),
    escalator('en.esc.others_stalk', 'act', 2, [
      // lying in wait at the target's place: with a weapon or a threat, imminent
      '(parked|waiting|sitting|sat|standing|hiding|camped|parking|lurking) ~4 (outside|across from|opposite|near|by|down the street from|in front of|at) (his|her|their|my {PERSONS}|his {PERSONS}|her {PERSONS}|the {PERSONS}|that {PERSONS}) ~1 (house|place|office|work|flat|apartment|door|school|gym|car|building|home|workplace|driveway)',
    ], { applies: OTHERS }),
    escalator('en.esc.others_armed', 'means', 2, [
      '(with|holding|carrying|got|have|brought|bringing) (a|my|his|the|my {PERSONS}|dads|my dads|a loaded) ~1 {WEAPON}',
    ], { applies: OTHERS, category: 'harm_to_others' }),
    escalator('en.esc.symptom_strong', 'symptom', 2, [
      '(pain|ache|aching|numbness|tingling|pressure|heaviness|burning) ~2 (in|down|into|going down|goes down|went down|spreading to|spreads to|spread to|radiating to|radiates to|radiating down|shooting down|shoots down|up) (my|his|her|the) (left |right )?(arm|arms|jaw|back|neck|shoulder|shoulders|shoulder blade)',
      '(left )?(arm|jaw) (is |feels |went |has gone )?(numb|tingling|aching|hurts|heavy|weak)',
      '(cant|can\'t|cannot|can not|unable to|couldnt|could not|struggling to|hard to|difficult to|trouble|hardly|barely) (breathe|breathing|catch my breath|get air|get a breath|get enough air)',
      '(short|shortness) of (breath|breathe)',
      '(cold|clammy) (sweat|sweats|sweating|and sweaty|skin)',
      '(is|s|looks|look|went|gone|turned|turning|so|and) (grey|gray|ashen) $',
      '(sweating|sweaty) and (dizzy|nauseous|faint|clammy|shaking|confused)',
      '(confused|confusion|disoriented|disorientated|delirious|not making sense|making no sense|cant think straight|can\'t think straight|cant think|talking nonsense|slurring|incoherent|out of it|not with it|doesnt know where (he|she|i) (is|am)|dont know where i am)',
      '(very|really|so|super|extremely|unusually|too) (sleepy|drowsy|floppy|limp|lethargic|pale|out of it)',
      '(hard to wake|wont stay awake|won t stay awake|cant keep (his|her) eyes open|keeps falling asleep|keeps nodding off)',
      '(drowsy|very drowsy|so drowsy|cant stay awake|can\'t stay awake|losing consciousness|passing out|about to pass out|blacking out|going to pass out|keep passing out)',
      '(hard|difficult|cant|can\'t|struggling|trouble) (to )?(swallow|swallowing|talk|speak)',
      '(stiff neck|neck is stiff|neck stiff|neck feels stiff|came on suddenly|sudden onset|out of nowhere|like a thunderclap)',
      '(hit|banged|cracked|smacked) (my|his|her) head (when|as|the last time|on the way down|falling|on the floor)',
      '(seizure|seizing|convulsing)',
      '(it|bleeding|blood|the bleeding) (wont|won t|will not|doesnt|does not|isnt|is not) (stop|stopping|slowing)',
    ], { applies: MEDICAL }),
    escalator('en.esc.symptom_weak', 'symptom', 1, [
      '(home alone|alone at home|nobody is home|no one is home|noone is home|nobody home|alone in the house|no one around|nobody around)',
      '(shaking|shaky|trembling|sweating|sweaty|pale|weak|dizzy|lightheaded|light headed|nauseous|vomiting|throwing up|faint|feel faint|racing heart|heart racing|palpitations|wheezing|hives|rash)',
      '(heart|pulse) (is )?(pounding|racing|hammering|fluttering|skipping)',
      '(seeing|see) (black|dark) (spots|dots)',
      '(vision|eyes) (is |are )?(going|went|gone) (black|dark|grey|gray|blurry)',
      '(after|since) (the )?(new )?(antibiotic|antibiotics|penicillin|injection|shot|infusion|peanut|peanuts|nuts|bee sting|sting|shellfish|contrast|vaccine|meds|medication|dose)',
    ], { applies: MEDICAL }),

    // ───────────────────────── dampeners ─────────────────────────
    dampener('en.neg.not', 'negation', [
      '(not|never|no|dont|don t|do not|didnt|did not|doesnt|does not|wont|won t|will not|wouldnt|would not|would never|could never|cant imagine|couldnt imagine|isnt|is not|arent|are not|wasnt|was not|havent|have not|hasnt|has not|hadnt|had not|aint|nor|neither|nothing|zero|none|nope)',
      '(no|zero|without any|not any|dont have any|do not have any|never had any) (plans|plan|intention|intentions|intent|desire|wish|thoughts|urge|urges|means) (to|of|about|at all)?',
      '(not|never) (going to|gonna|planning to|planning on|about to|trying to|wanting to|thinking of|thinking about|considering)',
      '(never|not) (once|ever|even once)',
      '(stopped|quit|no longer) (wanting|thinking about|having|feeling)',
      '(im|i am|i m) (not|no longer|never) (suicidal|going to|planning)',
      '(i )?(promise|promised|swear) (i|that i) (wont|will not|won t|would never|am not going to|m not going to)',
      '(safe|ok|okay|fine) (for now|i promise|dont worry)',
    ], { gap: 4, applies: NOT_MEDICAL }),
    dampener('en.neg.medical', 'negation', [
      '(no|not|without|never had|dont have|do not have|didnt have|no sign of|no signs of|denies|negative for|ruled out|no more) (any )?',
    ], { gap: 2, applies: MEDICAL }),
    neutral('en.neutral.phrases', [
      '(took|taken|take|taking) (all|all of) (my|the) (meds|medication|medications|pills|tablets|vitamins|supplements) (this morning|today|this evening|tonight|on time|like (a|the|i|you)|with (breakfast|dinner|food|lunch)|as prescribed)',
      '(not|no) (sure|ok|okay|fine|alright|all right|good|great|well|doing well|doing good|doing great|coping|myself|eating|sleeping|even|just|only|really|exactly|anymore|much|quite|always|easy|the same|happy|better|yet)',
      '(dont|do not|don t|didnt) (know|care|understand|get it|think so)',
      '(never|not) (felt|been) (so|this|more|as)',
      '(no|nothing) (matter|matters|idea|one|body|energy|appetite|sleep|clue|joke|wonder)',
      '(cant|can\'t|cannot) (stop|help)',
      '(died|dies|die|dying|death|lost|loss|losing) (by|from|of|to) (suicide|an overdose|overdose)',
      '(lost|losing) (my|her|his|a|our) (son|daughter|friend|brother|sister|mom|mum|dad|father|mother|husband|wife|partner|child|cousin) (to|by) suicide',
      '(suicide|self harm) (survivor|survivors|loss|bereavement|awareness|prevention|hotline|helpline|line|lifeline|crisis line|rate|rates|statistics|stats|risk|risks|research|training|screening|assessment|questionnaire|scale|watch|note from)',
      '(suicide|suicidal) (prevention|awareness|risk assessment|screening)',
      '(survival|remission|success|mortality|death) (rate|rates)',
      '(life|lifesaver|life saver|life changing|life saving|lifesaving)',
      '(kill|killing|kills|killed) (time|the mood|the vibe|it at|it on|the lights|the engine|the bacteria|the germs|germs|bacteria|weeds|the weeds|cancer cells|the cancer|the tumor|the tumour|the infection|the virus|the pain|pain|my appetite|my vibe|my buzz|the battery)',
      '(dead|dying) (tired|battery|phone|inside joke|serious|set on|on my feet|end|zone|weight|line)',
      '(cut|cutting|cuts) (out|back|down|off|the|my hair|my nails|ties|carbs|sugar|gluten|dairy|caffeine|costs|corners|class|in line|me off|my losses|myself some slack|myself a break)',
      '(self harm|self-harm) (group|support group|recovery|free|clean)',
      '(sleep|sleeping) (well|better|through the night|in)',
      '(hanging|hang) (out|in there|on|up|tough)',
      '(shoot|shot) (me a|a|the|for|my shot|first)',
      '(hit|hitting) (him|her|them|you|me|u) (up|back)',
    ]),
    // how strong a feeling is now, not when an act will happen: "wanna unalive so bad rn", "it's really loud tonight"
    neutral('en.neutral.feeling_now', [
      '(so bad|so badly|so much|really bad|really badly|a lot) (rn|right now|tonight|today)',
      '(is|s|are|re|feel|feels|feeling|its|it s) (so |really |very |extra )?(loud|bad|strong|heavy|intense|dark|rough|hard|loud in my head) (tonight|today|right now|rn)',
      // a time that dates an urge, not an act: "tonight I have the urge to do it again"
      '(tonight|today|right now|rn|now) (i|im|i m|i am)? (have|feel|got|getting|get|feeling|having) (the|an|a|this|that)? (urge|urges|craving|cravings|itch|temptation) (to|for)',
      '(is|s|are|re|feel|feels|feeling|looks|look) (so |really |very |still |all )?(swollen|sore|bruised|throbbing|stinging|aching|achy|stiff|puffy|itchy|red|purple|raw) (tonight|today|right now|rn|now)',
    ]),
    // the negation of an attempt that failed is not a negation of what follows: "if this round doesn't work I want to..."
    // recovery refused is not recovery: "don't tell me it gets better"
    neutral('en.neutral.recovery_refused', ['(dont|do not|don t|stop|quit) (tell|telling|say|saying) (me )?(that )?(it|things|life) (will |does |really |just )?(gets|get|will get|gonna get|is going to get) better']),
    // a reassurance taken back in the same breath is none: "not gonna do anything but it's really loud tonight"
    neutral('en.neutral.reassurance_but', ['(not|never) (gonna|going to) (do|try) (anything|something) but']),
    // "I cut myself on Saturday": the day dates an act already done, it does not time a new one
    neutral('en.neutral.dated_act', ['(cut|burned|burnt|scratched|hurt|harmed) (myself|my {SH_BODY}) (again )?(on {DAY}|{DAY} night|{DAY})', '(happened|happens) again (on {DAY}|{DAY} night|last {DAY}|{DAY})']),
    neutral('en.neutral.dated_after', [
      '(yesterday|last night|this morning|earlier today|last week) after (my|the) (appointment|funeral|holidays|party|meeting|surgery|shift)',
      // an act on a day after an event already past: "relapsed on sunday after the biopsy results"
      '(on {DAY}|{DAY} night|last {DAY}) after (my|the) ~1 (appointment|results|scan|biopsy|diagnosis|news|call|funeral|meeting|surgery|shift)',
    ]),
    neutral('en.neutral.imagined_accident', ['(hit|run over) by (a|the) (bus|car|truck|lorry|train) (tomorrow|today|tonight)']),
    // a farewell to a device, a treatment or a thing: "wrote a goodbye letter to my port" is a celebration
    neutral('en.neutral.goodbye_thing', [
      '(wrote|writing|write|said|saying|say|a|my) [a|my] (goodbye|good bye|farewell) (letter|note|post|poem|card)? to (my|the|our) (old )?(port|picc line|picc|pump|cast|wheelchair|crutches|walker|chemo|hair|catheter|stoma bag|feeding tube|drain|hospital bed|boot|brace|job|house|flat|car|wig|pills|meds|steroids|prednisone)',
    ]),
    neutral('en.neutral.last_post_thread', ['(this is my|this is the|my|the)? (last|final) (post|message) (in|on) (the|this|that) ~3 (thread|group|forum|board|channel|chat|sub)']),
    // "hope I don't wake up tomorrow" is a passive wish: the day names the waking, it does not time an act
    neutral('en.neutral.wake_tomorrow', ['(wake|waking) up (tomorrow|tmrw|tomorrow morning|in the morning)']),
    neutral('en.neutral.stopped_sh', ['(stopped|quit|gave up) (self harming|self harm|selfharming|cutting|burning myself|hurting myself)']),
    // a hedge said by the sick person is no result: "she says it's just indigestion" (en.resolved reads "it's just…")
    neutral('en.neutral.hedge_said', [
      '(she|he|they|mum|mom|dad|my {PERSON}) (says|said|insists|insisted|thinks|keeps saying|swears|claims) (that )?(its|it s|it is|thats|that s) (just|only|probably) ~1 (indigestion|heartburn|reflux|anxiety|panic|gas|wind|tiredness|a migraine|a pulled muscle|muscle strain|nothing)',
    ]),
    // "gives them back when…": "back when" here is no past
    neutral('en.neutral.back_when', ['(give|gives|gave|giving|hand|hands|handed|bring|brings|brought) (it|them|those|these|my meds|my pills|my phone|my keys) back when']),
    neutral('en.neutral.wake_after', ['(wake|woke|waking|wakes) up (after|from) (the|my) (surgery|operation|procedure|anaesthetic|anesthetic|op)']),
    neutral('en.neutral.did_not_work', ['(doesnt|does not|didnt|did not|dont|do not|isnt|is not|wont|won t|will not) (work|help|change anything|go well|improve)']),
    // a slow change named as a warning sign: its words are not acute symptoms of their own
    neutral('en.neutral.warning_words', ['(numb|weak) and (weak|numb)', '(more|increasingly|much more|newly) confused (than usual|than normal|lately|this week)']),
    // a thing that is hopeless is no state of the poster: "the parking here is hopeless."
    neutral('en.neutral.thing_hopeless', ['(is|s|was|looks|seems) (so |completely |totally |utterly |just |pretty |a bit )?hopeless']),
    neutral('en.neutral.hopeless_like_this', ['(tired|sick|exhausted|so tired|sick and tired) of (living|existing) like this']),
    // "the death of my self-esteem": "of my self" is not "off myself"
    neutral('en.neutral.self_compound', ['(of|off|my|her|his) (my|her|his)? self (esteem|worth|confidence|image|respect|care|control|doubt|love)']),
    neutral('en.neutral.means_routine', [
      // the means in routine hands: pills counted by the pharmacist, charcoal for the barbecue, a filled pill organizer
      '(pharmacist|pharmacy|chemist|nurse|nurses|doctor|carer|caregiver|tech|technician|they|she|he) (counted|counts|counting|recounted|recounts|lined up|laid out|sorted) (out )?(my|the|all my|all the|her|his) ~2 {PILLS}',
      '(bought|buying|got|have|picked up|ordered|filled) (some |the |a bag of )?(charcoal|helium) ~3 (bbq|barbecue|grill|cookout|garden|party|picnic|balloons|birthday|camping)',
      '{PILLS} ~3 (lined up|counted out|counted|laid out|sorted) (in|into) (my|the|a|her|his) ~1 (organizer|organiser|pill box|pillbox|dosette|dispenser|weekly box|blister pack)',
    ]),
    dampener('en.idiom.daily_meds', 'idiom', [
      // "took all my morning meds": the usual doses, not an overdose
      '(took|taken|take|taking) (all|all of) (my|the|his|her) (morning|evening|night|nighttime|bedtime|daily|usual|regular|normal|afternoon|lunchtime|weekly) ~1 (meds|medication|medications|pills|tablets|vitamins|supplements|doses|injections)',
    ], { applies: [...SELF_HARM_AND_SUICIDE, 'medical_emergency'] }),
    dampener('en.idiom.pill_skill', 'idiom', [
      '(finally|learned to|learnt to|learning to|can now|managed to|first time|practicing|practising) (swallowed|swallow|swallowing) (a|his|her|their|the|my)? ~1 (pill|pills|tablet|tablets|capsule|capsules)',
    ], { applies: MEDICAL }),
    dampener('en.idiom.dose', 'idiom', [
      // "took 800mg ibuprofen", "taking 50 mg of sertraline": a dose with its unit, not a count of pills
      '(took|take|taking|takes|had|have|on|taken|swallowed) <num:0-1200> (mg|mcg|ug|ml|units|unit|iu|milligrams|micrograms) [of] [{POSS}] ~1 {PILLS}',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    // "just shoot me" said of oneself about an annoyance, reported: not a threat by the one who says it
    dampener('en.idiom.shoot_me', 'idiom', [
      '(says|said|goes|jokes|joked|groans|yells|mutters) (just )?(shoot|kill) me (now|already|every|whenever|each|$)',
    ], { applies: ABUSE }),
    dampener('en.idiom.getaway', 'idiom', [
      // "wish I could disappear to a beach for a week", "vanish for the weekend": a getaway, not a death wish
      '(disappear|vanish|disappearing|vanishing|run away|escape|fade away) (to|for|into|on|off to|somewhere) ~3 (beach|island|cabin|woods|forest|mountains|mountain|countryside|country|lake|sea|seaside|spa|retreat|hotel|holiday|vacation|trip|cruise|week|weeks|weekend|weekends|day|days|month|months|hour|hours|while|bit|year|bed|couch|sofa|garden|book|books|game|games|shows|netflix|hole|blanket|duvet)',
      '(never|not|dont|do not) (wake|waking) up (until|till|til|before|early|that early|on time|in time|for|when|at) ',
      '(not|never) (going to|gonna) wake up ~2 (in time|on time|early|before|until|till|for the|when the|at)',
      '(sleep|asleep) [and] (not|never|dont|do not) (wake|waking) up (until|till|til|before|for|when|at)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.idiom.knots', 'idiom', [
      // the knot emoji in crafts and sports
      '(🪢|rope|ropes) ~4 (knot|knots|sailing|sail|boat|boating|climbing|climb|crochet|knitting|macrame|scouts|scout|camping|hammock|swing|garden|plants|tomatoes|tomato|dog|leash|lasso|skipping|jump rope|jumping rope|tug of war|bracelet|friendship)',
      '(knot|knots|sailing|sail|boat|boating|climbing|crochet|knitting|macrame|scouts|camping|hammock|swing|garden|plants|tomatoes|tomato|dog|leash|lasso|skipping|jump|tug of war|bracelet|friendship) ~4 (🪢|rope|ropes)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.idiom.hyperbole', 'idiom', [
      '(make|makes|making|made) me (want to|wanna) (kill|murder|strangle|throttle|punch|slap|smack|scream at) (everyone|everybody|people|the world|all of them|the whole world)',
      '(is|s|are|re|was|were|keeps|keep|been|has been|have been|literally|really|absolutely|honestly|slowly) (killing|murdering) me',
      '(chemo|treatment|pain|this|it|that|work|job|heat|wait|waiting|suspense|anxiety|stress|boss|kids|insurance|commute|migraine|headache|back|knee|neck|jaw|tooth|stomach|meds|medication|schedule|bill|bills) ~2 (killing|murdering|will kill|gonna kill|going to kill|is going to be the death of|will be the death of) me',
      '(kill|killing|die|dying|murder) for (a|an|some|the|one|my|that|this|coffee|sleep|pizza)',
      '(dying|die|dead) (to|2) (know|hear|see|try|meet|get|read|find out|tell|go|eat|watch)',
      '(die|died|dying|dead) (of|from|with|laughing|of laughter|of embarrassment|of shame|of boredom|of happiness|of excitement|of cuteness|a little inside)',
      '(die|died|dying|dead) (of|from) (laughter|laughing|embarrassment|shame|boredom|happiness|excitement|cuteness|joy|heat|cold|hunger|thirst|jealousy|curiosity|envy|anticipation|suspense)',
      '(die|dying|died) (on|upon) (this|that) hill',
      '(nearly|almost|practically|literally|basically) (died|killed me|killed myself|had a heart attack|had a stroke)',
      '(killing|killed) myself (to|for|over|trying|working|with work|studying|at the gym|training|running|cleaning|doing)',
      'kill myself (laughing|working|studying|training|at the gym|cleaning|trying to)',
      '(killing|killed|kill) myself (with|over) (these|this|all these|all this|the|my|so much|extra|early|those) ~2 (walks|walk|workouts|workout|runs|hours|shifts|workload|work|training|deadlines|overtime|stairs|exercise|exercises|physio|steps|chores|worry|stress|diet|diets|cleaning|laps|squats|homework|revision|paperwork)',
      '(kmsl|kms lol|kms lmao|kms haha|kms 😂|kms 💀|kms skull|kms ugh|kms smh)',
      '(drown|drowning|drowned|bury|burying) (myself|my sorrows|herself|himself) in (work|wine|coffee|books|tv|netflix|chocolate|paperwork|music|sorrow|tears|blankets|studies|research)',
      '(numb|numbing|numbness|drooping|droopy) (from|after) (the )?(dentist|dental|injection|anesthetic|anaesthetic|novocaine|filling|lidocaine|botox|filler)',
      '(hard|bitter|tough|big) pill to swallow',
      '(hard|difficult) to swallow (that|the news|it|this news)',
      '(feel|feels|felt|feeling) like (i|you|she|he) (cant|can\'t|couldnt|could not) breathe',
      '(ready|want|wanna|going) to give up (sugar|carbs|coffee|caffeine|smoking|alcohol|dairy|gluten|meat|social media)',
      '(hurt|hurting|injured|injure) (myself|my back|my knee|my wrist|my ankle|my shoulder) (at|on|in|while|during|lifting|running|falling|playing|moving)',
      '(hurt|injured) (myself|my back|my knee|my wrist|my ankle|my shoulder) when (i|we) (fell|slipped|tripped|lifted|was lifting|moved|was moving|was running)',
      '(give|gave|giving|gives) me (a )?(heart attack|stroke)',
      '(heart attack|stroke) (on a plate|in a bowl|waiting to happen)',
      '(could|i could|i\'d|id|i would) (just )?(die|scream|cry|kill (for|someone for))',
      '(if|when) ~4 (i will|ill|i\'ll|im going to|i m going to|im gonna) (literally )?(die|kill someone) (of|from|lol|haha|lmao)',
      '(shoot|kill|hang|stab) me now (lol|haha|lmao|😂)',
      '(blood|bleed|bleeding) (test|tests|work|draw|drawn|type|donation|donor|bank|results|count|counts|panel|thinner|thinners|vessel|vessels|orange)',
      '(sugar|sugars|glucose|level|levels|bg) (free|alcohol|pills|tablets|substitute)',
      '(drop|drops) (dead|dead gorgeous)',
      '(losing|lost|lose) my (mind|marbles|shit|temper)',
      '(cutting|cut) (board|boards|edge|corners)',
      '(the|a|my|our|this|that) (end|last) (of|of the) (treatment|chemo|radiation|week|month|day|year|road trip|series|season|book|show|game|line)',
      '(last|final) (post|message) (before|for now|for today|for the night|for a while|until|of the (day|year|night|week))',
      '(last|final) (round|dose|session|infusion|treatment|cycle|day of)',
      '(im|i am|im so|so) (done|finished) (with|for) (today|the day|tonight|now|this week|work|chemo|treatment|radiation|insurance|waiting|the) ',
      '(make|makes|made) (him|her|them|that {HUMAN}|the {HUMAN}) pay (the|my|our|back|up|for the (bill|damage|repairs|parking|meal|copay|tickets|food|drinks|gas))',
      '(pay|paid) (for (the|my|it|a|an|parking|groceries|meds|treatment|insurance|rent|food|gas|school)|the bill|the copay|out of pocket)',
      '(take|taking|bring|bringing|pack|packing) ~4 {PILLS} (with me|on the (trip|flight|plane|holiday|vacation)|to work|to the hospital|to the appointment)',
      '(kill|killed|killing) (it|them) (at|on|in|with) (work|the gym|the interview|the presentation|the exam|karaoke)',
      '(ready|prepared|willing) to die (for|on|in)',
      '(blue|grey|gray|purple) (hair|dress|shirt|car|eyes|sky|room|mood|pill|pills)',
      '(feeling|felt|feel) (blue|a bit blue)',
      '(rather|sooner) die than (be seen|wear|eat|miss|go back to|go to|sit through|call|use|deal with|listen to|watch|ask|admit|drive|work)',
      '(chest|chests) (of drawers|freezer|x ray|xray|ct|scan|port)',
      '(not|never) (a )?(heart attack|stroke) (though|but|just)',
      '(throat|tongue) (is )?(sore|scratchy|dry)',
    ]),
    dampener('en.idiom.side_effect', 'idiom', [
      // "chest tightness from the albuterol", "palpitations on the new inhaler": a symptom blamed on a drug, asked about
      '(chest tightness|tight chest|chest feels tight|tightness in my chest|chest is tight|palpitations|racing heart|heart racing|shaky|jittery|dizzy|lightheaded|light headed|headache|headaches|nausea|cough|coughing|dry cough) (from|after|with|on|since|because of) (the|my|this|that|these|starting the|starting my|the new|my new) ~1 ({DRUG}|inhaler|inhalers|albuterol|salbutamol|ventolin|symbicort|steroid|steroids|prednisone|prednisolone|lisinopril|amlodipine|statin|statins|metoprolol|medication|meds|pills|tablets|injection|injections|infusion|vaccine|booster)',
    ], { scope: 'overlap', applies: MEDICAL }),
    dampener('en.context.means_routine', 'clarification', [
      // the means in an ordinary activity, said in the same sentence: hunting, the range, a swing, a barbecue
      '(hunting|deer|duck|turkey|elk|pheasant|goose) (trip|season|blind|stand|camp|license|licence|tag|lodge)',
      '(opening day|season opens|in season|target practice|skeet|clay pigeon|clay shooting|gun safety|safety course|safety class|carry permit|concealed carry|gun show|gunsmith|(shooting|gun|rifle|firing) range)',
      '(tire swing|tyre swing|garden swing|rope swing|hammock|clothesline|washing line|tug of war|rope course|ropes course|climbing wall|bbq|barbecue|cookout|balloons)',
    ], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.idiom.height_errand', 'idiom', [
      // up on the roof for a reason: a frisbee, the gutters, the lights
      '(climbed|climbing|climb|went|go|going|got|get|getting) (up )?(on|onto|up|to) (the|a|our|my) ~1 (roof|rooftop|ledge|railing|balcony) ~2 (to|for) (get|fix|clean|grab|retrieve|rescue|check|repair|clear|put up|take down|hang|a|the|his|her|my|our)',
      '(roof|rooftop|ledge|balcony|ladder) ~2 (fixing|cleaning|clearing|repairing|putting up|taking down|hanging|working|shoveling|shovelling|checking|painting|replacing)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.idiom.never_hit', 'idiom', [
      '(never|not|hasnt|has not|didnt|did not|doesnt|does not|wouldnt|would never) (ever )?(hit|hits|hurt|hurts|touched|beat|beaten|punched|slapped|kicked|choked|pushed|shoved) (me|us|the kids|my kids)',
    ], { applies: ABUSE }),
    dampener('en.jest.threat', 'jest', [
      // venting about someone, taken back or said of a game: "I'll strangle him one of these days (I won't)"
      '(one of these days|some day|someday)',
      '(i|id|i d) (wont|won t|would not|wouldnt|would never|never would) (really|actually)? $',
      '(call of duty|fortnite|minecraft|roblox|video game|videogame|gaming|headset|xbox|playstation|ps5|online game|the game|his game|her game)',
      '(kill|murder|strangle|kills|murders) (you|me|him|her|them) (for|if you|if he|if she|if i) (spoiling|spoil|eating|eat|eats|telling|taking|using|touching|forgetting|forget|being late|stealing|finishing|drinking|skipping|missing|breaking|losing|watching)',
    ], { scope: 'sentence', applies: OTHERS }),
    // a threat said over a game and laughed off, by the poster or by someone to them
    dampener('en.jest.game', 'jest', [
      '(mario kart|monopoly|scrabble|uno|board game|card game|chess|game night|playing cards|a game of cards|cards night|cards against humanity)',
      '(we|we both|we all|both of us|everyone|everybody) (had a good laugh|had a laugh|laughed|cracked up|were laughing)',
    ], { scope: 'sentence', applies: ['harm_to_others', 'abuse'] }),
    dampener('en.context.purpose', 'clarification', [
      // the means or the height for an ordinary purpose, in the same clause
      '(so|so that) (i|he|she|we|they) (remember|dont forget|don t forget|do not forget|wont forget|take them on time|remember to take)',
      '(to|so i can|so we can|and) (watch|see|look at|photograph|film) (the )?(fireworks|sunset|sunrise|meteor shower|meteors|stars|eclipse|view|parade|skyline|northern lights|moon)',
      '(into|in) (the|my|a|his|her) (pill organizer|pill organiser|organizer|organiser|pillbox|pill box|dosette|weekly box|blister pack)',
      '(start|starting|begin|beginning) (the|my|a) new (dose|med|meds|medication|pill|prescription)',
      '(for|watching|to watch|to see) (the )?(fireworks|sunset|sunrise|parade|view|meteor shower|concert|festival|race|marathon|regatta|boats|eclipse)',
      'with (her|his|their|my|our) (friends|class|classmates|team|teammates|mates|school|family)',
      '(for|on) (the|my|a|our) (trip|flight|holiday|vacation|journey|weekend away|hospital stay)',
    ], { scope: 'clause', applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.idiom.height_place', 'idiom', [
      // a height named as part of a place or a game: "the cliff top cafe", "bridge club"
      '{HEIGHT} (top )?(cafe|restaurant|bar|pub|hotel|terrace|garden|path|walk|trail|view|viewpoint|lookout|station|museum|tour|bakery|deck|pool|club|game|tournament|party)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.jest', 'jest', [
      '(lol|lmao|lmfao|rofl|lolol|haha|hahaha|ha ha|hehe|jk|j k|jking|just kidding|kidding|joking|im joking|only joking|just joking|not really|obviously not|not literally|metaphorically|figuratively|😂|🤣)',
      '(kidding|joking|jk) (mostly|of course|obviously|but)',
    ], { applies: ['harm_to_others', 'abuse', 'medical_emergency'] }),
    // a death wish said of a trivial annoyance, every time it happens: "he says he wants to die every time his team loses"
    dampener('en.jest.reaction', 'jest', [
      '(says|say|said|goes|go|jokes|joke|joked|groans|moans|sighs|yells|mutters|announces|screams) ~8 (every time|everytime|each time|whenever)',
      '(says|say|said|goes|go|jokes|joke|joked|groans|moans|sighs|yells|mutters|announces|screams) ~8 (about|over|at) (every|any|each) (little |mild |minor |small |tiny |single )?(thing|inconvenience|inconveniences|setback|problem|chore)',
      '(drama queen|drama king|so dramatic|gallows humour|gallows humor|dark humour|dark humor|hospital humour|hospital humor)',
    ], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.past', 'past', [
      '(years|decades) ago',
      '(a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|many|some|few|a few|couple of|a couple of|<num>) (year|years|decade|decades) (ago|back|earlier)',
      'last (year|decade)',
      '(in|back in|around|during|until) <num:1950-2030>',
      '(in|back in|during|around) the (50s|60s|70s|80s|90s|fifties|sixties|seventies|eighties|nineties)',
      '(back|way back) (then|in the day|in the days|when)',
      '(when|while|as) (i was|i were|we were) (a |an )?(teen|teenager|kid|child|younger|student|young|little|in school|in high school|in college|in university|at uni|at school|in my (teens|twenties|20s|30s))',
      '(as|when) (a|an) (teen|teenager|kid|child|young adult|student)',
      '(when|while) (i was|i were) <num:5-90>',
      '(at|aged|at age) <num:5-90> (i|i was|when)',
      'used to',
      '(in|during) my (teens|teenage years|twenties|20s|youth|past|younger days|school years|college years|early twenties|late teens)',
      '(in|during) (high school|middle school|college|university|uni)',
      '(at|during) (that|the) (time|point)',
      'in the past',
      '(long|a long time|ages) ago',
      '(previous|former|earlier) (relationship|marriage|partner)',
    ], { applies: NOT_MEDICAL }),
    dampener('en.past.medical', 'past', [
      '(years|decades|months) ago',
      'last (month|summer|winter|spring|autumn|fall|christmas|easter)',
      '(a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|many|some|few|a few|couple of|a couple of|<num>) (year|years|decade|decades|month|months) (ago|back|earlier)',
      'last (year|decade)',
      '(in|back in|during) <num:1950-2030>',
      '(had|survived|recovered from|since my|after my|history of|prior) (a|my|his|her)? (heart attack|stroke|seizure|anaphylaxis|anaphylactic reaction|cardiac arrest|mini stroke|tia)',
      'used to',
      '(in the past|back then|long ago)',
    ], { applies: MEDICAL }),
    dampener('en.recovery', 'recovery', [
      '(therapy|treatment|meds|medication|medications|antidepressants|counseling|counselling|my therapist|this group|you all|you guys|my family|my friends|my wife|my husband|support|help|dbt|cbt|rehab|god|faith|my dog|my kids|running|time) (has |have |really |truly )?(helped|saved|save|got me through|gets me through|pulled me (out|through)|brought me back|turned it around|turned things around|made a difference|really helped|helps)',
      '(pulled|pull|got|get|brought|bring) me (out|through|back) (of|from)?',
      '(got|get|getting|sought|asked for|reached out for) (real |proper |professional |some )?(help|better|through it|through that|support|treatment)',
      '(im|i am|i m|things are|life is|finally|i feel) (doing )?(so much |much |a lot )?(better|in a better place|okay|ok|good|safe|doing well|doing great|happy|stable|thriving) (now|these days|nowadays|today)',
      '(im|i am|i m) (in recovery|recovering|in a much better place|in a better place)',
      '(clean|sober|free|self harm free|sh free) (for|since) ~2 (years|year|months|month|weeks|days|<num:1950-2030>|then|school|college|my teens)',
      '(been|ive been|have been) (clean|sober|free|safe|stable) (for|since)',
      '(recovered|survived|overcame|came through|got through|made it through|beat it|beat that)',
      '(we|i) (talked|talk|talking|worked) (it|this|them|that) (through|over)',
      '(says|said|told me) (that s|thats|it s|its|it is|this is) (normal|common|understandable|expected)',
      '(glad|grateful|happy|thankful) (i|im|i am|i m|to be|that i|that im) (still )?(here|alive|didnt|did not|never|stayed|got help|reached out|survived)',
      '(grateful|thankful) (to be alive|to still be here|for every day|for my recovery)',
      '(in remission|remission) and (grateful|thankful|happy|doing well)',
      '(it|things|life) (does |really |will |genuinely |truly |honestly |actually )?(gets|get|got|can get) better',
      '(no longer|dont|do not|don t) (feel|think|want) (that|this) way',
      '(those|the|these|that) (feelings|thoughts|urges|days) (passed|went away|are gone|have passed|faded|are behind me|are over|subsided)',
      '(in|into) remission',
      '(hang|hold) in there',
      '(happy|here|willing|want) to (talk|help|support|listen) (to )?(anyone|others|people|you)',
      '(its|it s|it is|that was) (behind me|in the past|over now)',
    ], { applies: NOT_MEDICAL }),
    dampener('en.reported', 'reported', [
      '(read|reading|saw|seen|watched|watching|heard|hearing|listened to|listening to|finished|finishing|writing|wrote|studied|studying) (a|an|the|this|that|about|some|my) ~2 (article|articles|novel|novels|book|books|story|stories|news|report|reports|documentary|documentaries|movie|movies|film|films|show|shows|series|episode|episodes|podcast|podcasts|thread|study|studies|paper|papers|song|songs|poem|poems|headline|headlines|case study|essay|play|memoir|biography|character|lyrics|quote|tv show|blog post|news story)',
      '(main|the|a|fictional|lead) (character|characters|protagonist|narrator|heroine|hero|villain)',
      '(in|on) the (news|article|book|novel|movie|film|show|series|episode|documentary|podcast|paper|study)',
      'according to',
      // a story told about someone: "a book about a teen who..."
      '(book|novel|film|movie|story|show|series|memoir|documentary|play|episode|podcast|musical) (about|where|in which)',
      '(news|article|study|research|report|statistics|stats|survey|data|paper|researchers|scientists|experts|studies|the cdc|the who|the nhs|a doctor on tv) (say|says|said|show|shows|showed|found|suggest|suggests|suggested|reported|report|claims|claim)',
      '(asked|asks|asking|ask) (me )?(if|whether|about|how often|how many times)',
      '(doctor|nurse|therapist|psychiatrist|gp|counselor|counsellor|psychologist|oncologist|social worker|questionnaire|screening|form|survey|phq|phq 9|intake) (asked|asks|wanted to know|asked me|asked about|asks about|had a question about|question about)',
      '(lyrics|song lyric|quote|quoting|quoted|titled|entitled|a line from|the line|the title)',
      '(lethal|toxic|fatal|maximum|max|safe|daily) (dose|limit|amount) [of ~2 {PILLS}] (is|was|are|for)',
      '(is|its|it s|called|known as) (called )?(diabulimia|t1de)',
      '(celebrity|actor|actress|singer|rapper|influencer|politician|youtuber|famous) ~3 (died|dies|committed|attempted|suicide)',
    ], { applies: NOT_MEDICAL }),
    // a verdict on a book or a film next to it: the post is about a story ("Great book for our teens group.")
    dampener('en.reported.review', 'reported', [
      '(great|good|beautiful|beautifully written|amazing|powerful|brilliant|lovely|excellent|moving|important|hard hitting|fantastic|wonderful|must read|worth reading|worth watching|recommend (the|this|that)) (book|read|novel|film|movie|memoir|documentary|series|show|story|episode|podcast|play)',
    ], { scope: 'near', applies: NOT_MEDICAL }),
    // talk about the jokes and slang people post: "jokes about 'just unalive me' are getting out of hand"
    dampener('en.reported.meta', 'reported', [
      '(jokes|memes) (about|like)',
      '(mods|moderators|admins) ~3 (add|make|create|set|ban|filter) (a )?(rule|rules|word|words|filter|it|them)',
    ], { scope: 'clause', applies: SELF_HARM_AND_SUICIDE }),
    // words studied or talked about as words, in the next sentence too: "…ended up everywhere. Interesting from a linguistics point of view."
    dampener('en.education.words', 'education', ['(linguistics|linguistic|linguist|euphemism|euphemisms|etymology)'], { scope: 'near', applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.education', 'education', [
      '(the word|the words|words like|slang words|slang terms|slang for)',
      '(training|course|class|classes|workshop|webinar|lecture|seminar|module|conference|certification|certificate|program|programme|curriculum|presentation|fundraiser|campaign) (on|about|in|for) ~2 (suicide|self harm|mental health|crisis|prevention|awareness|first aid|qpr|asist|safetalk)',
      '(suicide|self harm|mental health|crisis|qpr|asist) (prevention|awareness|first aid|training|intervention|research|statistics|stats|rates|rate|risk factors|risk assessment|screening|hotline|helpline|line|lifeline|text line|support line|services|resources|counselor|counsellor)',
      '(nursing|psychology|medical|psych|social work|first aid|counseling|counselling|research|school|uni|university|college) (course|class|degree|student|students|assignment|essay|paper|exam|project|placement|module)',
      '(risk|rate|rates|statistics|stats|prevalence|incidence|link|correlation|association|research|evidence|studies|study) (of|on|for|about|between|among|in) ~3 (suicide|self harm|suicidality|suicidal)',
      '(how|what) (to|should|can|do) (i|we|you|people|someone|one) (help|support|respond|talk to|say to|do for) (someone|a friend|a person|people|a member|members|my friend|somebody|anyone|them)',
      '(warning signs|signs|symptoms|risk factors) (of|for) ~2 (suicide|self harm|a stroke|stroke|heart attack|a heart attack|anaphylaxis|hypoglycemia|a hypo|a seizure|seizures|sepsis|overdose)',
      '(suicide|self harm|stroke|heart attack|overdose|anaphylaxis|anaphylactic|sepsis|seizure|hypo|allergy|allergic reaction|cardiac) (signs|symptoms|warning signs|red flags|checklist|awareness|poster|leaflet|card)',
      '(sign|signs|poster|posters|leaflet|card|video|infographic|chart) (about|on|explaining|listing|showing|with) ~2 (signs|symptoms|stroke|strokes|heart attacks|seizures|anaphylaxis|suicide|warning signs|what to do)',
      '(if|when) (you|someone|a person|somebody|anyone|your child|your partner|a loved one) (ever )?(has|have|notice|see|experience|feel|are having|is having|shows|show|gets|get)',
      '(remember|learn|learned|learnt|know|knowing|recognize|recognise|recognizing|spot|spotting) (the )?(be fast|fast|signs|symptoms|warning signs|acronym)',
      '(what to do|steps to take|first aid) (if|when|for)',
      '(thesis|dissertation|research|project|paper|essay|survey|talk|presentation|lecture|chapter) (on|about|into|regarding|looking at) ~2 (suicide|self harm|selfharm|harm|suicidality|suicidal|overdose|overdoses|eating disorders)',
      '(is|s|are|re) (such )?(a )?(very |really )?(common|normal|typical|frequent|classic) (thought|thoughts|feeling|feelings|symptom|symptoms|sign|signs) (in|of|with|among|for|when)',
      '(a|the|our) (poster|leaflet|pamphlet|guide|handout|checklist|card|sticker) (on|about|for|with|says|said|listing|that lists)',
      '(teach|teaching|taught|show|showing|showed|train|training|trained|practice|practicing|practise|practising|learn|learning|learned|learnt) ~3 (to use|how to use|use|using|give|giving) (the|a|an|her|his|my|their|our)? ~1 (glucagon|epipen|epi pen|auto injector|autoinjector|inhaler|defibrillator|aed|naloxone|narcan|baqsimi|gvoke|trainer)',
      '(tips|advice|resources|help|how) ~3 (talking|talk|speaking|speak|bring up|bringing up|approach|approaching) (to|with)? ~3 about (self harm|selfharm|harm|suicide|cutting|sh|mental health|depression)',
    ]),
    dampener('en.resolved.known_cause', 'resolved', [
      '(its|it s|it is|thats|that s) (my|just my|only my) (costochondritis|reflux|acid reflux|gerd|hiatal hernia|hiatus hernia|asthma|panic attacks)',
      '(checked|cleared|checked out|seen|looked at) by (cardio|cardiology|the cardiologist|my cardiologist|a cardiologist|the cardiology team)',
    ], { scope: 'sentence', applies: MEDICAL }),
    dampener('en.hypothetical', 'hypothetical', [
      '(in case|just in case|incase|god forbid|what if|if i ever|if ever i|if i should ever|should i ever|if i were to|hypothetically|imagine if|in the event)',
      '(if|when) (it|the surgery|surgery|things|the operation|treatment|chemo) (goes|go|went) (badly|wrong|south)',
    ], { applies: NOT_MEDICAL }),
    // planning for a low that has not happened: "in case my sugar drops"
    dampener('en.hypothetical.medical', 'hypothetical', [
      '(in case|just in case|incase|for when|for if) (my|his|her|their|the|our)? ~2 (sugar|sugars|blood sugar|bg|levels|glucose|he|she|i) ~2 (drops|drop|goes low|go low|crashes|crash|falls|fall|gets low|get low|has a|have a)',
    ], { applies: MEDICAL }),
    dampener('en.resolved', 'resolved', [
      '(it|they|he|she|sugar|my sugar|blood sugar|levels|bleeding|the bleeding|swelling|the swelling|pain|the pain|it all|everything|symptoms|the seizure|the rash|numbness|the numbness) (came|went|has gone|have gone|has come|is coming|are coming|was coming|comes|went) (back up|back down|back to normal|down|away)',
      '(it|they|he|she|sugar|levels|bleeding|swelling|pain|the pain|symptoms|the seizure|numbness|it all) (passed|stopped|resolved|settled|subsided|cleared|eased|wore off|went away) (quickly|after|within|on its own|by itself|now|fine|$)',
      '(im|i am|i m|he is|she is|hes|shes|were|we are|they are|theyre|everyone is|all) (fine|ok|okay|alright|all right|good|better|stable|home|safe|recovering|out of hospital|resting) (now|again|thankfully|luckily|after|though)',
      '(false alarm|nothing serious|just a scare|all clear|all good now|crisis averted|panic over)',
      '(turned out|turns out|it was|was just|it s just|its just) (to be )?(nothing|anxiety|a panic attack|panic|indigestion|heartburn|reflux|acid reflux|a pulled muscle|muscle strain|gas|a migraine|dehydration|a virus)',
      '(doctor|doctors|er|hospital|they|paramedics|cardiologist|neurologist|nurse|nurses|gp|doc|endo|pharmacist|specialist|consultant) (said|says|confirmed|told me|told us) (it was|its|it s|it is|i was|he was|she was|everything is|im|i m|hes|shes|nothing)',
      // what the chest pain or the fall turned out to be: "turns out the chest pain was costochondritis"
      '(turned out|turns out) (to be|it was|its|it s) (just |only )?(a |an )?(costochondritis|anxiety|a panic attack|panic|indigestion|heartburn|reflux|gerd|gastritis|gallstones|a pulled muscle|muscular|muscle strain|a strained muscle|gas|a virus|viral|an infection|dehydration|a migraine|pleurisy|shingles|a bruised rib|nothing)',
      '(turned out|turns out) [that] ~4 (was|is|were) (just |only )?(a |an )?(costochondritis|anxiety|a panic attack|panic|indigestion|heartburn|reflux|gallstones|a pulled muscle|muscular|muscle strain|gas|a virus|viral|an infection|dehydration|a migraine|nothing|not)',
      '(not|wasnt|was not|isnt|is not) (my|his|her) (heart|a heart attack|a stroke) (after all|$)',
      '(treated|fixed|corrected|caught) (it|the low|the hypo|the high) (and|in time|quickly|$)',
      '(checked|measured|tested) (my|his|her|their) (oxygen|sats|o2|sugar|sugars|blood pressure|heart)',
      '(nothing|not) (urgent|serious|dangerous|to worry about)',
      '(had|drank|ate|took) (some )?(juice|glucose|glucose tabs|sugar|candy|sweets|a snack|dextrose) (and|then|so) (it|i|my sugar|levels)',
      '(had|drank|ate|took|gave (him|her|them)) (some )?(juice|glucose|glucose tabs|sugar|candy|sweets|a snack|dextrose|jelly beans) ~5 (back up|back to|came up|went up|normal|fine now)',
      '(back|came back|went back|came up|went up|bounced back) (up )?(to|at) <num:70-400>',
      '(fine|ok|okay|better) now',
      '(er|ed|a and e|doctor|doctors|hospital|cardiologist|cardio|cardiology|neurologist|neuro|gp|they) (checked|cleared|examined|tested) (me|him|her|them|everything)',
      '(ekg|ecg|ct|scan|bloods|troponin|tests) (was|were|came back|is|are)? (normal|clear|fine|negative)',
      '(both|all|everything|all tests|all the tests|all of them) (came back |were |was |are )?(normal|clear|fine|negative)',
    ], { applies: MEDICAL }),
    dampener('en.clarify', 'clarification', [
      '(see you|see yall|see ya|talk to you|catch you|back) (all )?(when (i m|im|i am|i get) back|soon|next (week|month|time)|in (a|two|three|<num>) (weeks|days|week|months)|after (my|the) (surgery|treatment|trip|holiday|holidays|operation|procedure|move)|on monday|in the new year)',
      '(ll|will|i will|be|i ll|ill) (be )?back (in|on|next|soon|after|when|by)',
      '(see|talk to|catch) (you|yall|ya|u) (all |guys |everyone )?({DAY}|tomorrow|next week|soon|later|in a (week|bit|few days|month))',
      '(goodbye|bye|farewell) ~2 (for|until|till) (a|the|one|two|now|a few|a couple of)? (week|weeks|weekend|days|while|month|bit|now|later|{DAY})',
      '(off|going|heading|leaving) (to|on|for) (a|my|the|our) ~2 (retreat|holiday|holidays|vacation|trip|cruise|camp|conference|honeymoon|getaway|course)',
      '(off|going|heading|leaving) (to|on|for) (the coast|holiday|holidays|vacation|a vacation|a trip|my trip|a cruise|the beach|a retreat|a break|a social media break|a digital detox|a break from)',
      '(taking|take|need) (a )?(break|breather|step back) (from|for)',
      '(not|i dont mean|i don t mean|i do not mean|i didnt mean|i did not mean|not like) (life|my life|living|literally|like that|that way|suicide|dying|die|the suicidal way|in a suicidal way|in that way)',
      '(i mean|meaning|by that i mean|i meant) (the|my|this) (treatment|chemo|radiation|pain|job|diet|waiting|process|flare|therapy|meds|relationship|marriage)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.protective', 'protective', [
      '(im|i am|i m|but im|but i am) (holding on|hanging on|staying safe|keeping myself safe|keeping safe|safe for now|using my coping skills|using my safety plan|not going to act on (it|them)|riding it out|distracting myself)',
      '(wont|will not|won t|not going to) act on (it|them|the urge|the thoughts)',
      '(not|never) (gonna|going to) (do|try) (anything|something) (about it|stupid|$)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.modal', 'modal', [
      '(urge|urges|urged|tempted|temptation|craving|cravings|thinking about|thought about|considered|considering) (to|of|about)?',
      '(feel|feeling|felt) (like|the urge to)',
    ], { applies: ['self_harm'], gap: 1 }),

    // ───────────────────────── blockers ─────────────────────────
    blocker('en.recurrence', ['past', 'recovery'], [
      '(again|once again|all over again|back again|came back|come back|comes back|coming back|are back|is back|s back|creeping back|creeping in|crept back|crept in|returned|returning|return|relapsed|relapse|relapsing|lately|recently|these days|still|anymore|any more)',
    ]),
    blocker('en.hopeless_how', ['recovery'], ['(dont|do not|don t|cant|cannot|can t) (see|imagine) how']),
    blocker('en.intensifier', ['negation'], ['(more than|as much as|so much|this much) (ever|today|now|anything|before|i ever have)']),
    blocker('en.affirm', ['reported', 'education'], [
      '(said|answered|told (her|him|them)|admitted|i said) yes',
      '(i|and i|but i) (do|am|have|did) (have them|feel that way|want to|think about it)',
      '(me too|same here|i do too|so do i|i feel the same)',
    ]),

    // ───────────────────────── patterns after holdout-12 ─────────────────────────
    //    intent said with "going to" ("I'm going to end it after my scan"), not a relationship ("end it with him")
    signal('en.suicide.end_it_intent', 'suicide', 'medium', [
      '(im|i m|i am|i|ill|i ll) (going to|gonna|will|planning to|ready to|decided to|finally going to) end it (all|now|tonight|for good|forever|$|after|before|on|this|when|once|soon)',
    ]),
    //    the means bought so as not to be noticed, and laid out
    escalator('en.esc.means_covert', 'means', 2, [
      '(bought|buying|got|getting|picked up|collected) ~4 {PILLS} (from|at|in) ~2 (different|separate|several|multiple|<num:2-10>|two|three|four) (shops|stores|pharmacies|chemists|places|supermarkets)',
      '{PILLS} (are |is |all )?(lined up|laid out|set out|spread out|ready)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.means_stash_other', 'means', 2, [
      '(a|his|her|their|my) (stash|stockpile|hoard|secret supply) of (his|her|their|my|old) ~2 {PILLS}',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    not waiting for the illness, and a decision that holds "either way"
    escalator('en.esc.resolve_illness', 'plan', 2, [
      '(not|no longer|done) (waiting|going to wait|gonna wait) (around )?(for )?(the|this|my) (cancer|disease|illness|als|mnd|tumor|tumour|parkinsons|ms) (to do it|to take me|to finish me|to finish the job|to kill me)',
      '(its|it s|it is) (happening|going to happen|gonna happen) (this|next|tonight|tomorrow|soon|on) ~2 (either way|regardless|no matter what|whatever happens)',
      '(its|it s|it is) (happening|going to happen|gonna happen) (either way|regardless|no matter what)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    who would find the body, weighed as a choice
    escalator('en.esc.found_by', 'plan', 2, [
      '(easier|better|less traumatic|least traumatic|less painful|least painful|kinder|less awful) (on|for) (my|the|our) ~1 ({KIN}|kids|family|children|parents) (to find|finding|if they found|if they find) me',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    signal('en.suicide.method_by_finder', 'suicide', 'medium', [
      '(which|what) (way|method|place) (would be|is|will be|d be) (the )?(least|less) (painful|traumatic|awful|messy) for (my|the|our) ~1 ({KIN}|kids|family|children|parents) to (find|see)',
    ], { person: 'self' }),
    //    bills settled beside a will: preparation; "ready to go." as a sentence of its own is resolve
    escalator('en.esc.preparation_bills', 'preparation', 1, [
      '(the|my|all my|all the|all of my) (bills|debts|rent|mortgage|funeral) (are|is|s|have been|has been) (all )?(paid|sorted|covered|taken care of|settled|prepaid|paid off|arranged|paid up)',
      '(paid|paying) off (the|my|all my|all the|all of my) (last )?(bill|bills|debt|debts|loan|loans|card|cards)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.ready_to_go', 'plan', 2, ['(im|i m|i am|and)? (ready|prepared) to go $'], { applies: SELF_HARM_AND_SUICIDE }),
    //    someone else giving away named belongings, and "ready" said of them
    escalator('en.esc.preparation_other_things', 'preparation', 2, [
      '(given|gave|giving|give|gives) away ~2 (his|her|their) ~3 {BELONGINGS}',
      '(gave|given|giving|gives) (my|his|her|our) ~1 ({KIN}|grandson|granddaughter) (his|her|their) ~2 {BELONGINGS}',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    //    (readiness counts as timing: beside things given away it is a worry, low; with the means too, high)
    escalator('en.esc.ready_other', 'timing', 1, [
      '(says|said|saying|told me|told us|tells me|keeps saying) (that )?(he|she|they|hes|shes|he s|she s|theyre) (is |s |are )?(ready|at peace with it|has it sorted|has it all sorted|has it planned) $',
      '(has|he has|she has|hes got|shes got) it (all )?(sorted|planned|figured out) $',
    ], { person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    //    farewells: sorry for not being strong, telling someone before, missing the next meeting, letters to named kin
    escalator('en.esc.farewell_h12', 'farewell', 1, [
      '(im|i m|i am) sorry (i wasnt|i wasn t|i was not|i couldnt|i could not|i cant|i can t) (be )?(stronger|strong enough|better|fight anymore|fight any longer|hold on any longer|keep going)',
      '(just )?(wanted|want|needed) to (say it|tell someone|tell somebody|say it to someone|say it to somebody|tell you all|tell you) ~2 before $',
      '(i|i ll|ill|i will)? (wont|will not|won t) be (on|at|in|joining|making) (the|our)? (next|tomorrows|{DAY}s|{DAY}) ~2 (call|meeting|group|session|zoom|chat)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.preparation_letters_kin', 'preparation', 2, [
      '(written|wrote|writing|drafted|left|leaving) ~2 (letters|letter|notes|note|cards) (to|for) (my|each of my|each|all of my) {KIN}',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    at the top of a named structure, with the time after it ("on the roof of the parking garage right now")
    escalator('en.esc.act_place_of', 'act', 2, [
      '(im|i am|i m) (on|at|up on|standing on|sitting on) (the|a) (roof|top|top floor|top level|edge|ledge) of (the|a) ~1 {HEIGHT} ~2 (right now|now|tonight|again)',
      '(im|i am|i m) (on|at|up on|standing on|sitting on) (the|a) (roof|top|top floor|top level|edge|ledge) of (the|a) ~1 {HEIGHT} $',
    ], { category: 'suicide', severity: 'low', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.located_at_water', 'act', 2, [
      '(her|his|their|my {PERSONS}|find my|the) ~1 (location|phone|car|gps|pin|dot|last location|snap map) (is|s|shows|says|was|shows (her|him|them)|now)? ~2 (at|on|near|by|parked at|parked by|parked near) (the|a) ~1 {WATER}',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.farewell_reported_h12', 'farewell', 1, [
      '(texted|messaged|sent|wrote) (me|us)? ~1 (take care of|look after) (mom|mum|dad|the kids|my|our|his|her|the)',
    ], { person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    //    a farewell told over three sentences, the last a bare goodbye (see the engine): never alone
    escalator('en.esc.farewell_close', 'farewell', 2, ['(goodbye|farewell) [x|xx|xxx|xo|xoxo] $'], { category: 'suicide', person: 'self', applies: SELF_HARM_AND_SUICIDE }),
    //    self-harm by blows: punching oneself, a head against the wall
    signal('en.self_harm.blows', 'self_harm', 'medium', [
      '(punch|punching|punched|punches|slap|slapping|slapped|beat|beating|smack|smacking) myself (in the|on the|until|till|when|so hard|again|$)',
      // not "hit myself (in the head) on the cupboard door"
      '(hit|hitting) myself (in the head |in the face )?(until|till|when|whenever|every time|so hard|again and again)',
      '(bang|banging|banged|slam|slamming|slammed|hit|hitting) my (own )?head (against|on|into) (the|a|my) (wall|floor|door|desk|table)',
    ]),
    //    passive wishes and burden, said another way
    signal('en.suicide.passive_h12', 'suicide', 'low', [
      '(wish|hope|hoping|pray|praying|wishing) (i|id|i d|i would|i could|that i)? (just )?(die|pass|go|slip away) in my sleep',
      '(hoping|hope|praying|pray|wishing|wish) (to )?not (to )?wake up',
      '(just )?(to )?stop existing',
      '(want|wants|wanting|wanted) to (disappear|vanish) (forever|for good|completely|$)',
      '(the world|everyone|everybody|my family|they) (would|will|d) be (a )?(better|happier|nicer|kinder) place without me',
    ]),
    signal('en.suicide.burden_other', 'suicide', 'low', [
      '(calls|calling|called|call) (himself|herself|themselves) ~2 (a burden|just a burden|useless|a waste of space|a waste of oxygen)',
    ]),
    //    harm to others: an arson threat, fuel at hand, "not joking"
    signal('en.others.arson', 'harm_to_others', 'medium', [
      '(burn|burning|torch|torching|blow up|blowing up|set fire to|setting fire to|set on fire) (down )?(the|this|that|his|her|their|my) (place|house|clinic|hospital|office|building|school|church|ward|pharmacy|surgery)',
    ]),
    escalator('en.esc.others_fuel', 'means', 2, [
      '(got|has|have|bought|buying|with|filled|filling|stocked up on) ~2 (gas cans|gas can|petrol cans|petrol can|jerry cans|jerry can|cans of gas|cans of petrol|cans of gasoline|lighter fluid)',
    ], { applies: OTHERS }),
    escalator('en.esc.not_joking', 'plan', 1, [
      '(not|no|im not|i m not|i am not|hes not|he s not|shes not|she s not|its not|it s not|this is not|this isnt) (a )?(joke|joking|kidding)',
      '(dead|deadly|completely|totally|100 percent|deathly) serious',
    ], { applies: ['harm_to_others', 'abuse'] }),
    neutral('en.neutral.not_joking', ['(not|no|im not|i m not|i am not|hes not|he s not|shes not|she s not|its not|it s not|this is not|this isnt) (a )?(joke|joking|kidding)']),
    signal('en.others.fantasy', 'harm_to_others', 'medium', [
      '(fantasies|fantasy|daydreams|daydream|images) (about|of) (killing|hurting|murdering|stabbing|shooting|strangling|choking|beating) {TARGET}',
    ]),
    signal('en.others.picture', 'harm_to_others', 'low', [
      '(picture|imagine|imagining|picturing|visualize|visualise|visualizing|see myself) (hurting|killing|punching|strangling|hitting|beating|stabbing) {TARGET}',
    ]),
    //    abuse: the poster's own blows to someone in their care, an elder's account, roughness, monitoring, yelling that scares
    signal('en.abuse.by_carer', 'abuse', 'medium', [
      '(i|ive|i ve|i have) (slapped|hit|pushed|shoved|shook|grabbed|smacked|pinched|yanked) (him|her|my (husband|wife|mum|mom|dad|mother|father|patient|son|daughter|kid|child|grandma|grandpa|grandmother|grandfather)) (yesterday|today|last night|again|when|because|out of|and|so hard|$)',
    ]),
    signal('en.abuse.told_by_elder', 'abuse', 'medium', [
      '(says|said|keeps saying|told me|tells me|telling me) (that )?(her|his|their|the) ~2 ({PERSON}|aide|nurse|care worker|home help|son in law|daughter in law) (hits|hit|beats|hurts|pushes|slaps|shoves|grabs|pinches|kicks) (her|him|them)',
      '(carers|caregivers|aides|nurses|staff|care workers|{AGENT}) ~5 (are|is|s|re|has been|have been|was|were|gets|get|got|keeps being|keep being|been|had been) (rough|too rough|heavy handed) with (her|him|them|me|my {KIN}|my {PERSON}) (again|when|and|$)',
      '(threw|thrown|throws|kicked|pushed|hid|hidden|took away|takes away) (my|her|his|their) (cane|walker|walking stick|crutches|wheelchair|zimmer|zimmer frame|hearing aids|glasses) (down|across|away|at|into|out of reach|so)',
    ]),
    escalator('en.esc.abuse_alone_with', 'act', 2, [
      '({HE_IS}|{AGENT}|and he|and she) (is |s |will be |ll be |is going to be )?(alone|home alone|on his own|on her own) with (her|him|them|my {KIN}|the kids|the baby|mom|mum|dad) (tonight|now|right now|all night|all weekend|this weekend|again|$)',
    ], { applies: ABUSE }),
    signal('en.abuse.monitoring', 'abuse', 'low', [
      // a partner's questions, not a child's ("my son keeps asking who I talk to at group")
      '(he|she|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex) ~2 (keeps asking|always asks|always asking|demands to know|wants to know) (who|where|what) (i|im|i m) (talk|talking|text|texting|see|seeing|go|going|am|was|talked|saw)',
      '(reads|reading|read) over my shoulder',
      '{AGENT} ~2 (yells|screams|shouts|rages|snaps) ~8 (scares|scared|frightens|frightened|terrifies|terrified) me',
    ]),
    //    a child heard pleading, then silence
    signal('en.abuse.child_heard', 'abuse', 'medium', [
      '(heard|hear|hearing|can hear) (the|a|my|our|their|his|her)? (little )?(boy|girl|kid|kids|child|children|baby|toddler|son|daughter) ~2 (screaming|crying|begging|pleading|yelling|sobbing) ~3 (stop|please|help|daddy|mommy|mummy)',
    ]),
    signal('en.abuse.child_heard_blows', 'abuse', 'medium', [
      '(heard|hear|hearing|can hear) (him|her|them|the kids|the kid|the child|the boy|the girl|the baby) (screaming|crying|sobbing|begging|yelling) and (something|someone|things|thuds|thumps|banging|hitting|smashing|slapping)',
      '(kid|child|boy|girl|son|daughter|toddler|baby) ~4 (has|with|always has|covered in|keeps getting|gets) (bruises|marks|burns|black eyes) (all the time|again|constantly|every week|everywhere|all over)',
    ]),
    escalator('en.esc.abuse_silence', 'act', 2, [
      '(now|then|and now|suddenly|and then) (it s|its|it is|it went|everything s|everything is|everything went|its gone|it has gone|there s|theres)? (dead |totally |completely |very |deathly )?(silent|quiet|silence|nothing)',
    ], { applies: ABUSE }),
    //    medical said plainly: collapsed and not responding, bluish lips, retractions, low blood pressure, rigors in
    //    neutropenia, standing impossible without fainting
    signal('en.medical.unresponsive_h12', 'medical_emergency', 'high', [
      '(collapsed|fainted|passed out) ~4 and (isnt|is not|not|wont|won t|cant|can\'t|s not) (breathing|responding|waking|moving)',
      '(isnt|is not|not|stopped|s not|hes not|shes not) (responding|reacting) (to me|to us|to anything|to her name|to his name|to voices|to touch|when i)',
    ]),
    signal('en.medical.breathing_h12', 'medical_emergency', 'high', [
      '(bluish|blueish|blue tinged|dusky|purplish) (lips|face|skin|fingertips|fingers)',
      '(lips|face|skin|fingertips) (are |is |look |looks |going |turning )?(bluish|blueish|dusky|purplish)',
    ]),
    signal('en.medical.retractions', 'medical_emergency', 'medium', [
      '(ribs|chest|belly|skin between (his|her) ribs) ~3 (sucking|pulling|caving|sinking) in',
      '(breathing|breathes|breaths) (really |very |so |super )?(fast|quickly|rapidly|hard) ~3 (ribs|grunting|nostrils flaring|sucking in)',
    ]),
    signal('en.medical.low_bp', 'medical_emergency', 'medium', [
      '(bp|blood pressure|pressure) (is |s |was |reads |reading |says |of |at |dropped to |down to |only )?~2 <num:40-85> <num:20-55>',
      '(adrenal crisis|addisonian crisis|addisons crisis|addison s crisis)',
    ]),
    signal('en.medical.neutropenic_fever', 'medical_emergency', 'medium', [
      '(neutropenic|neutropenia|low counts|counts are low|counts are tanked|nadir) ~6 (temp|temperature|fever) ~3 <num:38-43>',
      '(neutropenic|neutropenia|low counts|nadir) ~6 (temp|temperature|fever) ~3 <num:100.4-110>',
    ]),
    signal('en.medical.adrenal', 'medical_emergency', 'medium', [
      '(addisons|addison s|adrenal insufficiency|adrenal failure|hypopituitarism) ~8 (vomiting|throwing up|being sick|puking) (all day|all night|since|for hours|nonstop|non stop|and cant|and can t|and cannot)',
    ]),
    escalator('en.esc.symptom_h12', 'symptom', 2, [
      '(missed|skipped|forgot|ran out of|threw up|vomited up|vomited|couldnt keep down) (her|his|my|their) ~1 (hydrocortisone|fludrocortisone|stress dose|stress doses|steroid dose|emergency injection)',
      '(grey|gray|ashen|pale) and (can|could) (barely|hardly|not) (talk|speak|stand|move|breathe|stay awake)',
      '(can|could) (barely|hardly) (talk|speak|breathe|stay awake|keep (his|her|my) eyes open)',
      // "can barely stand the smell" is to tolerate, not to stand up
      '(can|could) (barely|hardly) stand (up|$|on (his|her|my) (feet|own))',
      '(rigors|rigours|shaking chills|shaking with chills|shivering uncontrollably|uncontrollable shivering)',
      '(cant|can t|cannot|unable to|couldnt) (stand|stand up|get up|sit up|walk) ~3 (without|before) ~2 (fainting|passing out|falling|collapsing|blacking out)',
      '(clammy|mumbling|not making sense|slurring his words|slurring her words)',
    ], { applies: MEDICAL }),
    //    hard negatives: a time that is denied, a book's handling of a theme, the internet as a dark place, feeling oneself again
    neutral('en.neutral.time_denied', ['(tonight|today|this weekend|now) (isnt|is not|s not|wont be|will not be|won t be) (one of (them|those|those nights|those days|the nights|the days)|the night|the day|the time)']),
    dampener('en.education.fiction', 'education', [
      '(the way|how) (it|the (book|film|movie|show|novel|author|series|play|episode)) (handles|handled|portrays|portrayed|depicts|depicted|deals with|dealt with|shows|showed|treats|treated|writes about|wrote about)',
    ], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
    dampener('en.idiom.dark_place_web', 'idiom', [
      '(the )?(internet|google|dr google|reddit|twitter|tiktok|web|comment section|comments section) (is|s|can be) (a )?(dark|scary|terrible) place',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    subject('en.subject.self_too', 'self', ['(anyone|anybody|someone|somebody|does anyone|do any of you|any of you) else']),

    //    a plan as a fixed state (raises a signal only: treatment plans are locked in too), the place near home and the visits to it, being found chosen as a setting
    escalator('en.esc.plan_state_h12', 'plan', 2, [
      'plan (is|s) (locked in|set in stone|final|finalised|finalized|all set|in motion)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.height_near_h12', 'means', 1, [
      '{HEIGHT} ~3 (is|s) ~5 (from|away from|near|close to|walking distance from|down the road from|around the corner from) (my|here|me|where i live|home)',
      '(keep|keeps|kept|been|have been|ive been) (parking|driving|going|walking|sitting) (there|to the {HEIGHT}|on the {HEIGHT}) ~5 (looking down|staring down|looking over|staring at the water)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.found_where', 'preparation', 2, [
      '(finding|to find|would find|will find|find) me (at home|in the house|in the bath|in the bathroom|in the garage|in the car|in my room|in the bedroom|somewhere else|like that|dead|hanging|on the floor)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.located_shows', 'act', 2, [
      '(her|his|their|my {PERSONS}) ~1 (location|phone|gps|pin|dot|last location|snap map|find my) (shows|says|is showing|is at|showing) (the|a) ~1 ({WATER}|{HEIGHT})',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    //    a fever with chills or confusion in someone on chemo (neutropenia is a strong sign of its own)
    signal('en.medical.fever_signs', 'medical_emergency', 'low', [
      '(temp|temperature|fever) (of |is |at |hit |reached |spiked to )?<num:38-43> ~2 (and|with) ~2 (shaking|chills|rigors|shivering|confused|confusion|racing|pounding)',
    ]),
    escalator('en.esc.symptom_neutropenia', 'symptom', 2, ['(neutropenic|neutropenia|my counts are low|counts are tanked|at my nadir)'], { applies: MEDICAL }),
    //    "in a dark place" told after the recovery, in the same sentence as "again" (which blocks recovery)
    dampener('en.resolved.myself_again', 'resolved', [
      '(finally )?(feel|feeling|felt) (like )?(myself|my old self) again',
    ], { scope: 'near', applies: SELF_HARM_AND_SUICIDE }),
    // ───────────────────────── structural frames (issue 3: recall on unseen text) ─────────────────────────
    // Each frame is a concept class, not a sentence: the means as any medication-like noun kept in quantity, the
    // lethal amount, an unobserved window, the poster at a height or water, resolve and farewells in ordinary words.
    // Frames that could be ordinary on their own are escalators without a category (or a weak one): they raise a
    // signal or another frame, and never alert alone. Medical, abuse and harm to others: `en-emergencies.ts`.
    //    Means: any medication-like thing stockpiled ("been saving my novorapid pens for weeks")
    escalator('en.frame.means_stock', 'means', 2, [
      '(saving|saved|been saving|hoarding|hoarded|stockpiling|stockpiled|stashing|stashed|kept back|keeping back|putting aside|put aside|setting aside|set aside|squirreling|squirrelling) (up )?(my|all my|all of my|the|his|her|every one of my|some of my) ~2 {MED_UNITS}',
      '{MED_UNITS} ~3 (saved up|stockpiled|hoarded|stashed) (for|over) (weeks|months|a while|ages|<num:2-100> (weeks|months))',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    …kept somewhere, or counted as enough: weak alone, a plan beside a time or resolve
    escalator('en.frame.means_counted', 'means', 2, [
      '(counted|counting|count|lined up|laid out|poured out|tipped out|set out) (out )?({NUMWORD}|<num:10-1000>) (of )?(my|the|his|her)? ~1 {MED_UNITS}',
      '(hiding|hid|hidden|stashing|stashed|keeping|kept) (my|the|all my|all the) ~1 {MED_UNITS} (in|under|inside|behind) (a|the|my) ~1 ({STORE}|sock|shoe|shoebox|bag|box|mattress|pillow|bed|freezer|fridge) (for|since) ~2 (weeks|months|week|month|days|ages|a while)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.frame.means_kept', 'means', 1, [
      '{MED_UNITS} (are|is|s|re) (all )?(in|under|inside|hidden in|hidden under|stashed in) (a|the|my) ~2 ({STORE}|bag|box|bed|mattress|pillow|shoebox|sock)',
      '(theres|there s|there is|ive got|i ve got|i have|got) (finally )?enough (now|$)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    The lethal amount, all of it at once, as something being done (thinking of it is the method signal); never alone
    escalator('en.frame.all_at_once', 'plan', 2, [
      '(im|i m|i am|ill|i ll|i will|going to|gonna|then) (doing|do|taking|take|injecting|inject|using|use|swallowing|swallow|downing|down|having) ~6 (at once|in one go|at the same time)',
      '(im|i m|i am|ill|i ll|i will|going to|gonna) (finally |just |actually |really )?(injecting|inject|using|use|doing|do|taking|take|swallowing|swallow|downing|down) {TOTAL}',
      '(its|it s|thats|that s|theres|there s|there is|should be|that ll be|it ll be|will be) (more than|way more than|easily|definitely|plenty|probably) enough (in|to|for|$)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    An unobserved window or a cover story: nobody awake to stop me, everyone thinks I'm elsewhere; never alone
    escalator('en.frame.unobserved', 'plan', 2, [
      '(nobody|no one|noone|nobodys|noones|nobody s|no one s) ~3 (to stop me|can stop me|could stop me|will stop me|would stop me|to find me|to save me|will find me in time)',
      '(so|before|while|when) (nobody|no one|noone|nobodys|noones|nobody s|no one s) (is |s |will be |would be )?(awake|around|home|up|about)',
      '(nobody|no one|noone|nobodys|noones|nobody s|no one s) (is |s |will be |would be )?(on|at|around|near|by) (the|that) ~2 ({HEIGHT}|{RAIL}|{WATER}|platform|spot|place) (at that time|then|at night|that late|at that hour)',
      '(everyone|everybody|my family|my wife|my husband|my parents|my mum|my mom|they|he|she) (thinks|think) (im|i m|i am) (at|with|out|staying|away)',
      '(told|telling|tell) ~3 (im|i m|i am|ill be|i ll be|i will be|i was) (at|with|staying|away)',
      '(nobody|no one|noone) (will|would|can|could|is going to|s going to)? (find|see|stop|reach) me (until|till|til|before|in time)',
      '(when|once|while|after|as soon as) (the|my|our) (house|flat|apartment|place|home) (is|s|will be|gets|goes) (empty|quiet)',
      '(my )?({PERSON}|family|everyone|everybody|the kids|housemate|parents) (is|are|s|re|will be|ll be)? (away|gone|out of town|on holiday|on a trip|on nights|working nights) (till|until|til|for|all|this|over) ~2 ({DAY}|weekend|week|night|tonight|tomorrow|days|morning)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    a time when nobody is there to see: "once the kids are asleep"
    escalator('en.frame.while_asleep', 'timing', 1, [
      '(once|as soon as|after|while) (the kids|the children|everyone|everybody|my {PERSON}|he|she|they) (is|are|s|re|has|have|gets|get|go|goes|fall|falls|has gone|have gone)? ~1 (asleep|to bed|to sleep|in bed|out|away|to work|at work)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    The poster by a height, water or a railway: a means only beside resolve, a plan or a farewell
    // "on that platform at that time" is the window, not the past
    neutral('en.frame.window_not_past', ['(platform|bridge|spot|place|station|line|tracks) at that (time|hour)']),
    escalator('en.frame.at_place', 'means', 1, [
      '(parked|parking|sitting|sat|standing|stood|waiting|drove|driven|driving|walked|walking|going|heading|headed|went|ill go|i ll go|i will go|going to go|gonna go) ~3 (to|at|on|by|near|next to|beside|under|over|above|at the top of|on top of|to the top of|at the edge of|the edge of|up to|out to) (the|a|that) ~2 ({HEIGHT}|{WATER}|{RAIL}|edge|top edge)',
      '({HEIGHT}|{WATER}|{RAIL}) (is|s) (at the end of|down|round|around|across|up|just up) (my|the) (road|street|lane|block|corner)',
      '(im|i m|i am) (actually |now |already |still )?(at|on|by|near|next to|beside|under) (the|a) ~2 ({HEIGHT}|{WATER}|{RAIL})',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    The poster on a height or a railway now (not a car park: people wait there): low alone, high with anything else
    escalator('en.frame.on_height_now', 'act', 2, [
      '(im|i m|i am) (sat|sitting|standing|stood|perched) (on|at|over|by) (the|a|this) ~2 (bridge|roof|rooftop|ledge|cliff|cliffs|overpass|viaduct|tower|quarry|dam|edge|railing|{RAIL})',
    ], { category: 'suicide', severity: 'low', applies: SELF_HARM_AND_SUICIDE }),
    //    Resolve in ordinary words: working up to it, not going back, the mind made up, talked out of it
    escalator('en.frame.resolve', 'plan', 2, [
      '(working|worked|work|building|built|build|psyching|psyched|psych|getting|get|summon|summoning) (myself )?up (to it|the courage|the nerve|the guts|to doing it)',
      '(made|reached|taken|make) (my|the) (decision|choice) (and|now|finally|$)',
      'this is it $',
      '(its|it s|it is|it ll be|itll be|it will be) (tonight|tomorrow|today|this weekend|on {DAY}) $',
      '(not|never|wont|won t|will not) (driving|walking|coming|going|getting|climbing|heading) back (down|home|from here|from there)',
      '(not|never|wont|won t|will not) (driving|walking|coming|going|getting|heading) home (this time|again|tonight|ever|$)',
      '(dont|do not|don t|please dont|please do not|no point) (try|trying) to talk me out of (it|this)',
      '(made|making) (my )?peace with (it|this|that|everything|my decision)',
      '(i|and i) (mean|meant) every word',
    ], { applies: PERSONAL_AND_OTHERS }),
    //    Ending it in one's own words, with a way or a day: "I'm ending it my own way with the insulin on Thursday"
    signal('en.frame.ending_it', 'suicide', 'medium', [
      '(im|i m|i am|ill|i ll|i will|going to|gonna) (ending|end|finishing|finish) (it|things|everything|my life) (my own way|on my own terms|myself|for good|with (the|my) ~2 ({MED_UNITS}|{FIREARM}|{LIGATURE}))',
      '(id|i d|i would|would) (have|ve) (killed myself|ended it|ended my life|taken my life|done it|gone through with it) (already|by now|long ago|years ago|ages ago|a long time ago)',
      '(better|easier) (off )?(if|when|once) i (just )?(ended|end|finished|finish) (things|it|it all|everything|my life)',
      '(stopping|stop|stopped|quitting|quit|coming off) (taking )?(my|all my) (insulin|heart meds|heart pills|seizure meds|dialysis|steroids|hydrocortisone) (completely|altogether|entirely|for good) ~4 (letting|let|and let|until|so)',
    ]),
    //    calm said of oneself, with no object: only beside a means or a plan
    escalator('en.frame.calm', 'plan', 1, [
      '(feel|feeling|felt) (weirdly |strangely |oddly |so |really |very |completely |totally |finally )?(calm|peaceful|at peace|serene|light) (now|today|tonight|about it|$)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.frame.let_it_happen', 'plan', 2, [
      '(letting|let|allow|allowing) (the|it|my|this|nature|death) ~2 (happen|take its course|run its course)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    Someone's farewell message, quoted or told: "she texted me 'im sorry, love you'" (their danger, not the poster's)
    escalator('en.frame.farewell_message', 'farewell', 2, [
      '(texted|messaged|sent|wrote|left|posted|emailed|whatsapped|voicemailed) (me|us|her|him|them|my {PERSON})? ~2 (im sorry|i m sorry|i love you|love you|goodbye|bye forever|forgive me) ($|and now|and then|then)',
    ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.frame.farewell_not_here', 'farewell', 2, [
      '(im|i m|i am) (not|never) (going to|gonna) be (here|around|alive) (by|after|for|on|next|much longer|tomorrow|this time)',
    ], { category: 'suicide', severity: 'low', person: 'self', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.frame.farewell_more', 'farewell', 1, [
      '(please )?(look after|take care of|look out for) (my|the|our) (boys|girls|baby|babies|little ones|grandkids|grandchildren|animals|cats|dogs|{KIN})',
      '(you lot|you all|you guys|yall|everyone|this group) (mattered|meant|matter|mean) (more|so much|a lot|everything|the world)',
      '(ill|i ll|i will) miss (this group|you all|you guys|everyone|you lot|this place|all of you)',
      'this is me saying (thank you|thanks|goodbye|bye)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    Preparation said of any relative: letters for each of the grandkids
    escalator('en.frame.affairs_sorted', 'preparation', 1, [
      '(the|my|all the|all my) (note|notes|letter|letters) (is|are|s|re) (all )?(in|on|under|by) (the|my) ~2 (drawer|table|fridge|desk|bed|pillow|counter|envelope|bureau|dresser|side)',
      '(everything|it all|all of it|all my affairs) (is|s) (sorted|arranged|in order|taken care of|ready)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.frame.letters_kin', 'preparation', 2, [
      '(written|wrote|writing|drafted|left|leaving) ~2 (letters|letter|notes|note|cards|card) (to|for) (each of|all of)? (my|the|our) ~1 ({KIN}|grandkids|grandchildren|kids|family|parents|loved ones|nephews|nieces|sons|daughters|brothers|sisters|grandsons|granddaughters|cousins|aunts|uncles)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    Self-harm going on: the act in the present or unstoppable, and the blood it leaves
    signal('en.frame.self_harm_now', 'self_harm', 'medium', [
      '(cant|can t|cannot|couldnt|could not) stop (cutting|burning myself|hurting myself|scratching|carving) ($|tonight|now|right now|and|again|myself)',
      '(already|just|have|ve|i ve|ive) (started|begun|been) (cutting|burning myself|carving)',
      '(cut|sliced|went) (way |much |far |a bit |far far )?(too deep|deeper|so deep|really deep) (this time|than|tonight|today|and|$)',
    ]),
    escalator('en.frame.self_harm_blood', 'act', 2, [
      '(its|it s|it is|theyre|they re|this one is|this cut is|the cut is|the cuts are) (way |much |a lot |so much |far )?deeper than (usual|ever|before|normal|last time|i meant)',
      '(a lot of|so much|loads of|lots of|too much|a pool of) blood (in|on|everywhere|all over|now|$)',
      '(its|it s|it is|blood is|blood s|still) (still )?(pouring|gushing|streaming|spurting|pumping) (out|$|and|everywhere)?',
      '(cant|can t|cannot|couldnt) (get|make) it (to )?stop (bleeding)?',
      '(ive|i ve|i have|already|just) (started|begun) $',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    A means referred to by "it" after it was named, and a car with a hose: weak each, strong with resolve or a farewell
    escalator('en.frame.ligature_set', 'means', 2, [
      '{LIGATURE} (is|s|are) (already |now |all )?(round|around|over|tied to|hanging from|looped over|looped round|looped around) (the|a|my) ~1 {ANCHOR}',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.frame.means_pronoun', 'means', 1, [
      '(loaded|cocked) (it|him|the thing) ({TIME}|$)',
      '(its|it s|it is) (on|in|under) (the|my) ~1 (bed|lap|nightstand|pillow|desk) (next to|beside) me',
      '(garage|car|exhaust) ~8 (hose|hosepipe|tubing)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.frame.absolve', 'farewell', 2, [
      '(it|this) (wasnt|was not|isnt|is not|wont be|won t be|will not be) (anyones|anyone s|anybodys|anybody s|your|their|his|her) fault',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    Early, before anyone is up: a time that hides the act
    escalator('en.frame.before_anyone_up', 'timing', 1, [
      '(before|while) (anyone|anyones|anyone s|anybody|anybodys|everyone|everyones|everyone s|the kids|the house) (is |s |are |gets |wakes |get )?(up|awake)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    A farewell of thanks in other words ("You've been the kindest strangers I ever met", "look after her for me")
    escalator('en.frame.farewell_thanks', 'farewell', 1, [
      '(youve|you have|you ve|you all have|you guys have) (all )?been the (kindest|best|nicest|loveliest|most wonderful)',
      '(please )?(look after|take care of|look out for|keep an eye on) ~6 for me',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    // "if it wasn't for my cat I'd have…": the negation is the condition, not a denial of what follows
    neutral('en.frame.counterfactual', ['if (it|it s|its) (wasnt|werent|was not|were not|hadnt been|had not been) for']),
    //    Passive wishes and hopelessness in other words (low)
    signal('en.frame.passive', 'suicide', 'low', [
      'let (it|the cancer|the disease|this|the tumor|the tumour|death) (take|win|kill|have) me',
      '(wish|wishing|hope|hoping|pray|praying) (that )?(the|my) (plane|flight|car|bus|train) (would|will|could)? (just )?(go down|goes down|crash|crashes|fall out of the sky)',
      '(hope|hoping|wish|wishing|pray|praying) (i|they|that i) (just )?(dont|don t|do not|never|wont|won t|will not) wake up (from|after)',
      '(theyd|they d|everyoned|hed|shed|youd|wed|they would|everyone would|he would|she would|my family would) (all )?(honestly |probably |really |just )?be better off (if|when|once) (i|im|i m) (wasnt|was not|werent|were not|m not|am not|was gone|were gone|died)',
      '(wouldnt|would not|doesnt|does not|wont|won t|will not) (matter|change anything|make a difference|make any difference) (if|whether) (i|im|i m|he|she|hes|shes) (was |were |am |m |is |s )?(here|alive|around|existed|lived) (or not)?',
      'nothing (gets|ever gets|will get|is getting|is ever getting) better',
      '(cant|can t|cannot|dont|don t) see (why|the point|any point|what the point is) (i|in) ~2 (keep|keeping|going on|fighting|carrying on|trying)',
      '(doesnt|does not|dont|don t) care (what happens|if she dies|if he dies|if i die|whether she lives|whether he lives|whether i live) (to )?(her|him|me|them)? (anymore|any more)',
    ]),
    signal('en.frame.not_be_here', 'suicide', 'medium', [
      '(want|wanna|wanting) to not (be here|exist|be alive|be around)',
    ]),
    //    Self-harm again after years away: recent self-harm, not history
    signal('en.frame.self_harm_after_years', 'self_harm', 'medium', [
      '(cut|burned|burnt|self harmed|hurt myself) (last night|yesterday|today|tonight|this morning|again) ~2 (for the first time in|first time in) ~2 (years|months|weeks|year|month)',
    ]),
    //    A purpose at a height or water (photos, the view) and a goodbye to a place or thing are not a farewell
    dampener('en.frame.place_purpose', 'clarification', [
      '(taking|take|took) (photos|pictures|pics|a photo|a picture|selfies|a selfie|the dog|my dog)',
      '(watching|watch|watched|enjoying|enjoy) the (sunset|sunrise|view|fireworks|stars|boats|trains)',
    ], { scope: 'clause', applies: SELF_HARM_AND_SUICIDE }),
    neutral('en.frame.goodbye_place', [
      '[this is|its|it s|it is|so] (goodbye|farewell|bye) to (my|the|our|this) (old |lovely |beloved )?(hospital|ward|clinic|unit|house|home|flat|apartment|job|office|team|car|port|pump|hair|chemo|treatment|cast|wheelchair|school|town|city|country|year|summer|crutches|catheter|stoma bag|feeding tube|picc line)',
    ]),
    //    Warning signs taught ("signs that someone might be suicidal include giving things away"): education
    dampener('en.frame.signs_taught', 'education', ['(warning signs|signs) (that )?(someone|a person|somebody|a friend|your friend|a member|a loved one) (might be|may be|is|could be)'], { scope: 'near' }),
    // ───────────────────────── concepts (engine: concepts together) ─────────────────────────
    // Single concepts, read anywhere in a sentence whatever the words around them: a means, an amount, a time, a word
    // of finality. None raises a signal; a means with an amount or a time and finality, within a sentence, is a plan.
    // Finality, the rarest of the four, carries the category that gets a post scored at all: means words are in most
    // health posts, and scoring every one of them was measurably slower (paired A/B ≈ 0.88× against ≈ 0.96×).
    escalator('en.concept.means', 'concept_means', 1, [
      '{MED_UNITS}', '{FIREARM}', '(noose|rope|ligature)', '(knife|knives|razor|razors|razor blade|razor blades|blade|blades|scalpel)',
      '{HEIGHT}', '{RAIL}', '(hose|hosepipe|charcoal|helium|exhaust)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    // a dose handled as routine is no means: "switching all my pills to the generic", "packed all my meds"
    neutral('en.concept.routine', [
      '(switching|switch|switched|changing|change|changed|moving|move|moved|swapping|swap|ordering|order|ordered|refilling|refill|picking up|pick up|picked up|collecting|collect|packing|pack|packed|sorting|sort|sorted|organising|organizing|organised|organized) ~2 (all )?(of )?(my|the|his|her|our) ~2 {MED_UNITS}',
    ]),
    escalator('en.concept.amount', 'concept_amount', 1, [
      // "all" alone is in most posts ("all day"): the whole of something, or a count of things, is the amount
      '(all my|all of my|all the|all of the|all his|all her)', '{TOTAL}', 'enough',
      '(<num:10-100000>|{NUMWORD}) of', '(worth|supply|stash|stockpile)',
      '(saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|kept|keeping|counted|collected|collecting|gathered)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.concept.time', 'concept_time', 1, [
      '(now|midnight|later)',
      '(once|when|after|while|as soon as) ~3 (asleep|in bed|to bed|at work|away|out)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.concept.final', 'concept_final', 1, [
      '(goodbye|farewell) (everyone|everybody|all|world|forever|for good|x|xx|$)',
      'forgive me',
      '(sorry|im sorry|i m sorry) (mum|mom|mam|dad|everyone|everybody|all|guys) $',
      '(sorry|im sorry|i m sorry) for (everything|all of this|what im about to do|what i m about to do) $',
      '(dont|do not|don t|please dont|please don t) (hate|blame) (me|yourself|yourselves)',
      '(i )?love (you all|you guys|yall|everyone|all of you) $',
      '(ive|i ve|i have) had enough (of (life|everything|it all|living|this life)|$)',
      '(cant|can t|cannot) (do this|go on|take it|take this|keep going|carry on) (anymore|any more) $',
      '(im|i m|i am) ready $',
      '(ive|i ve|i have|i) (decided|picked|chosen) (on )?({TIME}|{DAY}|the day|the date|a date|$)',
      '(made up my mind|made my decision|my mind is made up)',
      '(is|s) the (day|night) $',
      '(tonights|todays|tomorrows) the (day|night)',
      '(its|it s|it is) time $',
      'this is it $',
      '(not|never) (coming|driving|going|walking) (back|home) (this time|again|$)',
      '(wont|won t|will not) be (here|around) (tomorrow|anymore|any more|after|$)',
      '(last|final) (post|message|words|goodbye) $',
      '(no more pain|at peace now|for good now)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    // ───────────────────────── phrasings the blind sets showed missing (English) ─────────────────────────
    //    Each family is a frame (a verb class, a target, a body part, a purpose), written from paraphrases, never from a
    //    labelled line. Harm to others and abuse here complement `en-emergencies.ts` (ids do not collide).
    //    A threat by the poster with a target and a body part or a place to throw them: "I'd snap his wrist", "I'll put
    //    his head through the windscreen", "I swear I'll smash her teeth in"
    signal('en.others.threat_body', 'harm_to_others', 'medium', [
      '(id|i d|i would|ill|i ll|i will|im going to|im gonna|i m going to|i m gonna|i swear id|i swear ill|i swear i ll|i swear i will) (break|snap|smash|bust|cave|kick|punch|knock|rip|twist|crack|rearrange|stamp on|stomp on|slice|cut) (his|her|their|that {PERSONS}|the {PERSONS}|my {PERSONS}|his {PERSONS}|her {PERSONS}) ~1 (neck|face|head|skull|throat|teeth|jaw|legs|leg|arm|arms|wrist|wrists|fingers|kneecaps|knees|ribs|nose|back|spine|hands|hand)',
      '(id|i d|i would|ill|i ll|i will|im going to|im gonna|i m going to|i m gonna|i swear id|i swear ill|i swear i ll|i swear i will) make (him|her|them|that {HUMAN}|the {HUMAN}) (sorry|regret it|regret|pay|suffer|bleed|wish (he|she|they) (had never|hadnt|was dead|were dead|were never born|was never born))',
      '(id|i d|i would|ill|i ll|i will|im going to|im gonna|i m going to|i m gonna|i swear id|i swear ill|i swear i ll|i swear i will) (put|throw|push|shove|smash|kick|slam|launch) (him|her|them|that {HUMAN}|the {HUMAN}|his head|her head|his face|her face) (through|out of|out|down|into) (a|the|his|her|their) ~1 (window|windows|wall|windscreen|windshield|door|glass|table|stairs|floor)',
    ]),
    //    threats in slang: "he's a dead man if…", "I'm going to batter him"
    signal('en.others.threat_slang', 'harm_to_others', 'medium', [
      '(hes|he s|shes|she s|theyre|they re|youre|you re|he is|she is) (a )?(dead man|dead woman|dead meat|dead men) (if|when|once|the moment|next time|as soon as)',
      '(im|i m|i am) (stabbing|shooting|strangling|battering|knifing|glassing) (him|her|them|that {HUMAN}|the {HUMAN}) (if|when|next time|tonight|tomorrow|$)',
      '(ill|i ll|i will|im going to|im gonna|i m going to|i m gonna|id|i d) make sure (he|she|they|that {HUMAN}) (never|wont|won t|cant|can t|will never) (walks|walk|talks|talk|sees|see|breathes|breathe|uses (his|her|their) (hands|legs)) again',
      '(do|doing) something to {TARGET} ~3 (wont|won t|will not|never|cant|can t) (recover|forget|walk away|survive)',
      '(want|wanted|wanting|need|needs) (him|her|them|that {HUMAN}|my {PERSON}|the {HUMAN}) dead ($|and|so|because|since|for what|after what|i|already)',
      '(ill|i ll|i will|im going to|im gonna|i m going to|i m gonna|i swear ill|i swear i ll|i swear id|i swear i d|id|i d) (batter|leather|deck|floor|wallop|thump|glass|bottle|brick|knife|stab|kick the shit out of|beat the shit out of|kick the crap out of|beat the crap out of|kick the hell out of|beat the hell out of) {TARGET}',
    ]),
    signal('en.others.lesson', 'harm_to_others', 'low', [
      '(teach|teaching) (him|her|them|that {HUMAN}|the {HUMAN}|those {HUMAN}|that bully|the bully|those bullies|the bullies) ~1 a lesson (he|she|they) (wont|won t|will not|will never|ll never|ll not) forget',
    ]),
    //    someone threatening the poster in veiled words: "he'll make me disappear", "he'll make sure I regret it",
    //    "she'll show me what real pain is", "you'll get what's coming"
    signal('en.abuse.threat_veiled', 'abuse', 'medium', [
      '{HE_WILL} (will|would|is going to|going to|gonna)? make (me|us) (disappear|vanish|go away for good)',
      '{HE_WILL} (will|would|is going to|going to|gonna)? (break|snap|smash|bust|cave in|kick in) my ~1 (legs|leg|arms|arm|neck|face|head|jaw|teeth|skull|nose|fingers|ribs)',
      '{HE_WILL} (will|would|is going to|going to|gonna)? make sure (that )?(i|we) (regret it|regret|suffer)',
      '{HE_WILL} (will|would|is going to|going to|gonna)? show (me|us) what (real )?(pain|hurt|violence|suffering|fear) (is|feels like|looks like|really is)',
      'show (me|us) what real (pain|hurt|violence|suffering|fear) (is|feels like|looks like)',
      '(make|making) (me|us) disappear $',
      '(if|unless) (i|we) ~3 {HE_WILL} (will|would|is going to|going to|gonna)? (switch off|turn off|unplug|take away|cut off|hide|flush|throw away|stop) (my|our) (oxygen|insulin|meds|medication|ventilator|feeding tube|machine|pump|inhaler|epipen|wheelchair|pills)',
      '(said|says|told me|tells me|texted|texting|messaged|warned|warns|saying|threatened|swears|swore|keeps saying) (that )?(i|ill|i ll|i will|id|i d|you ll|youll|you will|youd|you d) (get|be getting|are going to get|gonna get) (whats|what s|what is) coming',
    ]),
    //    "said if I ever…": the condition of a threat, not a hypothetical of the poster's
    neutral('en.neutral.threat_condition', [
      '(said|says|told me|tells me|texted|messaged|warned|warns|saying|threatened|threatens|swears|swore|keeps saying|screamed|yelled) (that )?(if i ever|if ever i|if we ever)',
    ]),
    //    harm to someone pictured, again and again, with a car, a fall, a blade or something in their drink
    signal('en.others.pictured_act', 'harm_to_others', 'medium', [
      '(imagining|imagine|picturing|picture|thinking about|thought about|thoughts about|thoughts of|fantasising about|fantasizing about|fantasise about|fantasize about|daydreaming about|daydream about|dreaming about|dream about) (running|mowing|knocking) {TARGET} (over|down)',
      '(imagining|imagine|picturing|picture|thinking about|thought about|thoughts about|thoughts of|fantasising about|fantasizing about|daydreaming about|dreaming about) (slashing|keying|smashing|torching|burning|wrecking) (his|her|their|my {PERSONS}|the {PERSONS}|that {PERSONS}) ~1 (tyres|tires|car|windows|house|flat|face|head)',
      '(imagining|imagine|picturing|picture|thinking about|thought about|thoughts about|thoughts of|fantasising about|fantasizing about|daydreaming about|dreaming about) (pushing|shoving|throwing|kicking) {TARGET} (down|off|in front of|under) (the|a)',
      '(imagining|imagine|picturing|picture|thinking about|thought about|thoughts about|thoughts of|fantasising about|fantasizing about|daydreaming about|dreaming about) (smashing|punching|slashing|stabbing|breaking|kicking|caving in|bashing) the (face|head|teeth|skull|nose|jaw|throat) of',
      '(imagining|imagine|picturing|picture|thinking about|think about|thought about|thoughts about|thoughts of) (not giving|withholding|hiding|skipping|stopping) (him|her|them) (his|her|their) ~2 ({PILLS}|meds|insulin|oxygen|inhaler|heart meds|injections)',
      '(imagining|imagine|picturing|picture|thinking about|thought about|thoughts about|thoughts of|fantasising about|fantasizing about|daydreaming about|dreaming about) (putting|slipping|mixing|crushing) (something|poison|bleach|antifreeze|{PILLS}|my {PILLS}|his {PILLS}|her {PILLS}) (in|into) (his|her|their) ~1 (tea|coffee|drink|food|dinner|soup|meal|water|juice|shake|wine|beer)',
    ]),
    neutral('en.neutral.pictured_poison', [
      '(imagining|imagine|picturing|picture|thinking about|thought about|thoughts about|thoughts of|fantasising about|fantasizing about|daydreaming about|dreaming about) (putting|slipping|mixing|crushing) (something|poison|bleach|antifreeze|{PILLS}|my {PILLS}|his {PILLS}|her {PILLS}) (in|into) (his|her|their) ~1 (tea|coffee|drink|food|dinner|soup|meal|water|juice|shake|wine|beer)',
    ]),
    //    revenge said as a certainty: raises a weapon at hand, lying in wait or poison to high; never alerts alone
    escalator('en.esc.others_revenge', 'plan', 2, [
      '({HE_IS}|{HE_IS} not|isnt|arent|aint) (not|never)? (walking|getting|going to walk|gonna walk|going to get|gonna get) away (with (it|this|that) )?(this time|again|$)',
      '{HE_WILL} (get|gets|is getting|s getting|going to get|gonna get|is going to get|s going to get) (whats|what s|what is) coming',
      '{HE_WILL} (is going to|s going to|going to|gonna|will)? (know|find out|learn|see) (how it feels|what it feels like|what pain is)',
      '(pays|pay|paying|will pay|ll pay|is going to pay|s going to pay|gonna pay) for (everything|what (he|she|they) did|what (he|she|they) (has|have|s) done|it all|all of it)',
      '(lets|let us) see how (he|she|they|hed|shed) (likes|like) it',
      '{HE_WILL} (is going to|s going to|going to|gonna|will)? (burn|suffer|bleed|hurt|feel it) like (he|she|they|i) (burned|burnt|made me|hurt|did)',
      '(thats|that s|that is) it for (him|her|them)',
      '{HE_IS} (finished|done for|getting it|going to get it|gonna get it) (tonight|today|now|$)',
      '(answers|answer|will answer|ll answer|is going to answer) for (what|it|everything)',
      '(once and for all|for what (he|she|they) did)',
    ], { category: 'harm_to_others', applies: OTHERS }),
    //    the weapon taken, carried or lying ready on the way to someone; the target's haunt watched
    escalator('en.esc.others_armed_more', 'means', 2, [
      '(took|taken|grabbed|got|fetched|picked up) (my|the|his|her|our|my {PERSONS}|my late {PERSONS}|dads|my dads|mums) ~1 {WEAPON} (from|out of|down from|off|out|down)',
      '{WEAPON} (is|s)? (on|in|under|behind) (the|my) ~1 (passenger seat|car|boot|trunk|pocket|jacket|coat|bag|backpack|waistband|van|truck) (and|$|now)',
      '(bats|knifes|guns|hammers|crowbars|axes|rifles|shotguns) (on|in|under) (the|my) ~1 (passenger seat|car|boot|trunk|pocket|jacket|coat|bag|backpack|van|truck)',
      '{WEAPON} (in|is in|s in) (my|his|her) (hand|hands|pocket|jacket) (and|$)',
      '(loaded|loading) (my|the|a|his|her|dads|my dads|my {PERSONS}) ~1 {WEAPON} (and|$)',
      '(petrol|gasoline|gas|lighter fluid|accelerant|white spirit) and (a )?(lighter|matches|match|rag)',
    ], { category: 'harm_to_others', applies: OTHERS }),
    escalator('en.esc.others_lying_in_wait', 'act', 2, [
      '(waiting|parked|sitting|sat|lurking|hiding|standing) (outside|near|across from|opposite|by|at) (the|his|her|their) ~2 (bar|pub|club|gym|house|school|work|office|flat|place|building|door|home|workplace|car|church|shop) (where|that) (he|she|they|the|those)',
      '(on my way|heading|driving|going|walking) (over )?to (the|that|those) (guy|guys|man|men|woman|bastard|bastards|prick|kid|kids|person|people|one|ones) (who|that)',
      '(on my way|heading|driving|going|walking) to the (pub|bar|club|house|school|gym|park|place|flat|office|estate|shop) where (he|she|they|those|the|that)',
      '(waiting|wait) for (him|her|them) to (get home|come home|come out|leave|finish|walk out|get back)',
      '(im|i m|i am) (outside|at|by) (his|her|their) ~1 (flat|house|place|door|work|car|office|school|building)',
      '(im|i am|i m) (going|heading|driving|walking) (over there|round there|up there|up|round|over|in) (now|right now|to end it|to end this|to finish it|to finish this|$)',
    ], { applies: OTHERS }),
    //    poison put in someone's food or drink, as an act (the thought is `en.others.pictured_act`)
    signal('en.others.poison_act', 'harm_to_others', 'medium', [
      '(put|putting|slipped|slipping|tipped|tipping) (a load of|loads of|a handful of|some of|all of|half of|a bunch of|enough of|a few of)? my ~1 ({PILLS}|methotrexate|laxatives|eye drops|oramorph|ketamine|chemo) (in|into) (his|her|their|my {PERSONS}) ~2 (drink|tea|coffee|food|dinner|soup|meal|water|juice|shake|protein shake|wine|beer|whisky|vodka|smoothie)',
      '(putting|slipping|slipped|stirring|stirred|spiking|spiked|dissolving) ~3 (in|into) (his|her|their|my {PERSONS}) ~2 (drink|tea|coffee|food|dinner|soup|meal|water|juice|shake|protein shake|wine|beer|whisky|vodka) (tonight|now|right now|this morning|today|and|$)',
    ]),
    signal('en.others.overdose_other', 'harm_to_others', 'medium', [
      '(give|giving|inject|injecting) (him|her|them|my {KIN}|mum|mom|dad) (all|all of|the whole|every one of|a load of|enough of) (his|her|their|my) ~2 ({PILLS}|oramorph|insulin|patches) ~2 (at once|in one go|all at once|and then (take|swallow|do|kill|end)|then (take|swallow|do|kill|end))',
    ]),
    //    harm to someone being done as the post is written: standing over them with the means
    signal('en.others.act_over_person', 'harm_to_others', 'high', [
      '(standing|stood|leaning|kneeling|sat|sitting|im standing|i m standing) over (him|her|them|my {KIN}) (holding|with) (a|the|his|her|my) (pillow|cushion|knife|hammer|plastic bag|bag|syringe|belt|cord|rope|gun)',
    ]),
    //    violence to others drawn or written about: a warning sign, low
    signal('en.others.drawn', 'harm_to_others', 'low', [
      '(drawing|drew|draws|draw|writing|wrote|writes) (pictures|drawings|stories|lists|notes) (of|about) (hurting|killing|shooting|stabbing|burning) (the|those|his|her|their|people|kids|everyone)',
    ]),
    //    someone locked in by the abuser; violence heard as it happens; the victim not getting up
    signal('en.abuse.locked_in_other', 'abuse', 'medium', [
      '{AGENT} ~2 (locked|has locked|s locked|shut|trapped|locks|shuts) (my|our|her|his) ~1 {KIN} (in|inside) (the|a|her|his|their) ~1 (bathroom|room|bedroom|house|flat|shed|garage|cellar|basement|car|cupboard)',
      '{AGENT} ~2 (threatened|threatens|threatening) to (rape|sexually assault|molest|touch|strangle|choke|drown|smother) (me|us|my {KIN}|her|him)',
      '(threatened|threatens|threatening) to (put|send) (me|us|my {KIN}) (in the ground|in hospital|in a wheelchair|in an early grave|six feet under|in a box)',
      '{AGENT} ~2 (threatened|threatens|threatening|swore|swears) to (smash|break|kick|cave|bash|punch|knock|slit|cut|stamp on) (my|our) ~1 (head|face|teeth|legs|arms|skull|jaw|nose|neck|throat)',
      '{AGENT} ~2 (burns|burned|burnt|burning|scalds|scalded) (her|him|me|them) with (a|his|her|their|the) ~1 (cigarette|cigarettes|cig|cigs|lighter|iron|hot)',
      '(shook|shaken|shaking|smacked|slapped|hit) (her|him|the baby|my baby|them) ~3 (when|because|until) (she|he|they|the baby) (wouldnt|would not|didnt|did not|wont|won t) stop (crying|screaming)',
    ]),
    escalator('en.esc.abuse_implement', 'means', 2, [
      '(belt|stick|cane|whip|cord|wire|cable|poker|iron|bottle) in (his|her|their) (hand|hands)',
    ], { category: 'abuse', applies: ABUSE }),
    escalator('en.esc.abuse_heard', 'act', 2, [
      '(i can hear|can hear|i hear|hearing|i could hear) (her|him|them|my {KIN}|mum|mom|the kids|the baby) (choking|screaming|gasping|begging|being hit|getting hit|crying for help)',
      '(i can hear|can hear it|i can hear it|i hear it|hearing it|i could hear it) (down|on|over|through) (the )?(phone|line|wall|walls|floor|ceiling|door)',
      '(she|he|they|mum|mom|my {KIN}) (is|s|are|re)? (not|isnt|isn t) (getting up|moving|waking up|answering|responding) (and|$|now)',
    ], { applies: ABUSE }),
    signal('en.suicide.rest_myself', 'suicide', 'medium', [
      '(kill|killing|take|taking) me ~3 (ill|i ll|i will|might as well|may as well|im going to|i m going to|gonna) (help|hurry|speed) it (along|up)',
      '(thinking about|thought about|think about|thinking of) (taking|swallowing|injecting|using) ~5 (and|then) (just (going to sleep|go to sleep|drifting off)|never waking up|not waking up|falling asleep for good)',
      '(suicide|suicidal) (plan|plans) (is|are|s)? (set|ready|made|done|final|sorted|in place)',
      'then (take|swallow|drink|inject) the rest (myself|of (it|them) myself|$)',
      '(ill|i ll|i will|im going to|im gonna) take myself out (before (it|i|things|the cancer|this)|first $|$)',
      '(want|wanna) to go before (the|my) (next )?(scan|results|surgery|treatment|diagnosis|decline) (tells|shows|says|comes|confirms|gets|takes|proves)',
      '(picture|picturing|imagine|imagining|thinking about|think about|thought about|want to|wanna) (swerving|crashing|steering|veering) (into|in front of) (the|a|an) ~2 (lorries|lorry|truck|trucks|traffic|oncoming traffic|tree|wall|bridge|river|cliff|bus|barrier|motorway)',
      '(ive been|i ve been|been|im|i m|i am|i have been|started|start|i|ive|i ve) (skipping|skipped|stopped|stopping|not taking|quit|quitting) (taking )?(all )?my (heart|blood pressure|seizure|transplant|anti rejection|epilepsy|thyroid|steroid|bp) (tablets|pills|meds|medication|medicine) ~2 (on purpose|deliberately|intentionally)',
    ]),
    //    an overdose taken in words the act list lacks: half the packet, the whole pen, a count of units, the whole supply
    signal('en.suicide.overdose_more', 'suicide', 'high', [
      '(swallowed|taken|took|downed|necked) (half|most|the rest) (of )?(the|a|my|her|his) (packet|pack|box|bottle|strip|blister|tub|jar) of ~3 {PILLS}',
      '(swallowed|downed|necked) (half|most) (of )?(the|a|my|her|his) (packet|pack|box|bottle|strip|blister|tub|jar) $',
      '(injected|injecting) (my|the|a|his|her) (whole|entire|full) ~2 (pen|pens|vial|vials|cartridge|cartridges|syringe)',
      '(injected|injecting|taken|took|gave myself|given myself|shot up|dosed) <num:150-100000> (units|iu) of (my|his|her|the)',
      '(taken|took|swallowed|downed) (my|her|his|their) (entire|whole) ((months|weeks|month|week) )?(supply|stash|prescription|stock) (of|$)',
      '(taken|took|swallowed|downed) (my|her|his|their) (entire|whole) (box|bottle|packet|pack|tub|jar) of ~2 {PILLS}',
      '(swallowed|taken|took) every (pill|tablet|capsule) (in|from) the (house|flat|cupboard|cabinet|drawer|box|bathroom)',
    ]),
    //    a household poison drunk: an attempt (medium), under way when it was "just" done (high)
    signal('en.suicide.poison_drunk', 'suicide', 'medium', [
      '(drank|drunk|swallowed|downed|necked) (a |half a |some |the )?(cup|glass|mug|bottle|capful|load)? (of )?(bleach|antifreeze|weedkiller|weed killer|paraquat|drain cleaner|rat poison|pesticide|screenwash|window cleaner)',
    ]),
    signal('en.suicide.poison_drunk_now', 'suicide', 'high', [
      '(just|ive just|i ve just|i just|i have just|im|i m|i am) (drank|drunk|swallowed|downed|necked|drinking|swallowing) (a |half a |some |the )?(cup|glass|mug|bottle|capful|load)? (of )?(bleach|antifreeze|weedkiller|weed killer|paraquat|drain cleaner|rat poison|pesticide|screenwash|window cleaner)',
    ]),
    //    on the wrong side of a railing: the act under way
    signal('en.suicide.wrong_side', 'suicide', 'high', [
      'wrong side of the (railing|railings|guard rail|guardrail|safety rail|parapet) (at|on|of|$)',
    ]),
    signal('en.others.armed_leaving', 'harm_to_others', 'medium', [
      '{HE_IS} (just |now |has |has just |s just )?(gone|went|left|headed|heading|walked|run|ran|driven|drove|stormed) (out|off|over|round|next door|outside) ~4 with (the|a|his|her|my|dads) ~1 {WEAPON}',
    ]),
    //    someone with a weapon trying to get at the poster, whatever the weapon
    escalator('en.esc.abuse_forcing_in', 'act', 2, [
      '{HE_IS} (just |now |still |keeps |kept )?(trying to get|trying to break|tried to get|tried to break|forcing (his|her|their) way|trying to force (his|her|their) way|trying to kick) (into|in|through|down) (the|my|our) ~1 (room|bedroom|bathroom|door|house|flat)',
      '(keeps|kept) (trying to get|trying to break|banging|hammering|pounding|kicking) (into|in|on|at|through) (the|my|our) ~1 (room|bedroom|bathroom|door|house|flat)',
    ], { category: 'abuse', applies: ABUSE }),
    //    a blow by the poster to the person in their care ("I lost it and slapped my mum", "I shoved Dad back onto the bed")
    signal('en.abuse.by_carer_more', 'abuse', 'medium', [
      '(slapped|smacked|shoved|thumped|walloped|punched) (him|her|them|mum|mom|dad|nan|gran|grandad|grandpa|grandma|my {KIN}|my {PERSON}) (back )?(down|across the face|in the face|so hard|too hard|harder|hard|onto|into|against|when|because|again|yesterday|today|last night|this morning|$)',
    ]),
    //    bodies thrown, slammed, twisted, pinched, dragged by the hair
    signal('en.abuse.violence_more', 'abuse', 'medium', [
      '(shoved|slammed|threw|flung|hurled|pinned|pushed|knocked|shoves|slams|throws|pushes|pins) (me|her|him|us|mum|mom|my {KIN}) (back )?(into|against|onto|across|down|off|to) (the|a|my|our|her|his) ~1 (wall|walls|dresser|wardrobe|door|floor|counter|worktop|table|bed|stairs|fridge|cupboard|cabinet|radiator|sink|chair|sofa|couch|car|window|ground|bath|tub|bannister|banister|cooker|oven)',
      '(threw|throws|throwing|hurled|chucked|lobbed|flung) (a|my|the|his|her|their) ~1 (phone|plate|glass|bottle|mug|cup|remote|shoe|chair|knife|lamp|bowl|pan|book|laptop|vase|ashtray|jar|stool) at (her|him|them|my {PERSONS}|his {PERSONS}|her {PERSONS}|my|his|her) (head|face|back|$)',
      '(twisted|twists|twisting|bent|bends|wrenched|wrenches|yanked|yanks) (my|her|his) (arm|arms|wrist|wrists|fingers|finger|hand) (till|until|til|behind|back|so hard|hard)',
      '(pinches|pinched|pinching|pinch) (me|him|her|them) (hard|so hard|until|till|when|whenever|every time)',
      '{AGENT} ~2 (put|puts|laid|lays|has put|has laid) (his|her|their) hands on me (again|last night|when|and|$)',
      '{AGENT} ~2 (slaps|smacks|pinches|shoves|punches|kicks|thumps) (her|him|them) (when|if|whenever|every time|because|again|$)',
      '{HE_IS} (hitting|beating|punching|kicking|strangling|choking|slapping|battering) (her|him|them|my {KIN}|mum|mom) (again|right now|now|and|$)',
      '(dragging|dragged|drags|drag|pulling|pulled|pulls|yanking|yanked|yanks) (me|her|him|them|my {KIN}) ~4 by (the|my|her|his|their) hair',
      '(grabs|grabbed|squeezes|squeezed|twists|twisted|pinches|pinched|yanks|yanked|digs into|dug into|grips|gripped) (me|my|her|his) ~1 (arm|arms|wrist|wrists|hand|hands|face|neck|hair|shoulder|shoulders) ~3 (so hard|hard enough|until|till) ~3 (bruise|bruises|bruised|marks|mark|bleed|bled|cry|cried|scream|screamed)',
      '(has|had|puts|put|got|s got|has got|wraps|wrapped|with) (his|her|their) (hands|hand) (around|round|on) (her|his|their|my {PERSONS}|mums|moms|my mums|my moms) (neck|throat)',
      '{AGENT} (is|s)? (smashing|wrecking|trashing|breaking) (the|our|my) ~1 (kitchen|house|flat|place|room|stuff|things|door|doors|furniture) (up )?with (a|the|his|her) ~1 {WEAPON}',
    ]),
    //    control: belongings, medication and company taken from the poster ("took my phone and my binder")
    signal('en.abuse.control_more', 'abuse', 'medium', [
      '(parents|stepparents|family|in laws|husband|wife|partner|boyfriend|girlfriend|son|daughter|carer|brother|sister|mum|mom|dad) ~2 (took|taken|takes|has taken|confiscated|confiscates|hid|hides|locked away|locks away|keeps) my ~3 (hormones|testosterone|estrogen|oestrogen|binder|blockers|passport|bank card|bank cards|pension card|benefits card)',
      '{AGENT} ~2 (takes|took|has taken|keeps taking|steals|stole|pockets|helps (himself|herself) to) my ~1 ({PILLS}|patches|oramorph|morphine|tramadol|codeine|oxycodone|pension|benefits|money) (and gets|and won t|and wont|and refuses|and sells|and uses|and leaves|for himself|for herself|for rent|off me|from me|every month|every week|without asking|$)',
      '{AGENT} ~2 (locks|locked|padlocks|padlocked) (the|my) (fridge|cupboards|food|kitchen|food cupboard)',
      '{AGENT} ~2 (keeps|kept|hides|hid|locks|locked|withholds|withheld) my (epipen|epi pen|inhaler|insulin|oxygen|glucagon|seizure meds|heart meds|blood thinners|nebuliser|nebulizer) (locked|hidden|away|in (his|her|their)|from me|so|until|unless|$)',
      '{AGENT} ~2 (decides|decide|controls|control|chooses|dictates|dictate) ~4 who (i|im|i m) (see|talk to|speak to|can see|am allowed to see|text|message|meet)',
      'who (i|im|i m) (see|talk to|speak to|can see|am allowed to see|text|message|meet) and (when|where|what|whether) (i|im|i m) (go|can|eat|leave|am allowed|wear|spend)',
    ]),
    //    "I'll get them back when…": the condition of a return, not a past ("back when I was 20")
    neutral('en.neutral.get_back_when', ['(get|gets|getting|have|has|having|give|gives) (it|them|those|these|that|everything|my things|my stuff) back (when|once|if|after|as soon as)']),
    //    a warning from a clinician or a coach is advice, not a threat ("my doctor said I'll regret it if I skip it")
    neutral('en.neutral.advice_regret', [
      '({MEDCARE}|physio|dentist|pharmacist|dietitian|dietician|trainer|coach|teacher|mum|mom|dad) (said|says|told me|tells me|warned|warns|warned me|reckons) (that )?(ill|i ll|i will|id|i d|youll|you ll|you will) (regret it|be sorry) if (i|you)',
    ]),
    //    "my last post for a while": a break, not a farewell
    neutral('en.neutral.last_post_break', ['(this is|this will be|thats|my|the) (my )?(last|final) (post|message) ~3 for (a while|now|the time being|a bit|the summer|the holidays|a few (weeks|months|days))']),
    //    goodbyes at a retirement, a move or a new job are no farewell
    dampener('en.context.life_event', 'clarification', [
      '(retiring|retirement|retired|leaving do|leaving party|farewell party|new job|moving house|moving abroad|emigrating|graduating|graduation|maternity leave|going travelling|gap year|on holiday|on vacation|going on holiday|away on holiday)',
    ], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
    //    horseplay told as such: "pinned me to the bed with tickles, we were crying with laughter"
    dampener('en.jest.play', 'jest', [
      '(tickles|tickling|tickle fight|play fight|play fighting|playfight|wrestling|crying with laughter|in stitches|laughing our heads off)',
    ], { scope: 'sentence', applies: ['abuse', 'harm_to_others'] }),
    //    "make my ex pay for half the trip": money, not revenge
    neutral('en.neutral.pay_share', ['(make|making) {TARGET} pay (for )?(half|the bill|their share|his share|her share|the rest|back|child support|maintenance|rent|the fees|towards)']),
    //    "kicking myself for forgetting": an idiom of regret
    neutral('en.neutral.kicking_myself', [
      '(punch|punching|kick|kicking|hit|hitting|slap|slapping) myself (in the head )?for (forgetting|missing|not|being so|leaving|losing|buying|saying|letting)',
      '(keep|keeps|kept|been|started|start) (punching|kicking|hitting|slapping) myself (in the head )?for (forgetting|missing|not|being so|leaving|losing|buying|saying|letting)',
    ]),
    //    a party thrown for someone is no blow
    dampener('en.idiom.threw_party', 'idiom', [
      '(threw|throws|throw|throwing|thrown) (me|us|her|him|them) a (party|surprise party|surprise|birthday party|baby shower|celebration|bbq|barbecue|leaving do|curveball|curve ball|bone|lifeline)',
    ], { scope: 'overlap', applies: ABUSE }),
    //    medication sorted or car keys kept after a seizure by family: care, not control
    dampener('en.context.care_routine', 'clarification', [
      '(sort|sorts|sorted|sorting|organise|organises|organize|organizes|puts|put|counts|counted) (them|it|my pills|my meds|my tablets) (into|in|out into) (the|my|a) ~1 (weekly box|pill box|pillbox|dosette|organiser|organizer|blister pack|pill organiser|pill organizer|tray)',
      '(dvla|dmv|driving ban|not allowed to drive|banned from driving)',
      '(to|from|at) the (pharmacy|chemist|chemists|dispensary)',
      '(in|into) the (fridge|freezer|cool bag)',
      'so (it|they) (stays|stay|keeps|keep) (cool|cold|fresh|safe)',
    ], { scope: 'sentence', applies: ABUSE }),
    //    an accident said as one: a burn while cooking, a child locked in by mistake
    dampener('en.context.accident', 'clarification', [
      '(by accident|accidentally|by mistake|lighting the|while cooking|while ironing|making (dinner|tea|lunch|breakfast))',
    ], { scope: 'sentence', applies: ['self_harm', 'abuse', 'harm_to_others'] }),
    //    a threat laughed off in the same sentence: "she said she'd break my arm if I skipped physio, she's hilarious"
    dampener('en.jest.laughed_off', 'jest', [
      '(shes|she s|hes|he s|theyre|they re|shes such|hes such) (hilarious|joking|kidding|such a joker|a joker|a laugh|a comedian)',
    ], { scope: 'sentence', applies: ['harm_to_others', 'abuse'] }),
    //    "you'll regret it if you don't try it": missing out, not a threat
    dampener('en.idiom.regret_missing', 'idiom', [
      '(regret it|be sorry) if (i|you|we) (dont|don t|do not|never) (try|taste|eat|see|watch|read|go|come|buy|book|get|join|sign up|use|visit)',
    ], { scope: 'sentence', applies: ABUSE }),
    //    a bat, club or stick for a game named in the same sentence is sport, not a weapon
    dampener('en.context.sport', 'clarification', [
      '(softball|baseball|cricket|rounders|golf|hockey|tee ball|t ball|little league|batting|lacrosse|stoolball) (game|match|practice|training|lesson|lessons|session|team|nets|league|tournament|round)',
    ], { scope: 'sentence', applies: WEAPON_CATEGORIES }),
    //    a message or goodbye set to go out later: a farewell prepared, not a mood
    escalator('en.esc.farewell_scheduled', 'farewell', 2, [
      '(scheduled|schedule|scheduling|queued|queue|queueing|timed|set) (them|it|my ~2 (goodbye|farewell|last|final) ~1 (posts|post|messages|message|emails|email|texts|text|letter|letters|notes|note|videos|video)) (to (send|go out|post|publish|go live)|for (tomorrow|tonight|the morning|midnight|{DAY}|after|when))',
      '(goodbye|farewell|final|last) (posts|post|messages|message|emails|email|texts|letters|notes|videos) (are|is|s)? (scheduled|queued|set to send|set to go out|timed)',
      '(last|final) time (ill|i ll|i will|im|i m|i am) (post|posting|be posting|write|writing|log in|logging in) (here|on here|in this group|in the group|$)',
      '(please )?(dont|do not|don t) (try to|come to|come and) (find|look for|save|stop|contact|call|reach) me',
      '(after|when|once|by the time) (im|i m|i am|i have|ive|i ve) (gone|dead|not here|no longer here|left this world)',
      'or ever (again )?$',
      '(wont|won t|will not|never) see (you|any of you|you all|you guys|anyone|you lot) (again|ever again)',
      '(scheduled|queued|timed) (an|a|my) (email|message|text|post|letter|video) (to|for)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    a belonging handed to a relative: weak alone (gifts are ordinary), preparation beside resolve and a time
    escalator('en.esc.given_to_kin', 'preparation', 1, [
      '(gave|given|giving|handed|left) (my|all my) ~1 {BELONGINGS} to (my|a|the) ~1 {KIN}',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.affairs_handed_over', 'preparation', 2, [
      '(sent|emailed|gave|given|texted|handed) (my|her|his|the|them|him) ~2 (the )?(passwords|password|pin numbers|pins|bank details|account details|login details|logins|passcodes) (to|for|of)? ~2 (everything|all my|my accounts|the accounts|my bank|my phone)',
      '(email|emails|letter|letters|voice note) (to|for) ~6 (explaining|to explain) (everything|why)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.farewell_absent', 'farewell', 1, [
      '(wont|won t|will not) be (at|in) (group|the group|church|class|work|school|the meeting|meetup|the meetup) ~2 (next week|tomorrow|on {DAY}|again|anymore|any more)',
      '(please )?(look after|take care of) each other $',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.notes_for_each', 'preparation', 2, [
      '(one|a letter|a note|a card) (for|to) (each|every one) of (the|my) (kids|children|grandkids|grandchildren|family|boys|girls|sisters|brothers)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    setting off to a lonely place now: never alone, an act beside preparation or a farewell
    escalator('en.esc.going_to_place_now', 'act', 1, [
      '(im|i m|i am) (going|heading|walking|driving|off) (to|into|up to|down to) the (woods|forest|lake|river|sea|cliffs|cliff|bridge|tracks|railway|canal|quarry|reservoir|viaduct|moors|beach) (now|tonight|right now|$|behind|by|near|past|at the back of)',
      '(going|jumping|go|jump|climbing) over the (rail|railing|railings|side|edge|barrier|parapet) (once|when|tonight|after|as soon as|$)',
      '(walking|walk|wading|wade|swimming|swim) (into|out into) the (sea|river|lake|ocean|canal|water|reservoir|waves)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    charcoal or fumes in a closed space
    escalator('en.esc.fumes', 'means', 2, [
      '(car|room|tent|bathroom|garage|van) (is )?(full of|filled with) (charcoal|fumes|exhaust)',
      '(bought|lit|lighting|got|have|put) ~2 (charcoal|disposable barbecue|disposable bbq|barbecue|bbq) (in|into|inside) (the|my) (car|tent|room|bathroom|van|bedroom)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    telling one person before: the poster's own farewell, whoever "someone" is
    escalator('en.esc.farewell_told', 'farewell', 2, [
      '(wanted|want|needed) (someone|somebody|one (real )?person|one person|anyone|one of you|you all|you guys) to know $',
    ], { category: 'suicide', person: 'self', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.ligature_bought', 'means', 2, [
      '(bought|got|ordered|picked up) (the|a) (rope|noose|ligature) $',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.farewell_pet', 'farewell', 2, [
      'tell my (cat|dog|cats|dogs|mum|mom|dad|kids|family|wife|husband|sister|brother|boys|girls|son|daughter) (i|that i) love (her|him|them|it)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.goodbye_written', 'preparation', 2, [
      '(written|wrote|writing|drafted|typed|recorded|filmed) (my|the|a|all my|some) ~1 (goodbye|farewell) (posts|post|messages|message|emails|email|texts|letter|letters|notes|note|video|videos)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    //    a warning to friends to stay away from a place, beside a grievance: preparation for an attack
    escalator('en.esc.others_warned_away', 'preparation', 1, [
      '(told|warned|telling|warning|texted|messaged) (my|a few|some|all my|a couple of) ~1 (friends|friend|mates|mate|people|sister|brother|cousin|girlfriend|boyfriend) (not to|to stay away|to stay home|to stay out|to keep away|to skip) ~4 (school|class|college|uni|work|in|the office|tomorrow|on {DAY}|that day|next week)',
    ], { category: 'harm_to_others', applies: OTHERS }),
    escalator('en.esc.others_grievance', 'plan', 2, [
      '(had enough|sick|tired|fed up|done) (of|with) (the )?(bullies|bullying|people at school|kids at school|everyone at school|them all|all of them|those people|everyone there)',
      '(theyll|they ll|they will|theyre going to|they re going to|theyre gonna|everyone will|they ll all|theyll all) (all )?(pay|regret it|be sorry|see|learn)',
    ], { applies: OTHERS }),
    //    self-harm with a named wound and a purpose: held on the hob, boiling water poured, fingers slammed in a door
    signal('en.self_harm.on_purpose', 'self_harm', 'medium', [
      '(held|holding|pressed|pressing|poured|pouring|tipped|slammed|slamming|smashed|smashing|banged|banging|trapped|burned|burnt|burning|scalded|scalding|biting|punched|punching|sliced|stabbed|jabbed|dug|scraped|scraping|scrubbed|scratched|froze|iced) ~3 my (own )?(arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|skin|hips|forearms|forearm|belly|hand|hands|fingers|finger|fist|fists|knuckles|face|chest|foot|feet|palm|palms|shins|shin|head) ~5 (on purpose|deliberately|intentionally|purposely|purposefully|to feel something|to feel pain|to punish myself|as punishment|because i deserved it|because i deserve it|to make it hurt)',
      '(carved|carving|scratched|scratching|etched) ~4 (into|in) my (arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|skin|hips|forearms|forearm|belly|hand|chest|shoulder)',
      '(punched|punching|smashed|smashing|slammed) (my|the|a) ~1 (mirror|mirrors|wall|walls|window|windows|door) (until|till|til) (my|it|the) ~2 (bled|bleeding|split|broke|cracked|swelled|bruised)',
      '(punched|punching|smashed|smashing) ~3 (mirror|mirrors|wall|walls|window|windows) ~8 (stitches|knuckles are|knuckles were|hand is broken|broke my hand|broken my hand|fractured|knuckles split)',
      '(slapped|slapping|hit|hitting|punched|punching|scratched|scratching) myself (across|in) the (face|head) (over and over|again and again|until|till|so hard)',
      '(made|make|making) myself (bleed|bruise|burn) (again|until|till|on purpose|$)',
      '(cut|sliced|slashed|slit) my (wrist|wrists|arm|arms|thigh|thighs|leg|legs|forearm|forearms|stomach) (really |too |so |way |very )?deep',
      '(stubbed|stubbing|stub|put|putting) (a|my|the) (cigarette|cig|fag|joint|lighter) (out )?(on|into|against) my ~1 (arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|skin|hips|forearms|forearm|belly|hand|hands|chest)',
      '(slashed|slashing|slit|slitting|gashed|gashing|stabbed|stabbing) my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|forearm|forearms|belly) (open|with|again|deep|$)',
      '(burning|burned|burnt|burn|scalding|scalded) my ~1 (arms|arm|palms|palm|hands|hand|fingers|legs|leg|thighs|thigh|wrists|wrist|stomach|skin|chest|forearm|forearms) with (a|the|my) ~1 (lighter|cigarette|cig|match|matches|candle|hot spoon|spoon|lighter flame|hot knife|hot coin)',
      '(used|using) (a|the|my) ~1 (compass|razor|blade|blades|pencil sharpener|sharpener|scissors|safety pin|broken glass|glass|lighter) ~4 on my ~1 (arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|skin|hips|forearms|forearm|belly)',
      '(hit|hitting|punched|punching|smacked|smacking|slapped|slapping|beat|beating) myself ~6 (until|till|til) (my|i|it) ~2 (split|bled|bleed|bruised|bruise|swelled|broke|cracked)',
      '(picked|picking|ripped|reopened) ~4 (scars|scar|cuts|cut|wounds|wound|scabs|stitches) ~4 (until|till|til|so) (they|it) ~2 (opened|open|bled|bleed|bleeding|split)',
    ], { person: 'self' }),
    //    "punched my mirror" by the poster, with no purpose said: a warning sign, low
    signal('en.self_harm.punched_things', 'self_harm', 'low', [
      '(punched|punching|put my fist through|put my hand through) (my|the|a) ~1 (mirror|mirrors|window|windows) ($|after|when|because|again|and)',
      '(smashed|punched|slammed|drove|put|rammed) my (fist|fists|hand|hands|head) (into|through) (the|a|my) ~1 (mirror|mirrors|window|windows|wall|walls|door)',
      '(been|started|keep|kept|was) punching (walls|the wall|the walls|mirrors|doors) ($|when|again|until|till|after|whenever|every)',
    ], { person: 'self' }),
    signal('en.self_harm.too_deep_on', 'self_harm', 'medium', [
      '(cut|sliced|went|gone) (way |much |far |a bit |far far )?(too deep|so deep|really deep|deeper than i meant) (on|in|into|across|along) (my|the) ~1 (arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|hips|forearms|forearm|belly|hand|chest)',
      '(about to|bout to) (cut|burn myself|cut myself|slice|hurt myself|self harm) $',
    ]),
    signal('en.self_harm.hair_pulling', 'self_harm', 'low', [
      '(pulling|pulled|pull|ripping|ripped|tearing|tore) (my|out my) hair out (in clumps|until|till|so much|and theres|there s|theres)',
      '(pulling|pulled|pull|ripping|ripped) (out )?(my )?hair out ~6 (bald patch|bald patches|bald spot|bald spots)',
    ], { person: 'self' }),
    signal('en.self_harm.blood_from', 'self_harm', 'high', [
      '(blood|bleeding) (is )?(pooling|pouring|gushing|dripping|everywhere|all over|spurting) ~6 from my (wrist|wrists|forearm|forearms|thigh|thighs|arm|arms)',
    ]),
    //    the act going on as the post is written, on a named part of the body
    signal('en.self_harm.in_progress_more', 'self_harm', 'high', [
      '(im|i am|i m) (scalding|burning|cutting|slicing|carving|scratching|stabbing|hitting|punching|biting) my (arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|skin|hips|forearms|forearm|belly|hand|hands|face|chest) ~5 (right now|now|rn|as i type|as we speak|and i cant stop|and i can t stop)',
    ]),
    //    a wound that will not stop bleeding or is blistering over a large area: the self-harm is an emergency
    escalator('en.esc.self_harm_wound', 'act', 2, [
      '(pressure|a towel|the towel|pressing on it|pressing) (isnt|is not|s not|wont|won t|doesnt|does not|not) (stopping|stop|helping|working) (it|the bleeding)?',
      '(wont|won t|will not|doesnt|does not|isnt|is not) stop (bleeding|pouring|gushing)',
      '(gaping|wide open|i can see fat|see the fat|see fat|see bone|see yellow|see the bone|wont close|won t close|will not close)',
      '(skin|it) (is|s) (coming off|peeling off|falling off|blistered|blistering|weeping) ~4 (sheets|big|large|huge|whole|all over)',
      '(blistered|blistering|weeping|oozing) and (weeping|oozing|blistered|peeling|raw) ~6 (big|large|huge|whole|faint|dizzy|shaking)',
    ], { applies: ['self_harm'] }),
    //    a date or a one-way journey fixed, a spot chosen: plan
    escalator('en.esc.plan_fixed', 'plan', 2, [
      '(set|picked|chose|chosen|fixed) (the|a) (date|day) $',
      '(booked|bought|got) (a|my) one way (ticket|train|train ticket|flight|bus|coach|ferry)',
      '({TIME}|{DAY}) (it|this|everything|it all|all of this|the pain) (all )?(ends|will end|is over|stops|finishes) $',
      '(a )?(fitting|good|perfect|right|nice) day to (stop|go|end it|die|do it|check out)',
      '(once|when|as soon as) (its|it s|it is) (properly |fully |completely )?dark',
      '(cant|can t|cannot) swim and (thats|that s|that is) the (point|idea|plan)',
      '(thats|that s|that is) when (ill|i ll|i will|im going to|im gonna) (join|be with|go to) (him|her|them)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    tablets put by: weak alone (pills are kept everywhere), a plan beside a day or resolve
    escalator('en.esc.means_saved', 'means', 1, [
      '{PILLS} (are|is|s) (all )?(saved|stashed|hidden|stockpiled|saved up|put aside|set aside) (up )?(in|under|behind|inside|$)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    "I've got what I need now": the means obtained, unnamed
    escalator('en.esc.means_obtained', 'means', 1, [
      '(ive|i ve|i have) got what i need (now|$)',
      '(ive|i ve|i have) (got|have)? everything i need $',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    an anchor tested for the poster's weight: the ligature's point prepared
    escalator('en.esc.anchor_tested', 'means', 2, [
      '(checked|tested|made sure|test|testing|checking) (that )?(the|a|my|our) ~2 (beam|beams|rafter|rafters|hook|banister|bannister|tree branch|branch|pipe|railing|door frame|doorframe|bedpost|curtain rod|shower rod|coat hook|clothes rail|closet rod|loft hatch|joist|ceiling hook) ~4 (hold|take|support|bear) my weight',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('en.esc.spot_chosen', 'means', 2, [
      '(know|found|picked|chosen|chose|choose) exactly (which|where|the) (spot|cliff|bridge|edge|drop|ledge|cliffs|stretch of track|crossing)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    the people one lives with sent away for a time: the window made on purpose
    escalator('en.esc.sent_away', 'preparation', 2, [
      '(told|asked|convinced|persuaded|got) (my|the) ~1 (flatmate|flatmates|roommate|roommates|housemate|housemates|partner|wife|husband|mum|mom|dad|parents|family|kids|sister|brother|carer|lodger) (not to come (home|back|round|over)|to stay (away|out|at|with|over)|to go (away|to)|to visit) ~4 (this weekend|tonight|tomorrow|until|till|for the (night|weekend)|on {DAY}|{DAY})',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    //    "wouldn't stop shouting and I…": the negation is about what someone kept doing, not the act that follows
    neutral('en.neutral.would_not_stop', [
      '(wouldnt|would not|wont|won t|will not|didnt|did not|doesnt|does not|couldnt|could not) stop (shouting|screaming|yelling|crying|calling|calling out|moaning|swearing|kicking|hitting|spitting|pacing|talking|asking|wandering|biting|grabbing)',
      '(wouldnt|would not|wont|won t|will not|doesnt|does not) (settle|sleep|calm down|listen|go to sleep|stay in bed|stay put|eat|take (his|her|their) (meds|tablets|pills))',
    ]),
    //    a wound that opened on a named day already past: the day dates it, it does not time a new act
    neutral('en.neutral.dated_wound', ['(opened|opened up|bled|split|split open|broke open|reopened) (again )?(on {DAY}|{DAY} night|last {DAY})']),
    //    arrangements for a celebration are no preparation
    neutral('en.neutral.arrangements_party', [
      '(made|making|sorted|sorting) (the|all the)? arrangements for (mums|dads|moms|the|her|his|our|my) ~2 (<num> th|birthday|party|anniversary|wedding|christening|celebration|reunion|do|holiday|trip)',
    ]),
    //    "he'll break my legs if I ever come out": the condition of someone's threat, not the poster's hypothetical
    blocker('en.block.threat_condition', ['hypothetical'], [
      '(if i ever|if ever i|if we ever) (come out|leave|tell|talk|speak|go|call|report|text|message|date|bring|see|contact|answer|wear)',
    ]),
    //    "if I ever see him…, I'll…": the condition of the poster's own threat, not a hypothetical
    neutral('en.neutral.threat_condition_self', [
      '(if|when|next time) i ever (see|catch|run into|meet|find|bump into) (him|her|them|that {HUMAN}|the {HUMAN}|those)',
    ]),
    // ───────────────────────── subjects and clause boundaries ─────────────────────────
    subject('en.subject.self', 'self', ['(i|im|ive|id|i m|i ve|i d|i am|me|my|myself|mine|meself|myslf|i\'m|i\'ve|i\'d)']),
    subject('en.subject.other', 'other', [
      '(he|she|they|hes|shes|theyre|theyve|theyd|his|her|hers|their|himself|herself|themselves|themself)',
      '(my|our|her|his|their|a) {KIN}',
      '(a|one|another) (member|poster|person|user) (here|in this group|on here|in the group)',
    ]),
    subject('en.subject.generic', 'generic', [
      '(you|your|yourself|youre|you re|youve|u|ur|yall|y all|we|someone|somebody|people|anyone|anybody|a person|folks|patients|survivors|members|some people|most people|those who)',
      '(someone|somebody|anyone|people|those|a person|a loved one|a friend) who',
      '(a|the) (teen|teenager|kid|man|woman|girl|boy|character|guy|soldier|mother|father|widow|student) who',
    ]),
    // a relative after a preposition is an object, not who the post is about ("wrote letters to each of my kids")
    neutral('en.neutral.object_person', ['(to|with|from|of|at) (my|our|her|his|their) {KIN}']),
    boundary('en.boundary', ['(but|though|although|however|except|yet|whereas|unless|whilst|anyway|anyways)']),
    ...EN_EMERGENCY_RULES,
  ],
};
