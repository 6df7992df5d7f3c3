import type { CrisisRule } from '../types.js';
import { ABUSE, blocker, dampener, escalator, MEDICAL, neutral, OTHERS, SELF_HARM_AND_SUICIDE, signal } from './dsl.js';

/** Whoever is in danger from someone else: the abuse and harm-to-others rules raise each other's threats. */
const DANGER_FROM_OTHERS = [...ABUSE, ...OTHERS];
/** A life-sustaining medicine or aid someone else can withhold. */
const CARE = '(meds|medication|medicine|medicines|tablets|pills|insulin|inhaler|epipen|epi pen|oxygen|heart tablets|heart pills|heart meds|seizure meds|parkinsons meds|parkinson s meds|pain relief|painkillers|food|water|{DRUG})';
/** Medicines taken in overdose that `{DRUG}` does not list (UK brand and generic names among them). */
const MORE_DRUGS =
  '(co codamol|cocodamol|co dydramol|naproxen|diclofenac|citalopram|escitalopram|mirtazapine|venlafaxine|duloxetine|olanzapine|risperidone|aripiprazole|temazepam|nitrazepam|antihistamines|piriton|nytol|sominex|iron tablets|beta blockers|blood pressure tablets|blood pressure pills|heart tablets|heart pills|sleeping tablets|sleeping pills|painkillers|antidepressants)';
/** Someone the poster speaks of; the object of care withheld or control. */
const RELATIVE = '(her|him|them|my (mum|mom|dad|mother|father|nan|gran|grandma|grandad|grandpa|daughter|son|sister|brother|wife|husband|partner|aunt|uncle))';

/**
 * English rules for what happens to the body or to someone else: acute medical emergencies, abuse, harm to others and
 * another person in danger now. Kept apart from `en.ts` (suicide and self-harm) so each stays readable; they share
 * its macros. Families, not sentences: a sign plus a second sign or an onset word is high, one routine symptom is at
 * most low; readings with units are judged by range; someone else's danger needs an act or state and a "now".
 */
export const EN_EMERGENCY_RULES: CrisisRule[] = [
  // ───────────────────────── medical: sudden severe headache said in lay words (subarachnoid bleed) ─────────────────────────
  signal('en.emerg.headache_sudden', 'medical_emergency', 'medium', [
    // "like being smacked on the back of the skull", "like someone hit him with a hammer"
    '(headache|head pain|pain in (my|his|her|the back of (my|his|her)) head) ~4 like ~4 (hit|smacked|struck|whacked|punched|kicked|slammed|bashed|clubbed|shot|hammered) ~8 (head|skull|neck|hammer|bat|brick)',
    '(headache|head pain) ~3 (came on|hit|started|struck|exploded|began|arrived) ~3 (suddenly|in seconds|in a second|in a split second|out of nowhere|instantly|all at once|like a (bang|thunderclap|bomb|gunshot|explosion|lightning bolt))',
    '(like|as if|as though) (a bomb|something|a firework|a gun|a balloon|a vessel|a blood vessel|a grenade) (went off|exploded|burst|popped|snapped|going off) (in|inside) (my|his|her|their) head',
    '(sudden|suddenly|out of nowhere|explosive|exploding) ~2 (severe|agonising|agonizing|blinding|excruciating|horrendous|violent|crushing|splitting) (headache|head pain)',
  ]),
  //    signs beside it that make any named emergency high (two of them together are high on their own: engine 4b)
  escalator('en.emerg.neuro_sign', 'symptom', 2, [
    '(seeing|see|sees|saw) (double|two of everything)',
    '(double|blurred double) vision',
    '(stiff neck|neck is stiff|neck went stiff|neck has gone stiff|cant bend (my|his|her) neck|can t bend (my|his|her) neck)',
    '(lost|losing|loss of|gone) (the )?(vision|sight) (in|out of) (one|my|his|her|the)',
    '(one|his|her|my) (pupil|pupils) ~2 (bigger|larger|different sizes|different size|blown|uneven)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('en.emerg.light_pain', 'symptom', 1, [
    '(cant|can t|cannot|couldnt|could not) (look at|stand|bear|tolerate|face) (the )?(light|lights|brightness|daylight)',
    '(light|lights|brightness) (hurts|hurt|is unbearable|are unbearable)',
  ], { applies: MEDICAL }),
  escalator('en.emerg.onset', 'symptom', 1, [
    // the onset told as a moment, with what the person was doing: the clock of an emergency
    '(minutes|mins|an hour|half an hour|<num:1-59> (minutes|mins|min)) ago ~6 (while|when|as) (i|he|she|they) (was|were|lifting|bending|straining|on the toilet|having sex)',
    '(by far|easily|hands down) the (worst|most painful|most severe)',
  ], { applies: MEDICAL }),

  // ───────────────────────── medical: airway after food or a sting, in lay words ─────────────────────────
  escalator('en.emerg.voice_change', 'symptom', 2, [
    '(voice|voice is|voice has|voice s|voices) (gone|going|getting|gone all|sounds|sounding|become|becoming|turned|all|really|very|so)? ~1 (squeaky|hoarse|croaky|raspy|husky|muffled|weird|strange|funny|high pitched|different|tiny|quiet|whispery)',
    '(sounds|sounding) (like )?(hoarse|squeaky|croaky|muffled|strangled|funny|weird|strange|different) (now|suddenly|all of a sudden|after|since|$)',
    '(throat|neck) (feels |is |s |getting |going )?(tight|tighter|thick|scratchy and tight|like its closing|like it s closing|like it is closing)',
    '(drooling|dribbling) and (cant|can t|cannot|wont|won t) swallow',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('en.emerg.allergen', 'symptom', 1, [
    // a word or two between, never a free gap: "after", "had" and "ate" start too many sentences
    '(after|since|from) (eating|having|trying|tasting)? (the|some|a|his|her|my|that)? (peanut|peanuts|nut|nuts|cashew|cashews|sesame|satay|shellfish|prawn|prawns|shrimp|lobster|crab|mussels|egg|eggs|kiwi|bee sting|wasp sting|sting|new antibiotic|penicillin|amoxicillin|contrast dye|peanut sauce|satay sauce)',
    '(ate|eaten|had|tried|tasted|bit into|a bite of) (a|an|some|the|his|her|my|two|three)? (peanut|peanuts|nut|nuts|cashew|cashews|sesame|satay|shellfish|prawn|prawns|shrimp|cookie|biscuit|cake|brownie|sweet|curry|something with nuts)',
    '(stung|got stung|was stung) (by )?(a )?(bee|wasp|hornet)',
  ], { applies: MEDICAL }),

  // ───────────────────────── medical: acute signs, whoever has them ─────────────────────────
  //    two of them together are an emergency (engine: acute signs together); one raises a named emergency
  escalator('en.emerg.acute_sign', 'symptom', 2, [
    '(wont|won t|will not|cant|can t|cannot|unable to|not able to|refuses to|struggling to) swallow',
    '(harder|hard|difficult|difficulty|trouble) (to )?(swallow|swallowing)',
    '(lips|lip|tongue|throat|face|mouth|eyes|eyelids) ~3 (swelling|swollen|massive|huge|puffy|puffing up|closing up|blowing up|ballooning|fat|thick|enormous|twice the size|swollen up)',
    '(eyes|eye) (are |keep |keeps |started |start |s )?(rolling|rolled) (back)?',
    '(making|just making) (grunting|gurgling|snoring|strange|weird|odd|rattling) (noises|sounds)',
    '(breathing|breaths|breath) (is |are |s )?(really |very |so )?(deep and fast|fast and deep|fast and shallow|shallow and fast|rapid and shallow|weird|strange|odd|funny|irregular|rattly|rattling|gasping|laboured|labored)',
    '(breathes|breathing) (strangely|oddly|funny|weirdly|really slowly|so slowly)',
    '(breath|he|she|it) (smells|smell) (like|of) (nail varnish|nail polish|pear drops|acetone|fruit|nail varnish remover|nail polish remover)',
    '(meter|ketone meter|glucometer|monitor|libre|dexcom|cgm|reading) (just )?(says|reads|shows|showing|saying|reading) (hi|lo) $',
    '{BLOODSUGAR} (is|s|has been|have been|was|been|reading|reads|says|showing|shows|just says) (hi|lo) (all|for|since|and|$)',
    '(breathing|panting|puffing|breathes) like (she s|he s|shes|hes|she has|he has|she d|he d|shed|hed|i ve|ive|theyve|they ve) (just )?(run|ran|been running) (a marathon|a race|for miles|up a hill|up the stairs)',
    '(knocked|hit|banged|bumped|cracked|smacked) (his|her|their) head (getting|climbing|when|while|as|on the way|falling)',
    '(keeps|keep|kept|is) (repeating himself|repeating herself|repeating themselves|asking the same (question|questions|thing))',
    '(fell|fallen|tripped|slipped|came off) ~8 (hit|banged|bumped|cracked|smacked|knocked) (his|her|my|their) head',
    '(and|then) (hit|banged|bumped|cracked|smacked|knocked) (his|her|my|their) head (on|against|hard|$)',
    '(hit|banged|cracked|smacked|knocked) (his|her|their) head (on|against) (the )?(floor|kitchen floor|bathroom floor|ground|pavement|concrete|kerb|curb|tiles|radiator|corner|step|steps|stairs|bath|toilet)',
    '(shaking|shivering|shivers|rigors|teeth chattering) (under|beneath) ~2 (blankets|duvets|duvet|covers)',
    '(shaking|shivering) (uncontrollably|and cant stop|and can t stop)',
    // sepsis in lay words: mottled skin, no urine for a day
    '(skin|legs|knees|arms|hands|feet|body) ~2 (mottled|blotchy and blue|blotchy and purple|purple and blotchy)',
    '(hasnt|has not|havent|have not|hasn t|haven t|not) (peed|weed|wee d|urinated|had a wee|had a pee|had a wet nappy|had a wet diaper|needed the toilet) ~3 (all day|since|in <num> hours|for <num> hours|today|for hours)',
    // too breathless to speak
    '(cant|can t|cannot|unable to|couldnt|could not) (finish|complete|get out|get through) (a|his|her|my|the|their) (sentence|sentences|words)',
    '(too) (breathless|out of breath|short of breath|puffed) to (talk|speak|walk|finish)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    a rash that does not fade under a pressed glass (meningococcal sepsis) is an emergency by itself
  signal('en.emerg.rash_glass', 'medical_emergency', 'high', [
    '(rash|spots|marks|blotches) ~6 (doesnt|does not|dont|don t|wont|won t|didnt|did not|isnt|is not|not) (fade|fading|go away|disappear|blanch|blanching|go white) ~6 (glass|tumbler|press|pressed|pressing)',
    '(non blanching|nonblanching|non blanching purple|purpuric) (rash|spots)',
  ]),
  //    a head knock or a bleed on blood thinners is an emergency by itself (with any other strong sign, high)
  escalator('en.emerg.anticoagulated', 'symptom', 2, [
    '(on|takes|taking|started) (blood thinners|anticoagulants|warfarin|apixaban|eliquis|rivaroxaban|xarelto|clopidogrel|edoxaban|dabigatran)',
  ], { applies: MEDICAL }),
  escalator('en.emerg.acute_context', 'symptom', 1, [
    '(been|was|is|has been|have been) (sick|vomiting|throwing up) (twice|three times|again|all morning|all day|all night|<num:2-20> times)',
  ], { applies: MEDICAL }),
  //    an overdose of a medicine the shared drug list does not name: the container gives the amount
  signal('en.emerg.overdose_container', 'suicide', 'high', [
    `(took|taken|swallowed|downed|necked|popped) (a|the|her|his|their|my|a whole|the whole|two|three) (packet|packets|box|boxes|bottle|bottles|strip|strips|blister pack|tub|pot) of (her|his|their|my|the)? ${MORE_DRUGS}`,
  ]),
  escalator('en.emerg.overdose_container_medical', 'act', 2, [
    `(took|taken|swallowed|downed|necked|popped) (a|the|her|his|their|my|a whole|the whole|two|three) (packet|packets|box|boxes|bottle|bottles|strip|strips|blister pack|tub|pot) of (her|his|their|my|the)? ${MORE_DRUGS}`,
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),
  //    someone else's overdose told in two parts: "taken a few extra of his tablets and all his sleeping pills"
  escalator('en.emerg.overdose_and_all', 'act', 2, [
    '(took|taken|swallowed|downed) ~6 (and|plus) all (of )?(his|her|their|my|the) ~2 {PILLS}',
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),

  // ───────────────────────── medical: readings with units, judged by range ─────────────────────────
  //    blood ketones ≥ 3 mmol/L is ketoacidosis; 1.5–2.9 is the warning band (a keto diet's readings: see below)
  signal('en.emerg.ketones_high', 'medical_emergency', 'high', [
    '(ketones|ketone|blood ketones|ketone level|ketone levels|ketone reading|ketone meter) (is|are|of|at|reading|read|reads|were|was|showing|shows|says|just|now|up to|went up to|over|above)? <num:3-20>',
    '(ketones|ketone) ~3 (says|reads|showing|shows) (hi|high) $',
  ]),
  signal('en.emerg.ketones_warning', 'medical_emergency', 'medium', [
    '(ketones|ketone|blood ketones|ketone level|ketone levels|ketone reading) (is|are|of|at|reading|read|reads|were|was|showing|shows|says|just|now|up to|went up to)? <num:1.5-2.9>',
    '(large|high|moderate|massive|dark purple|purple) (urine )?ketones',
  ]),
  //    a high sugar in mmol/L with signs of ketoacidosis (deep breathing, vomiting, drowsy) is an emergency
  signal('en.emerg.hyperglycemia', 'medical_emergency', 'medium', [
    '{BLOODSUGAR} (is|s|was|at|of|reading|reads|read|says|showing|shows|hit|went up to|up to|over|above|just|still)? ~1 <num:18-35> ~8 (ketones|vomiting|throwing up|being sick|breathing fast|breathing deep|deep breaths|drowsy|confused|cant stop drinking|can t stop drinking)',
    '{BLOODSUGAR} (is|s|was|at|of|reading|reads|read|says|showing|shows|hit|went up to|up to|over|above|just|still)? ~1 <num:300-900> ~8 (ketones|vomiting|throwing up|being sick|breathing fast|breathing deep|deep breaths|drowsy|confused)',
  ]),
  //    a sugar of 10–19 is mmol/L and high (a meter shows LO below 20 mg/dL), not the mg/dL hypo that the bare-number
  //    rule reads; it alerts only with the signs above. Longer than the reading it shadows: its owner or a word after it
  neutral('en.emerg.sugar_mmol_high', [
    '(my|his|her|their|the|our|sons|daughters|son s|daughter s) {BLOODSUGAR} (is|s|was|at|of|reading|reads|read|says|showing|shows|hit|went up to|up to|running|sitting at|around|about)? <num:10-19>',
    '{BLOODSUGAR} (is|s|was|at|of|reading|reads|read|says|showing|shows|hit|went up to|up to|running|sitting at|around|about)? <num:10-19> (mmol|mmol l|mmols|after|this|today|all|since|and|but|so|on|at|before|again|which|ish|now)',
  ]),
  //    a mild low already treated ("3.8 so I had some jelly babies") is routine
  neutral('en.emerg.hypo_treated', [
    '{BLOODSUGAR} (is|s|was|at|of|dropped to|went to|down to|hit|reading)? <num:3-3.9> ~3 (so|and|then) (i|he|she|we|they) ~2 (had|ate|drank|took|gave|treated|grabbed|got|necked)',
  ]),
  //    oxygen saturation: below 90 % is an emergency, 90–92 a warning
  signal('en.emerg.sats_low', 'medical_emergency', 'high', [
    '(sats|sat|saturation|saturations|oxygen|oxygen level|oxygen levels|o2|spo2|sp02|pulse ox|oximeter|oxygen sats) (is|are|s|was|were|at|of|reading|reads|read|says|showing|shows|dropped to|down to|dropping to|only|just|keeps dropping to|keep dropping to|on the oximeter)? <num:50-89>',
    '(sats|saturation|oxygen|o2|spo2) ~4 (in the|into the) (70s|80s|low 80s|high 80s|mid 80s)',
  ]),
  signal('en.emerg.sats_warning', 'medical_emergency', 'medium', [
    '(sats|sat|saturation|saturations|oxygen level|oxygen levels|o2|spo2|sp02|oxygen sats) (is|are|s|was|were|at|of|reading|reads|read|says|showing|shows|dropped to|down to|only|just)? <num:90-92>',
  ]),
  //    a reading said to be the person's usual (lung disease lives at 88–92 %)
  dampener('en.emerg.baseline', 'clarification', [
    '(normal|usual) for (me|him|her|them)',
    '(which is|that s|thats|that is|its|it s) (my|his|her|their) (usual|normal|baseline|target)',
    '(in|within) (my|his|her|their|the) target range',
  ], { applies: MEDICAL }),
  //    a fever during chemotherapy (neutropenic sepsis until proven otherwise), in °C or °F, either order
  signal('en.emerg.fever_chemo', 'medical_emergency', 'high', [
    '(temp|temperature|fever|temps) ~3 <num:38-43> ~8 (chemo|chemotherapy|infusion|transplant|immunotherapy|neutropenic|my counts|the counts)',
    '(temp|temperature|fever|temps) ~3 <num:100.4-110> ~8 (chemo|chemotherapy|infusion|transplant|immunotherapy|neutropenic)',
    '(chemo|chemotherapy|infusion|transplant|immunotherapy) ~8 (temp|temperature|fever|temps) ~3 (<num:38-43>|<num:100.4-110>)',
    '(temp|temperature|fever|temps) ~3 (<num:38-43>|<num:100.4-110>) ~4 day <num:1-30> ~4 (chemo|chemotherapy|cycle|infusion|treatment)',
    '(chemo|chemotherapy|infusion|cycle) ~6 (spiked|spiking|running|got|have|has|had) (a )?(fever|temperature|temp) (of )?(<num:38-43>|<num:100.4-110>)',
  ]),
  //    the same across a clause: any fever of 38 and treatment that lowers immunity are two strong signs (engine 4b)
  escalator('en.emerg.fever', 'symptom', 2, [
    '(temp|temperature|fever|temps) (is|s|was|of|at|hit|reached|spiked to|went up to|up to|reading|reads)? (<num:38-43>|<num:100.4-110>)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('en.emerg.immunosuppressed', 'symptom', 2, [
    // being on it now ("on chemo", "day 10 after chemo"), not its after-effects ("still vomiting after chemo")
    '(on|having|doing|during|mid|in the middle of) (chemo|chemotherapy|immunotherapy)',
    '(day|week) <num:1-30> (of|after) (chemo|chemotherapy|the cycle|my cycle|her cycle|his cycle|the round)',
  ], { applies: MEDICAL }),
  //    a fever in a baby under three months is an emergency whatever else
  signal('en.emerg.fever_infant', 'medical_emergency', 'high', [
    '(<num:0-12> (week|weeks|wk|wks) old|<num:0-2> (month|months|mo) old|newborn|new born) ~8 (temp|temperature|fever) ~3 (<num:38-43>|<num:100.4-110>)',
  ]),
  //    a body temperature below 35 °C is hypothermia
  signal('en.emerg.hypothermia', 'medical_emergency', 'medium', [
    '(temp|temperature|body temperature|core temp) (is|s|was|of|at|dropped to|down to|only|reading|reads)? <num:28-34.9> (and|degrees|c|$|even|with|despite)',
  ]),
  //    teaching and leaflets: the numbers above read as instructions, not as a reading
  dampener('en.emerg.instructions', 'education', [
    '(call|ring|phone|contact|go to|seek help|get help|page) ~4 (if|when|once) (your|you|a|the|their|his|her|his or her)? ~1 (temp|temperature|fever|sats|oxygen|sugar|ketones|blood sugar)',
    '(ketones|sats|temp|temperature) ~3 (over|above|below|under) <num> (means|is|are|counts as)',
  ], { applies: MEDICAL }),
  //    ketones measured on a diet are the point of the diet (a neutral, so a fast does not hide a real low sugar)
  neutral('en.emerg.ketones_diet', [
    '(ketones|ketone|blood ketones|ketone level|ketone levels) (is|are|of|at|reading|were|was)? <num:0-6> ~6 (keto|ketosis|ketogenic|low carb|fasting|carnivore)',
    '(keto|ketosis|ketogenic|low carb|fasting|carnivore) ~6 (ketones|ketone|blood ketones) (is|are|of|at|reading|were|was)? <num:0-6>',
  ]),

  // ───────────────────────── medical: blood loss, missed critical doses, slow warnings ─────────────────────────
  //    bleeding with faintness, or an amount of blood told as a scene: an emergency whatever caused it (self-harm too)
  signal('en.emerg.blood_loss', 'medical_emergency', 'high', [
    '(bleeding|bled|blood everywhere|so much blood|a lot of blood|losing blood|lost blood|soaked through|soaked thru|soaking through|bled through) ~8 (dizzy|faint|lightheaded|light headed|woozy|going grey|going gray|vision going|seeing spots|passing out|blacking out)',
    '(dizzy|faint|lightheaded|light headed|woozy) ~8 (bleeding|so much blood|a lot of blood|losing blood|lost blood|soaked through)',
  ]),
  signal('en.emerg.blood_scene', 'medical_emergency', 'medium', [
    '(theres|there s|there is|so much|a lot of|loads of|lots of|a pool of|pools of) blood (in the water|in the bath|in the sink|on the floor|all over|everywhere|on the bed|on the sheets)',
  ]),
  //    a critical medicine missed for days (Parkinson's, epilepsy, steroids, insulin, transplant) makes any sign urgent
  escalator('en.emerg.critical_dose_missed', 'symptom', 2, [
    '(hasnt|has not|havent|have not|not|no|wasnt|weren t|werent|was not|were not) (had|given|been given|taken|got|gotten) (me|her|him|them)? (my|her|his|their|any)? ~1 (parkinsons|parkinson s|seizure|epilepsy|anti seizure|insulin|steroid|steroids|hydrocortisone|transplant|anti rejection|heart|levodopa|sinemet|madopar) ~1 (meds|medication|medications|tablets|pills|doses|dose)? (since|for|in) ~2 (days|day|friday|monday|tuesday|wednesday|thursday|saturday|sunday|yesterday|the weekend|<num> days|<num> doses)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    a symptom that comes and goes over days, or only on exertion, is a reason to see the doctor soon: one level down
  dampener('en.emerg.intermittent', 'clarification', [
    '(on and off|off and on|comes and goes|coming and going|now and then|every now and then) (for|over) ~2 (days|weeks|a few days|a couple of days|a week|two days|three days|<num> days|<num> weeks|a fortnight)',
  ], { scope: 'sentence', effect: 'lower', applies: MEDICAL }),
  //    faintness only on standing up, or since a new medicine, is a side effect to report: the symptom words inside
  //    these phrases are not the acute signs that raise an emergency (the longer warnings above still read them)
  neutral('en.emerg.postural', [
    '(keep|keeps|kept|been|getting|get|gets|nearly|almost) (dizzy|lightheaded|light headed|faint|fainting|passing out|blacking out|nearly blacking out|nearly passing out|almost passing out|almost blacking out) ~4 (when|every time|whenever|each time|if) (i|he|she|they) (stand|stands|get|gets|sit|sits)',
    '(dizzy|lightheaded|light headed|faint|woozy|dizzy spells) (since|after)',
  ]),
  //    confusion that comes every evening (sundowning) is a change to report, not the acute confusion of an emergency
  neutral('en.emerg.confused_evenings', [
    '(more|increasingly|very|really|so|a bit|a little) confused (in the evenings|in the evening|at night|every evening|each evening|by the evening|towards evening|when it gets dark)',
  ]),
  signal('en.emerg.swallow_barely', 'medical_emergency', 'low', [
    '(can|could) (barely|hardly|only just) (swallow|breathe|speak|talk)',
  ]),
  //    slow warnings worth a call to the doctor, not an ambulance: exertional chest pain, falls after a new medicine,
  //    numbness or weakness creeping upwards
  signal('en.emerg.slow_warning', 'medical_emergency', 'low', [
    '(chest) (twinge|twinges|twinging|ache|aches|aching|tightness|discomfort|niggles|pains|pain|pressure) ~8 (stairs|climb|climbing|walk uphill|uphill|hill|hills|exercise|exertion|exert|carry|carrying)',
    '(chest) (twinge|twinges|twinging|ache|aches|aching|tightness|discomfort|niggles|pains|pain|pressure) (on and off|off and on|now and then|every now and then) ~8 (stairs|climb|climbing|walk uphill|uphill|hill|hills|exercise|exertion|exert|carry|carrying)',
    '(keeps|keep|kept|has been|have been|been) (falling|falling over|having falls|collapsing) ~8 (since|after) ~3 (meds|medication|medicine|tablets|dose|they changed|started|new|changed)',
    '(keep|keeps|kept|been|getting|get|gets|nearly|almost) (dizzy|lightheaded|light headed|faint|fainting|passing out|blacking out|nearly blacking out|nearly passing out|almost passing out|almost blacking out) ~4 (when|every time|whenever|each time|if) (i|he|she|they) (stand up|stands up|get up|gets up|sit up|sits up)',
    '(dizzy|lightheaded|light headed|faint|woozy|dizzy spells) (since|after) (starting|i started|he started|she started|changing|the new|my new|her new|his new|they changed|upping|increasing|going up on) ~4 (pills|meds|medication|tablets|dose|{DRUG})',
    '(numbness|numb|tingling|weakness|pins and needles) ~6 (crept|creeping|spread|spreading|moved|moving|gone|going|climbing|climbed) up (to|into|past) (my|his|her|their|the) (knees|knee|thighs|hips|waist|elbows|shoulders|legs|arms|chest)',
  ]),

  // ───────────────────────── someone else in danger now: a farewell message and silence ─────────────────────────
  //    "texted 'I'm sorry, look after the boys' and isn't answering": the message (weight 2) and the silence (act)
  //    together are high; each alone alerts nothing
  escalator('en.emerg.farewell_text', 'farewell', 2, [
    '(texted|messaged|sent|wrote|left|voicemailed|whatsapped|rang and said|called and said) (me|us|her|him|them|my {PERSON})? ~2 (im|i m|i am)? (so |really |truly )?(sorry|sorry for everything|goodbye|bye|forgive me) $',
  ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),
  escalator('en.emerg.not_answering', 'act', 1, [
    // someone else's silence: "he's not answering", "she won't pick up" (not the poster's own "I'm not answering")
    '{HE_IS} (not|isnt|is not|s not|still not|hasnt been|has not been|stopped|no longer) (answering|picking up|replying|reading my messages|opening the door|answering the door)',
    '(he|she|they) (wont|won t|will not|doesnt|does not|isnt|is not) (pick up|answer|reply|open the door)',
    '(her|his|their) phone (is |s |goes |going |keeps going |went )?(straight )?to (voicemail|answerphone)',
  ], { category: 'suicide', person: 'other', applies: SELF_HARM_AND_SUICIDE }),

  // ───────────────────────── abuse: a child shut out, left, or threatened ─────────────────────────
  signal('en.emerg.child_shut_out', 'abuse', 'medium', [
    '({CHILD}|kid|kids|child|children|toddler|little (boy|girl|one)|the (boy|girl|baby)) ~4 (locked|shut|left|put|kept|stuck|made to stand|made to sleep|sent) (out|outside) (on|in|into) (the|their|a|his|her)? ~1 (balcony|garden|yard|back yard|backyard|street|porch|cold|snow|rain|sleet|hall|stairwell|car)',
    '(locked|shut|left|put|kept) ({CHILD}|(their|his|her|my|our|the) ~2 (kid|kids|child|children|boy|girl|son|daughter|toddler|baby|little one|<num:1-12> year old)) (out|outside) (on|in|into) (the|their|a|his|her)? ~1 (balcony|garden|yard|back yard|backyard|street|porch|cold|snow|rain|sleet|hall|stairwell|car)',
    '({CHILD}|kid|child|toddler|little (boy|girl|one)) ~6 (on|in) (the|their|a) (balcony|garden|yard|porch) ~6 (door|doors) (locked|shut|bolted) (from )?(inside|behind)?',
    '(door|doors) (is |s |was )?(locked|shut|bolted) from (inside|the inside) ~8 ({CHILD}|kid|child|toddler|crying|screaming|banging)',
  ]),
  signal('en.emerg.child_shut_in', 'abuse', 'medium', [
    '(has|has got|s got|got|keeps|kept) ({CHILD}|my (little )?(brother|sister)|the (kid|kids|child|children|baby)) (locked|shut) (in|inside|up in) (the|a|his|her|their)? ~1 (shed|garage|basement|cellar|cupboard|closet|room|bedroom|bathroom|car|attic|cage|crate)',
  ]),
  //    a child left in a car: danger with heat or time (act + exposure), a minute at the petrol station alone is not
  escalator('en.emerg.child_in_car', 'act', 2, [
    '(leaves|left|leaving|locked|locks) ({CHILD}|(her|his|their|the) ~2 (baby|toddler|kid|kids|child|children|<num:0-12> year old|little one)) (alone )?(in|inside) (the|a|her|his|their) (car|van|truck)',
  ], { category: 'abuse', applies: ABUSE }),
  escalator('en.emerg.exposure', 'act', 1, [
    // exposure to cold or the time it has lasted: a child at risk now
    '(in|into) the (sleet|snow|freezing rain|freezing cold|cold|rain|hail|frost|dark)',
    '(in just|only in|wearing only|in only|just in) (a |his |her |their )?(t shirt|tshirt|tee|nappy|diaper|pyjamas|pajamas|pjs|underwear|vest|socks)',
    '(no|without a|without any|without) (coat|shoes|jacket|clothes on)',
    '(in this heat|in the heat|in a heatwave|boiling hot|baking hot|roasting hot|with the windows up|in the sun|in full sun)',
    // how long it has lasted so far, told as now ("it's been 40 mins"), not a habit ("for hours")
    '(its|it s|it has|has|have|been) (been )?(over |more than |nearly |almost )?(<num:15-600> (mins|minutes)|an hour|hours|<num:1-12> hours)',
  ], { applies: ABUSE }),
  //    a child's disclosure, told by the adult they told
  signal('en.emerg.child_disclosed', 'abuse', 'medium', [
    '(said|says|told me|told us|told her teacher|told his teacher|told the teacher|disclosed|admitted) (that )?(her|his|my|their|the|a|an) ~2 (touches|touched|touching|has been touching|hurts|hurt|hits|hit|is hurting) (her|him|them) (when|at night|inappropriately|where|down there|in the bath|while|$)',
  ]),
  //    a child without food, drink or changing, with nobody able to care
  signal('en.emerg.child_unfed', 'abuse', 'medium', [
    '({CHILD}|baby|toddler|kids|children|little one|the baby|the kids|the children|the toddler) ~3 (hasnt|has not|havent|have not|hasn t|haven t) (been fed|eaten|had anything to eat|had food|had a drink|had anything to drink|been changed|had a nappy change|had a clean nappy) (since yesterday|since last night|for days|for two days|for a day|in days|for <num:2-30> days|for <num:12-96> hours)',
  ]),
  //    …unless an illness explains it ("hasn't eaten since yesterday, tummy bug"; not "ill", which is how "I'll" reads)
  dampener('en.emerg.child_ill', 'clarification', [
    '(bug|virus|teething|sick|poorly|fever|temperature|vomiting|refuses|refusing|wont eat|won t eat|fussy|appetite|tonsillitis|hand foot and mouth)',
  ], { scope: 'sentence', applies: ABUSE }),
  escalator('en.emerg.carer_incapacitated', 'act', 1, [
    '(mum|mom|dad|mother|father|parent|parents|carer|babysitter|she|he|they|the mum|the mom|the dad|her mum|his mum|her dad|his dad) (is|s|are|re|was|were) (passed out|out cold|blackout drunk|too drunk|wasted|off (her|his|their) face|unconscious) (drunk|again|on the sofa|on the floor|$)?',
  ], { applies: ABUSE }),
  signal('en.emerg.threat_child', 'abuse', 'medium', [
    // a threat against a child by the act itself: "he'll throw her over", "said he'd drown the baby"
    '{HE_WILL} ~1 (will|ll|would|d|is going to|going to|gonna)? (throw|drop|chuck|push|hold) (her|him|them|the baby|the kid|the kids|my (baby|son|daughter|kid|kids)) (over|off|out of|down|under|in the)',
    '{HE_WILL} ~1 (will|ll|would|d|is going to|going to|gonna)? (drown|smother|suffocate|shake|starve) (her|him|them|the baby|the kid|the kids|my (baby|son|daughter|kid|kids))',
  ]),

  // ───────────────────────── abuse: control, confinement and care withheld from someone else ─────────────────────────
  signal('en.emerg.care_withheld_other', 'abuse', 'medium', [
    `(carer|care assistant|caregiver|care giver|care worker|home help|aide|staff|he|she|they|{PERSON}) ~2 (stopped|stops|hasnt|has not|havent|have not|wont|won t|will not|refuses to|refused to|keeps forgetting to) (giving|give|given|letting|let) ~1 ${RELATIVE} ~3 ${CARE}`,
    // "isn't giving her her meds" only with how long or on purpose ("not giving him his tablets with food" is a change)
    `(carer|care assistant|caregiver|care giver|care worker|home help|aide|staff|he|she|they|{PERSON}) ~2 (isnt|is not|not|s not|arent|are not) (giving|letting) ~1 ${RELATIVE} ~1 ${CARE} (since|for|at all|on purpose|deliberately|any more|anymore|$)`,
    `(hides|hid|hidden|hiding|withholds|withheld|withholding|locks away|locked away|keeps back|kept back|rations|rationing) (her|his|their|mums|mum s|dads|dad s|my (mum|mom|dads|mums|dad s|mum s)) ~2 ${CARE}`,
    `(hasnt|has not|havent|have not) (had|been given|got|gotten) (her|his|their|my|any) ~2 ${CARE} (since|for|in) ~2 (days|day|friday|monday|tuesday|wednesday|thursday|saturday|sunday|yesterday|the weekend|<num> days)`,
  ]),
  escalator('en.emerg.aid_taken', 'act', 1, [
    // the aid that keeps a disabled person safe, taken away: they cannot get help or get out
    '(took|taken|takes|taking|hid|hidden|hides|removed|removes|locked away|locks away|moved) (away )?(my|her|his|their|mums|dads) ~1 (wheelchair|chair|walker|walking frame|frame|zimmer|zimmer frame|stick|cane|crutches|hearing aids|glasses|mobility scooter|call button|alarm|pendant|pendant alarm|commode|hoist)',
    '(since) (friday|monday|tuesday|wednesday|thursday|saturday|sunday|the weekend|last week)',
  ], { applies: ABUSE }),
  signal('en.emerg.elder_neglect', 'abuse', 'medium', [
    '(leaves|left|leaving|keeps) (her|him|them|mum|mom|dad|nan|gran|grandma|grandad|my (mum|mom|dad|nan|gran|grandma|grandad)) (in|lying in|sitting in) (wet|soiled|dirty) (sheets|pads|pad|clothes|bed|nappy|nappies)',
    '(carer|care worker|caregiver|aide|home help|son|daughter|nephew|niece|grandson|granddaughter|brother|sister) ~2 (stealing|steals|stole|pocketing|pockets|helping (himself|herself) to|been taking|keeps taking) (her|his|their|nans|grans|mums|dads|my (mum|mom|dad|nan|gran|mums|moms|dads|nans|grans)) ~1 (pension|benefits|savings|money|bank card|cards|jewellery)',
  ]),
  signal('en.emerg.control_other', 'abuse', 'medium', [
    // control of another adult told by a relative: "won't let my daughter see us or have her own bank card"
    '{AGENT} ~2 (wont|won t|will not|doesnt|does not|never) (let|allow) (her|him|my {KIN}) (to )?(see|have|leave|go out|talk to|call|visit|work|drive|use|keep) ~3 (us|her friends|his friends|friends|family|her family|his family|own money|own bank card|bank card|her own|his own|a phone|her phone|his phone|the house|anyone|money)',
    '{AGENT} ~2 (checks|reads|goes through|monitors|tracks) (all )?(her|his) (texts|messages|phone|emails|location|bank account|every move)',
  ]),
  //    coercive control without violence: a partner's surveillance and punishing moods (low: a warning sign)
  signal('en.emerg.coercive_low', 'abuse', 'low', [
    '(he|she|husband|wife|partner|boyfriend|girlfriend|bf|gf) ~1 (reads|checks|goes through|monitors|tracks) (all )?my (messages|texts|phone|emails|location|bank account|every move)',
    '(goes|gets|turns|go|get) (cold|nasty|silent|cold and nasty|moody and cold) (for days|for hours|for a week) (if|when|whenever|every time) (i|im|i m)',
  ]),
  //    someone else holding the poster's children while making a threat: danger now
  escalator('en.emerg.has_the_kids', 'act', 1, [
    '(he|she|they|hes|shes|my ex|ex|{PERSON}) (has|s got|has got|have|got|took|taken|picked up|kept|is keeping) (the|my|our) (kids|children|boys|girls|son|daughter|baby|little one|little ones) (this weekend|tonight|today|now|right now|until|till|for the weekend|overnight|at his|at her)',
  ], { applies: ABUSE }),
  //    a weapon in the hand, whatever kind of knife
  escalator('en.emerg.weapon_in_hand', 'means', 2, [
    '(with|holding|has|got|grabbed|waving|brandishing) (a|his|her|the|my|their) (kitchen|bread|carving|big|steak|meat|baseball|cricket|claw|sharp|loaded)? (knife|knives|blade|machete|axe|hammer|bat|gun|rifle|shotgun|crowbar|cleaver|screwdriver|scissors)',
  ], { applies: DANGER_FROM_OTHERS }),
  //    a weapon made ready where the target will be ("the bat is by the door", "the crowbar is in the hall")
  escalator('en.emerg.weapon_ready', 'means', 2, [
    '(the|my|a|his|her) {WEAPON} (is|s|sits|sitting|waiting|ready|propped|leaning|stays) ~2 (by|next to|behind|at|beside|in|on|under) (the|my|our) ~1 (door|front door|back door|hall|hallway|bed|pillow|sofa|couch|porch|stairs|bottom of the stairs)',
    '(photo|pic|picture|video|snap) of (his|her|their|a) ~1 {WEAPON} ~6 (your choice|your call|you choose|you decide|choose|last chance|see what happens)',
  ], { applies: DANGER_FROM_OTHERS }),

  // ───────────────────────── abuse and harm to others: threats in other words, marks, confinement ─────────────────────────
  signal('en.emerg.threat_other_words', 'abuse', 'medium', [
    // a death threat without the word: "he'll make sure I don't wake up"
    '{HE_WILL} ~2 (make sure|see to it|make certain) (that )?(i|im|i m) (dont|do not|never|wont|won t|will not) (wake up|leave|walk again|live)',
    '{HE_WILL} ~2 (make sure|see to it|make certain) (that )?(im|i m|i am|i ll be|ill be) (dead|gone|in the ground)',
  ]),
  signal('en.emerg.threat_survive', 'abuse', 'medium', [
    // "saying mum won't see morning": a death threat told as a forecast
    '(saying|says|said|screaming|shouting|yelling|texted|told me|told her|told him|keeps saying) (that )?(mum|mom|she|he|you|i|we|my {KIN}|her|him|the kids|none of us|us) (wont|won t|will not|isnt going to|is not going to|not going to|aren t going to|arent going to) (see|live to see|make it to|survive) (the )?(morning|tomorrow|the night|sunrise|the weekend)',
    '(saying|says|said|screaming|shouting|yelling|texted|told me|keeps saying) (that )?(none of us|nobody|no one|noone) (will|is going to|are going to|gonna|ll) (see|live to see|make it to|survive) (the )?(morning|tomorrow|the night|sunrise|the weekend)',
    '(messaged|texted|said|says|told me|warned|warning) ~3 (i ll|ill|i will|you ll|youll|you will|you d|youd) (be sorry|regret it|pay for this|pay for it)',
    '(and|but) that (i ll|ill|i will|i d|id|you ll|youll|you will) (be sorry|pay for this|pay for it)',
    // covering the mouth and nose
    '{AGENT} ~2 (put|puts|held|holds|pressed|presses|clamped|covered|covers) (his|her|their|a|the) (hand|hands|pillow|cushion) over my (mouth|face|nose|mouth and nose)',
  ]),
  //    …a forecast from a nurse or doctor is care, not a threat
  neutral('en.emerg.clinician_forecast', [
    '(nurse|nurses|doctor|doctors|consultant|hospice|palliative team|gp|paramedic|paramedics|specialist|oncologist|they) (said|says|told me|told us|told her|told him|thinks|think) (that )?(mum|mom|she|he|my {KIN}|her|him|dad) (wont|won t|will not|isnt going to|is not going to|not going to) (see|live to see|make it to|survive) (the )?(morning|tomorrow|the night|sunrise|the weekend)',
  ]),
  //    someone who should not know where the poster or the children are: a worry alone, danger beside a threat
  escalator('en.emerg.knows_where', 'act', 1, [
    '(he|she|they|my ex|ex) (knows|found out|worked out|figured out) where (the kids|my kids|our kids|my son|my daughter|we|i) (go to school|goes to school|live|work|are staying|am staying|moved to|go to nursery)',
  ], { category: 'abuse', severity: 'low', applies: ABUSE }),
  escalator('en.emerg.near_unconscious', 'act', 1, [
    '(until|till) (i|she|he) (almost|nearly) (blacked out|passed out|lost consciousness|stopped breathing)',
  ], { applies: ABUSE }),
  signal('en.emerg.threat_hospital', 'harm_to_others', 'medium', [
    '(ill|i ll|i will|im going to|im gonna|i m going to|i m gonna|gonna) put (him|her|them|you|that {HUMAN}|the {HUMAN}) in (hospital|the hospital|a wheelchair|the ground|a coffin|an early grave|intensive care|the morgue)',
  ]),
  escalator('en.emerg.weapon_shown', 'means', 2, [
    // sent to the poster (a weapon in someone's farewell video is their danger, not a threat)
    '(sent|texted|showed|messaged|snapchatted|whatsapped) me (a )?(photo|pic|picture|video|snap) of (his|her|their|a) ~1 {WEAPON}',
  ], { category: 'abuse', severity: 'medium', applies: ABUSE }),
  //    violence told by the marks it left, and roughness
  signal('en.emerg.abuse_marks', 'abuse', 'medium', [
    '{AGENT} ~2 (bit|hit|punched|kicked|scratched|burned|burnt|slapped|twisted|grabbed|squeezed|pinched|yanked) (me|my {BODY}|my hair|her|him) ~4 (hard enough|so hard|until|leaving|left|to leave) ~2 (marks|mark|bruises|bruise|bruised|bleed|bled|a mark|welts)',
    '{AGENT} (gets|got|getting|can get|starts getting) (rough|physical|handsy) (with me|with her|with him|with us|when)',
    // for what the poster did ("when I'm slow"), not a toddler's excitement ("when he is excited")
    '{AGENT} ~2 (hits|slaps|smacks|pinches|kicks|punches|bites|scratches|twists) my (hands|hand|arms|arm|legs|leg|face|head|back|wrists|wrist|fingers) (when|if|whenever|every time|because) (i|im|i m|i am|i dont|i don t)',
  ]),
  //    harm to someone pictured or thought about, with the act and the body (caregivers at the end of their rope)
  signal('en.emerg.harm_pictured', 'harm_to_others', 'medium', [
    '(imagining|imagine|picture|picturing|thinking about|think about|thought about|thinking of|fantasising about|fantasizing about|daydreaming about|dream about|dreaming about) (holding|putting|pressing|smothering|pushing|strangling|hitting|smashing|stabbing|poisoning|shaking|punching|drowning|kicking) ~5 (his|her|their|that|the) ~2 (face|head|throat|neck|skull|teeth)',
    '(imagining|imagine|picture|picturing|thinking about|think about|thought about|thinking of|urge to|urges to) (holding|pushing|putting|keeping) (the baby|him|her|them|my (baby|son|daughter|kid)) (under|in) (the )?(water|bath water|bathwater|bath)',
  ]),
  //    harm planned against someone: an ambush, a car as the weapon, the target's routine as the time
  signal('en.emerg.ambush', 'harm_to_others', 'medium', [
    '(he|she|they|hes|shes|he s|she s|that {HUMAN}|the {HUMAN}|my {PERSON}) (wont|won t|will not|never) (see it coming|know what hit (him|her|them))',
    '(going to|gonna|ll|will|wants to|want to|is going to|swears hell|swears he ll|swears shell|swears she ll) (run|knock|mow) (him|her|them|his {PERSON}|her {PERSON}|my {PERSON}|that {HUMAN}|the {HUMAN}) (over|down) (when|if|with|in the|tonight|tomorrow|next time|as soon as|the next|$)',
  ]),
  dampener('en.emerg.surprise', 'jest', [
    '(surprise|surprised|party|proposal|propose|proposing|birthday|anniversary|prank|cake)',
    // not a bare "gift": English rules run on every post, and German "Gift" is poison
    '(a|her|his|their|birthday|christmas) (gift|present)',
  ], { scope: 'sentence', applies: OTHERS }),
  escalator('en.emerg.target_routine', 'timing', 1, [
    '(finishes|gets off|leaves|comes out of|gets out of|clocks off|walks home from|drives home from) (work|his shift|her shift|school|the gym|the pub|the office) (at <num>|tonight|today|at midnight|later)',
  ], { applies: OTHERS }),
  escalator('en.emerg.kept_in', 'act', 2, [
    '(locked|locks|bolted|bolts|wedged|jammed) (the|my|our) (bedroom |bathroom |room |front |back )?(door|doors) (shut )?from (the )?outside',
    // confinement still going on ("has kept me … since Tuesday"), not a childhood memory ("kept me in the shed for days as a kid")
    '(has kept|s kept|has been keeping|s been keeping|is keeping|keeps|has locked|s locked|has had) (me|her|him|us) (in|inside|locked in|shut in|up in) (the|a|my|his|her|our) ~2 (room|bedroom|back room|spare room|basement|cellar|house|flat|shed|attic|bathroom) (since|all week|for (days|two days|three days|<num> days) now)',
  ], { applies: ABUSE }),
  signal('en.emerg.care_withheld', 'abuse', 'medium', [
    `{AGENT} ~2 (hidden|hid|hides|hiding|withholding|withheld|locked away|locks away) (away )?my ~2 ${CARE}`,
    // the third person is someone else even with its subject far back: "my carer … and hides my inhaler"
    `(hides|withholds|locks away|rations|takes away) my ~2 ${CARE}`,
    `(hasnt|has not|havent|have not|wont|won t|will not|refuses to|refused to) (give|given|giving) me (my|any of my|any) ~2 ${CARE} (since|for|in)`,
  ]),

  //    a death "threat" over a trivial slip ("she'd kill me if I forgot my pills again") is a figure of speech; leaving,
  //    telling or calling for help stay threats
  neutral('en.emerg.trivial_threat', [
    '{HE_WILL} (kill|murder|strangle) (me|us) if (i|we) (forgot|forget|ate|eat|spoil|spoiled|spoilt|was late|were late|am late|are late|missed|miss|lost|lose|broke|break|drank|finished|skipped|skip|burn|burnt|burned)',
    '{AGENT} ~3 (said|says|told me|tells me|joked|jokes|swore|swears|texted|yelled|screamed|shouted) (that )?{HE_WILL} ~1 (kill|murder|strangle) (me|us) if (i|we) (forgot|forget|ate|eat|spoil|spoiled|spoilt|was late|were late|am late|are late|missed|miss|lost|lose|broke|break|drank|finished|skipped|skip|burn|burnt|burned)',
  ]),

  // ───────────────────────── acute emergencies said in other words ─────────────────────────
  //    blood brought up in an amount or that will not stop (lungs, stomach): medium; faintness or "not stopping" raise it
  signal('en.emerg.blood_up', 'medical_emergency', 'medium', [
    '(coughed|coughing|coughs|vomited|vomiting|vomits|threw|throwing|brought|bringing|spat|spitting|puked|puking|sicked) (up )?~6 (fresh blood|bright red blood|dark blood|blood clots|clots of blood|coffee grounds|black sludge|a cup of blood|cup of fresh blood|cup of blood|mouthfuls of blood|a mouthful of blood)',
    '(coughed|coughing|vomited|vomiting|threw|throwing|brought|bringing) up (about |like |maybe )?(half a cup|a cup|a mug|a glass|a bowl|a mouthful|mouthfuls|loads|a lot|lots) of (fresh |bright red |dark )?blood',
    '(looks|looked|looking) like coffee grounds',
    '(skin|flesh) (is |s |was )?(hanging off|coming off|sloughing off|falling off|coming away)',
  ]),
  neutral('en.emerg.blood_speck', [
    // a streak in phlegm is a question for the GP, not a bleed
    '(streak|streaks|fleck|flecks|speck|specks|tinge|spot|spots|trace|traces) of (fresh |bright red |dark )?blood',
  ]),
  neutral('en.emerg.never_missed', ['(never|not once|havent|haven t|have not|hasnt|has not|hasn t) (ever )?missed (a|any|one|my|his|her|a single)? ~1 (dialysis|dialysis session|dialysis sessions)']),
  escalator('en.emerg.not_stopping', 'symptom', 2, [
    '(its|it s|it is|its still|it s still|it is still|and its|and it s) (not|still not|isnt) (stopping|slowing|easing|letting up)',
    // a reading still falling after treatment (not "keeps falling" over, nor sugars that "keep crashing" every afternoon)
    '(still|is still|its still|it s still|and still) (dropping|going down|coming down|plummeting)',
    '(not|isnt|is not|wont|won t|hasnt|has not|still not|arent|aren t) (coming up|going up|rising|budging|moving up)',
    '(hands|legs|arms|fingers|feet) (wont|won t|will not|dont|don t|arent|aren t|are not) (work|working|listen|listening|cooperate|respond|hold me)',
  ], { applies: MEDICAL }),
  //    a bleed that pressure does not stop, with "so much blood" (not blood taken for tests)
  signal('en.emerg.much_blood', 'medical_emergency', 'medium', ['(theres|there s|there is|so much|a lot of|loads of|lots of|too much) (so much |a lot of )?blood (and|everywhere|on|coming|pouring|$)']),
  neutral('en.emerg.blood_taken', ['(took|take|taking|drew|drawn|taken|draw|give|gave|donated|donate) (so much|a lot of|loads of|lots of|too much) blood (and|everywhere|on|coming|pouring|$)']),
  escalator('en.emerg.pressure_failing', 'symptom', 2, [
    '(pressure|pressing on it|pressing|the towel|a towel|towels|holding it) (isnt|is not|isn t|not|doesnt|does not|hasnt|has not|wont|won t|aint) (stopping|stop|stopped|helping|working|slowing) (it|the bleeding|the blood|anything|$)',
  ], { applies: [...SELF_HARM_AND_SUICIDE, ...MEDICAL] }),
  //    a mmol/L reading below 3 (a severe low) without the word "sugar": "Hypo, 1.9 mmol"; ketones are read apart
  signal('en.emerg.hypo_mmol', 'medical_emergency', 'medium', [
    '<num:0.5-2.9> (mmol|mmols|mmol l|mmoll) (and|ate|had|still|now|$)',
    '(hypo|hypoing|low|going low) (at|of|to)? <num:0.5-2.9> (and|$)',
  ]),
  neutral('en.emerg.ketones_mmol', [
    '(ketones|ketone|ketone level|blood ketones|ketone reading|bhb) (of|at|is|was|are|were|reading|reads)? <num:0.5-2.9> (mmol|mmols|mmol l|mmoll) (and|ate|had|still|now|$)',
  ]),
  //    speech gone wrong since a time today, a cup dropped: a stroke told in a carer's words
  signal('en.emerg.speech', 'medical_emergency', 'medium', [
    '(speech|words|sentences) (have been |has been |are |is |keep |keeps |started |have started )?(coming out |come out |came out )?(all )?(jumbled|garbled|slurred|muddled|muddled up|mixed up|gibberish|all wrong|nonsense|wrong)',
    '(talking|speaking) (gibberish|nonsense|all jumbled)',
    '(cant|can t|cannot|couldnt|could not|struggling to) find (the )?(names|name|words|word|right words) (of|for) (things|people|everyday things|anything)',
  ]),
  dampener('en.emerg.habitual', 'clarification', [
    '(when|whenever|if) (i m|im|i am|i get|he s|hes|she s|shes|he gets|she gets|he is|she is) (tired|exhausted|anxious|nervous|stressed|overtired|flustered)',
    '(known|common|usual|normal) side effect',
  ], { scope: 'sentence', applies: MEDICAL }),
  //    "the words" is the education dampener's ("the word suicide"); inside this phrase it is speech
  neutral('en.emerg.find_words', ['find (the )?(names|name|words|word|right words) (of|for) (things|people|everyday things|anything)']),
  escalator('en.emerg.onset_today', 'symptom', 1, [
    'since (lunch|lunchtime|breakfast|dinner|teatime|this morning|this afternoon|this evening|an hour ago|half an hour ago|<num:1-12> hours ago|<num:5-59> (minutes|mins) ago|(he|she|i) woke up|(he|she|i) got up)',
    '(it s|its|it has|has) been (about |nearly |over )?(<num:10-90> (minutes|mins)|half an hour|an hour) $',
  ], { applies: MEDICAL }),
  neutral('en.emerg.on_and_off', [
    '(on and off|off and on|now and then|comes and goes|coming and going) since (lunch|lunchtime|breakfast|dinner|teatime|this morning|this afternoon|this evening)',
  ]),
  escalator('en.emerg.dropped', 'symptom', 2, [
    '(dropped|dropping|drops|cant hold|can t hold|couldnt hold|could not hold) (her|his|my|the) (tea|cup|mug|fork|spoon|glass|drink|knife|pen|phone)',
    '(heart|heart rate|pulse|hr|watch says (his|her|my) heart s|watch says his heart is|watch says her heart is) ~3 (at|of|is|s|reading|hit|was)? <num:150-260>',
    '(hes|he s|shes|she s|is|looks|went|gone|turned|turning|he is|she is) (grey|gray|ashen|grey and clammy|gray and clammy|clammy) (and|with|$)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    choking on food with no cough or voice: the airway is blocked
  signal('en.emerg.choking', 'medical_emergency', 'high', [
    '(choked|choking|chokes|is choking|was choking) on (his|her|their|a|the|some|my) ~2 (dinner|food|meat|steak|sandwich|sweet|grape|grapes|bread|piece|chunk|bite|toy|coin|tablet|pill|lunch|breakfast|tea|sausage|apple|carrot|nut) ~8 (cant|can t|cannot|couldnt|could not|unable to|not able to|isnt|is not|not) (cough|coughing|speak|speaking|talk|talking|breathe|breathing|make a sound)',
    '(choked|choking|chokes) ~8 (gone quiet|went quiet|gone silent|went silent|no sound|face is going dark|face going dark|going blue|turning blue)',
  ]),
  escalator('en.emerg.circulation', 'symptom', 2, [
    '(purple|dark red|blue|purplish|black) (blotches|spots|patches|marks|rash|bruises|blotchy patches) ~3 (spreading|appearing|all over|on (her|his|my|their) (legs|arms|body|skin|tummy))',
    '(cold|freezing|icy|ice cold) to (the )?touch',
    '(face|lips) (is |s |are )?(going|turning|gone|turned) (dark|dusky|blue|purple|grey|gray)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    someone down after a blow or a fall who breathes but does not answer or get up: two signs are an emergency
  escalator('en.emerg.down', 'symptom', 2, [
    '(hes|he s|shes|she s|he is|she is|theyre|they re|they are) (not|still not) (getting up|moving|coming round|coming to)',
    '(breathing|breathes) (but|and) (not|isnt|is not|wont|won t|cant|can t) (answering|responding|talking|moving|waking|opening (her|his|their) eyes|open (her|his|their) eyes)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    legs numb or weak of a sudden with bladder or bowel gone (spinal cord compression), or with cancer in the spine
  signal('en.emerg.legs_gone', 'medical_emergency', 'low', [
    '(cant|can t|cannot|couldnt|could not) (feel|move|stand on|lift) (my|his|her|both|their) (legs|feet) (properly|at all|since|and|$)',
    '(legs|both legs) (have |has )?(gone|went|going) (numb|weak|dead|to jelly) (since|and|$)',
  ]),
  escalator('en.emerg.cord_signs', 'symptom', 2, [
    '(wet|wetting|soiled|soiling) (myself|himself|herself|themselves|the bed) (without|and didnt|and did not|and couldnt|and could not|and cant|and can t)',
    '(spinal|spine) (mets|metastases|metastasis|tumour|tumor|cancer|cord compression)',
    '(cant|can t|cannot|couldnt|could not) (feel|control) (when i need to|when he needs to|when she needs to|my bladder|my bowels|his bladder|her bladder)',
  ], { applies: MEDICAL }),
  dampener('en.emerg.gym_legs', 'jest', [
    // not "the gym" or "a marathon": real emergencies happen there ("breathing like he's run a marathon")
    '(leg day|squats|lunges|lol|lmao|haha|laughing)',
  ], { scope: 'sentence', applies: MEDICAL }),
  //    a burn the size of a large area, skin coming away: medium, high with faintness or shaking
  signal('en.emerg.burn', 'medical_emergency', 'medium', [
    '(burn|burned|burnt|scalded|scald|scalding|boiling water|iron|kettle) ~8 (skin|blisters|blistered|blistering) ~3 (coming off|peeling off|hanging off|sloughing off|weeping|bubbling)',
    '(skin|blisters|blistered|blistering) ~3 (coming off|peeling off|hanging off|weeping) ~4 (over|across|covering) (a|the)? (really |very )?(big|large|huge|massive|wide) (area|patch|part|section)',
  ]),
  escalator('en.emerg.big_area', 'symptom', 1, [
    '(over|across|covering) (a|the)? (really |very )?(big|large|huge|massive|wide) (area|patch|part|section)',
    '(in sheets|in strips)',
    '(cant|can t|cannot) stop (shaking|shivering)',
  ], { applies: MEDICAL }),
  //    ketoacidosis in lay words: nothing stays down, breathing feels wrong, insulin stopped
  escalator('en.emerg.dka_signs', 'symptom', 2, [
    '(cant|can t|cannot|unable to|couldnt|could not|not able to) keep (water|fluids|anything|liquids|food|drinks) down',
    '(breathing|breath) (feels|is|s|has gone|went|getting) (really |so |very )?(weird|strange|odd|funny|off|heavy|deep|fast|wrong)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('en.emerg.insulin_stopped', 'symptom', 2, [
    // stopped days ago, not thought about ("thought about just stopping my insulin" is ideation)
    '(stopped|quit|havent taken|haven t taken|have not taken|not taken|hasnt taken|has not taken) (all )?(my|his|her|their|any) (insulin|basal|bolus|lantus) ~3 (days ago|hours ago|ago|for days|since|on purpose|in days)',
  ], { applies: MEDICAL }),
  //    a missed dialysis with the heart misbehaving (potassium) is an emergency
  signal('en.emerg.dialysis_missed', 'medical_emergency', 'medium', [
    '(missed|skipped|missing|skipping|has missed|have missed|couldnt get to|could not get to|didnt make it to) ~3 (dialysis|dialysis sessions|dialysis session|his dialysis|her dialysis|my dialysis|dialysis appointments)',
  ]),
  //    an overdose by amount without the drug named: a month's supply, the whole pen, every pill in the house
  signal('en.emerg.overdose_amount', 'suicide', 'high', [
    '(taken|took|swallowed|downed|necked) (my|his|her|their|a|the) (entire|whole|full) (month s|months|monthly|week s|weeks|weekly|fortnight s|fortnights|two weeks|three months) (supply|worth|prescription|stash|of pills|of tablets|of meds) (of|at once|in one go|and|tonight|an hour ago|$)',
    '(injected|injecting|shot|pumped|did|emptied|gave myself|gave himself|gave herself) (my|his|her|their|a|the) (whole|entire|full|full new|brand new|whole new|entire new) (basal |bolus |rapid |insulin |lantus |novorapid |humalog |tresiba |levemir |fiasp |toujeo )?(pen|pens|cartridge|vial)',
    '(swallowed|taken|took|downed|necked) every (pill|tablet|painkiller|capsule) (in the house|in the flat|we have|we had|he had|she had|he could find|she could find|in the cupboard|in the drawer|in the cabinet)',
    '(swallowed|taken|took|downed|necked) (half|most) (of )?(the|a|her|his|my|their) (packet|box|bottle|strip|pack|tub|blister pack) ~4 (doing|taking|swallowing|take|finish|finishing) the rest',
    '{PILLS} ~6 (taken|took|swallowed|downed) the lot',
    '(taken|took|swallowed|downed) the lot ~6 (strip|packet|box|bottle|blister) (is|s)? (empty|gone|finished)',
  ]),
  signal('en.emerg.overdose_part', 'suicide', 'medium', [
    '(already )?(swallowed|downed|necked) (half|most) (of )?(the|a|her|his|my|their) (packet|box|bottle|strip|pack|tub|blister pack)',
  ]),
  dampener('en.emerg.treats', 'clarification', [
    '(packet|box|bag|tub|pack|bottle) of (biscuits|sweets|crisps|chocolates|cookies|cereal|gum|mints|jelly babies|haribo)',
  ], { scope: 'clause', applies: SELF_HARM_AND_SUICIDE }),
  escalator('en.emerg.rest_next', 'plan', 2, [
    '(doing|taking|swallowing|finishing|necking) the rest (in a minute|in a sec|now|next|soon|tonight|after|once|when|$)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  //    a supply carried somewhere is not a supply swallowed ("taken my whole month's supply to the pharmacy")
  neutral('en.emerg.supply_carried', [
    '(taken|took|take|taking|brought|bringing) (my|his|her|their|the|a) (entire|whole|full) (month s|months|monthly|week s|weeks|weekly|fortnight s|fortnights|two weeks|three months) (supply|worth|prescription|stash) (to|back to|into|in to|down to|round to|with me to) (the|my|our|his|her)? ~1 (pharmacy|chemist|chemists|pharmacist|gp|surgery|doctor|doctors|hospital|clinic|hotel|holiday|airport|work)',
  ]),
  escalator('en.emerg.overdose_amount_medical', 'act', 2, [
    '(taken|took|swallowed|downed|necked) (my|his|her|their|a|the) (entire|whole|full) (month s|months|monthly|week s|weeks|weekly|fortnight s|fortnights|two weeks|three months) (supply|worth|prescription|stash|of pills|of tablets|of meds) (of|at once|in one go|and|tonight|an hour ago|$)',
    '(injected|injecting|shot|pumped|did|emptied|gave myself|gave himself|gave herself) (my|his|her|their|a|the) (whole|entire|full|full new|brand new|whole new|entire new) (basal |bolus |rapid |insulin |lantus |novorapid |humalog |tresiba |levemir |fiasp |toujeo )?(pen|pens|cartridge|vial)',
    '(swallowed|taken|took|downed|necked) every (pill|tablet|painkiller|capsule) (in the house|in the flat|we have|we had|he had|she had|he could find|she could find|in the cupboard|in the drawer|in the cabinet)',
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),

  // ───────────────────────── slow warnings a moderator should see (low) ─────────────────────────
  //    the symptom words inside are a side effect, not the acute signs that raise an emergency (shorter than the signal)
  neutral('en.emerg.new_med_symptoms', [
    // the same span as the signal below: it shadows the symptom words inside, not the signal
    '(fluttering|flutters|palpitations|racing heart|shaking|shaky|tremor|tremors|sweaty spells|sweats|rash|hives|swelling|swollen|swelled|puffy|breathless|breathlessness|headaches|nosebleeds|bruising|confusion|hallucinations|hallucinating|falls|dizzy spells|fainting spells) ~8 (since|after) (starting|i started|he started|she started|going on|switching to|changing to|the new|my new|his new|her new|they changed|upping|increasing|they upped|they increased) ~5 (med|meds|medication|medicine|tablets|pills|dose|drug|{DRUG})',
    // a seizure-free spell named is not a seizure now
    '(seizure free|seizure free for|fit free)',
  ]),
  //    seizures back after months free are a warning even when the poster is "fine now"
  blocker('en.emerg.recurrence', ['resolved'], ['(months|years|weeks) (clear|free|seizure free|fit free)']),
  signal('en.emerg.new_med_effect', 'medical_emergency', 'low', [
    // a new symptom since a new medicine: a side effect to report
    '(fluttering|flutters|palpitations|racing heart|shaking|shaky|tremor|tremors|sweaty spells|sweats|rash|hives|swelling|swollen|swelled|puffy|breathless|breathlessness|headaches|nosebleeds|bruising|confusion|hallucinations|hallucinating|falls|dizzy spells|fainting spells) ~8 (since|after) (starting|i started|he started|she started|going on|switching to|changing to|the new|my new|his new|her new|they changed|upping|increasing|they upped|they increased) ~5 (med|meds|medication|medicine|tablets|pills|dose|drug|{DRUG})',
  ]),
  signal('en.emerg.not_healing', 'medical_emergency', 'low', [
    '(ulcer|wound|sore|incision|scar|graze|stitches|surgical site|burn|cut) ~4 (isnt|is not|isn t|not|hasnt|has not|hasn t|still not|wont|won t|still isnt|still isn t) (healing|healed|closing|closed|getting better|scabbing over)',
    '(ulcer|wound|sore|incision|stitches) ~6 (red|hot|oozing|weeping|smelly|smells) (round|around|at) the (edges|edge)',
  ]),
  signal('en.emerg.persistent', 'medical_emergency', 'low', [
    // a symptom that has lasted weeks (not pain: chronic pain is what these communities live with)
    '(numb|numbness|tingling|cough|coughing|headaches|lump|hoarseness|hoarse voice|night sweats) ~6 for (about |over |nearly )?(a couple of|a few|two|three|four|five|six|several|<num:2-52>) (weeks|months)',
    '(headaches|cough|numbness|night sweats) (every|each) (morning|night|day) for (about |over |nearly )?(a couple of|a few|two|three|<num:2-52>) (weeks|months)',
    '(found|noticed|feel|felt|discovered) (a|another) (new )?(lump|lumps) (in|on|under|near)',
    '(blood|bit of blood|bleeding) in (my|his|her|the) (wee|urine|pee|poo|stool|stools|poop)',
    '(peeing|weeing|pooing|passing) blood',
    '(coughing|choking|coughs|chokes|splutters|spluttering) (a little |a bit |slightly )?(on|when (drinking|eating|swallowing)|after) (water|drinks|fluids|food|her food|his food|thin liquids|tea)',
    '(seizures|seizure|fits|fit|absences) ~6 (after|since) ~2 (<num:1-99>|a few|several|six|two|three|four|five) (months|years|weeks) (clear|free|seizure free|fit free|without one)',
  ]),
  signal('en.emerg.diabetes_onset', 'medical_emergency', 'low', [
    // thirst with weeing (and weight lost): diabetes arriving
    '(thirsty|thirst) (all the time|constantly|non stop|every|so much|loads) ~8 (weeing|peeing|wee|pee|urinating)',
    '(thirsty|thirst) ~4 (weeing|peeing|urinating) (constantly|all the time|loads|a lot|non stop|every)',
    '(weeing|peeing|urinating) (loads|constantly|all the time|a lot|so much|non stop) ~8 (thirsty|thirst)',
  ]),
  signal('en.emerg.readings_high', 'medical_emergency', 'low', [
    '(blood pressure|bp|pressure) ~8 <num:160-260> <num:95-160>',
    // the reading told apart from the words ("creeping up all week, 165/100 this morning")
    '<num:160-260> <num:95-160> (this morning|this evening|today|tonight|mmhg|on the monitor|on my monitor|at the gp|at the pharmacy)',
    '{BLOODSUGAR} (running|stuck|sitting|been|have been|are|were|over|above|at)? ~1 <num:250-600> ~6 (days|for days|all week|despite|even with|no matter)',
    '(ankles|legs|feet) ~3 (puffier|more swollen|swollen|swelling|puffy) ~8 (up|put on|gained) <num:0.5-5> (kg|kgs|kilos|lb|lbs|pounds)',
    '(breathless|short of breath|out of breath) (when )?(lying flat|lying down|laying flat|laying down)',
    '(more|much more|a lot more) (muddled|confused|disoriented|forgetful) than (usual|normal) ~8 (peeing|weeing|uti|water infection|temperature|fever)',
  ]),

  // ───────────────────────── hedges that must not calm a real sign ─────────────────────────
  //    "probably nothing serious, but my face is drooping": the hedge is the poster's hope, not a result
  neutral('en.emerg.hedge_not_result', [
    '(probably|hopefully|likely|prob|maybe|surely|most likely|its probably|it s probably|im sure its|i m sure it s|im sure it s|i m sure its) (just )?(nothing serious|a false alarm|just a scare|nothing)',
  ]),
];
