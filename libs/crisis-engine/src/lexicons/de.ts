import type { CrisisLexicon, CrisisRule } from '../types.js';
import { ABUSE, blocker, boundary, dampener, escalator, MEDICAL, neutral, NOT_MEDICAL, OTHERS, PERSONAL_AND_OTHERS, SELF_HARM_AND_SUICIDE, signal, subject, WEAPON_CATEGORIES } from './dsl.js';

/**
 * The families the English lexicon covers, said the way German speakers say them (issue 3), with the verb second or
 * last ("spritz ich sie alle", "dass er ihn absticht") and compounds matched by their parts ("Insulinpens",
 * "Schlaftabletten"): ideation and euphemisms, means with intent, timing, preparation, farewells, acts in progress,
 * self-harm, threats, abuse, another person in danger now, lay words for acute emergencies, and the idioms and
 * reports that must stay quiet.
 */
const DE_FAMILIES: CrisisRule[] = [
  signal('de.suicide.euphemism', 'suicide', 'medium', [
    // the verb second after a time: "morgen früh werfe ich mich vor den Zug"
    '(werfe|werf|sturze|stürze) (ich )?mich (vor den|vor einen|vor die|von der|vom) ~1 (zug|bahn|u bahn|brucke|dach|hochhaus|balkon)',
    '(springe|spring) (ich )?(von der|vom|von einer|aus dem) ~1 (brucke|dach|hochhaus|balkon|fenster|parkhaus|klippe)',
    // the infinitive after a comma: "ich denke daran, mich vor den Zug zu werfen"
    'mich (vor den zug|vor einen zug|vor die bahn|vor die u bahn|vor ein auto) zu werfen',
    'mich (zu erhangen|aufzuhangen|zu erschiessen|zu ertranken|zu vergiften)',
    '(von der|von einer|vom) (brucke|dach|hochhaus|balkon|parkhaus) zu (springen|sturzen)',
    // the verb second after a time: "morgen früh fahre ich gegen einen Baum"
    '(fahre|fahr|rase|ras|steuere) (ich )?(mit dem auto |mit vollgas |mit dem wagen )?(gegen|in) (einen|eine|die|den) (baum|mauer|wand|brucke|bruckenpfeiler|pfeiler|lkw)',
    '(ich will|ich werde|ich mochte) (es beenden|mich verabschieden|aus dem leben scheiden|einfach weg sein|nicht mehr aufwachen)',
    '(ich werde|ich will|ich mochte) mich (erhangen|aufhangen|erschiessen|ertranken|vergiften|vor den zug werfen|vor einen zug werfen|von der brucke sturzen|vom dach sturzen)',
    '(ich werde|ich will) (mir )?(alle|das ganze|die ganzen) ~2 (insulin*|*pens) (spritzen|geben)',
    '(ich werde|ich will) (mit dem auto|mit vollgas) (gegen|in) (einen|eine|die|den) (baum|mauer|wand|brucke|pfeiler|lkw)',
    '(ich werde|ich will) (von|vom) ~2 (brucke|dach|hochhaus|balkon|parkhaus|klippe) springen',
  ]),
  // the verb before its subject after an adverb: "manchmal möchte ich einfach sterben"
  signal('de.suicide.active_inverted', 'suicide', 'medium', ['(will|mochte|werde) ich (einfach |am liebsten |nur noch )?(sterben|tot sein|nicht mehr leben|mich umbringen|mir das leben nehmen)']),
  signal('de.suicide.passive_wish', 'suicide', 'low', [
    'dann sterbe ich (halt|eben)',
    '(sehe|seh) keinen sinn mehr',
    // the infinitive after a comma: "es wäre einfacher, nicht mehr aufzuwachen"
    '(nicht mehr|nie wieder|nie mehr) aufzuwachen',
    '(will|mochte|wurde) ich (einfach |am liebsten |nur noch )?(verschwinden|nicht mehr aufwachen|nicht mehr da sein)',
    '(alles|das leben|mein leben|das alles) (ist|sei|ware) (so |einfach |nur noch )?sinnlos',
    // the verb last in a subordinate clause: "dass alles sinnlos ist"
    '(alles|das leben|mein leben|das alles) (so |einfach |nur noch )?sinnlos (ist|sei|ware|wird)',
    '(ich wunschte|ich wunsche mir|ich wunschte mir) ~2 (ich ware tot|ich wurde nicht mehr aufwachen|ich ware nicht mehr da|es ware vorbei|ich ware nie geboren)',
    '(es ware|ware es) (egal|allen egal) ob ich (da bin|lebe|noch da bin)',
    '(niemand|keiner) (wurde|wurde es) (mich )?(vermissen|merken)',
    'wozu (noch|das alles|weitermachen|weiterleben)',
    'eine (last|belastung) fur (meine|alle|meinen|die)',
  ]),
  signal('de.suicide.act_done', 'suicide', 'high', [
    '(habe|hab) (gerade|eben|vorhin) ~3 (die ganze packung|eine ganze packung|<num:10-100000>) ~3 ({TABLETTEN}|*tabletten|*pillen|insulin*) (genommen|geschluckt|gespritzt)',
    '(habe|hab) mir (gerade|eben)? ~1 (alle|das ganze|die ganzen|<num:100-100000> einheiten) ~2 (insulin*|*pens) gespritzt',
    '(stehe|sitze|bin) ~1 (auf|an) (der|dem) ~1 (brucke|dach|kante|gleisen|gelander) ~5 (ich springe|ich spring|springe gleich|springe jetzt|komme nicht runter)',
  ]),
  signal('de.self_harm.forms', 'self_harm', 'medium', [
    '(ritze|schneide|verbrenne) (ich )?mir ~3 (arme|arm|oberschenkel|beine|bein|handgelenke|haut|bauch)',
    '(habe|hab) mich ~7 geritzt',
    '(habe|hab) mich (mit (zigaretten|einer zigarette|dem feuerzeug|einem feuerzeug)) (verbrannt|verbrennt)',
    'ich (verbrenne|verbrenn) mich mit (zigaretten|dem feuerzeug|einem feuerzeug)',
    '(schlage|schlag|haue|hau) (meinen )?kopf (gegen|an) die wand',
    '(kratze|kratz) mich (blutig|bis es blutet)',
  ], { person: 'self' }),
  signal('de.self_harm.in_progress', 'self_harm', 'high', [
    '(geritzt|geschnitten) ~6 (blutet|blutung) (stark|sehr stark|nicht auf|hort nicht auf|wie verruckt)',
  ]),
  escalator('de.esc.all_at_once', 'plan', 2, [
    '(nehme|nehm|spritze|spritz|schlucke|schluck) (ich )?(sie|die) (alle|auf einmal)',
    '(alle|alles) (auf einmal|auf ex|auf einen schlag)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // a stock kept, whatever the dose comes in: "hab die Insulinpens von drei Monaten gesammelt"
  // the pills laid out ("on the table"), whoever they belonged to
  escalator('de.esc.means_laid_out', 'means', 2, ['({TABLETTEN}|*tabletten|*pillen) ~4 (liegen|liegt|sind) ~2 (auf dem tisch|auf dem bett|neben mir|vor mir|bereit)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.means_stock', 'means', 2, [
    '({TABLETTEN}|insulin*|*pens|*tabletten|*pillen|spritzen|ampullen|pflaster|packungen) ~4 (gesammelt|gehortet|gespart|aufgespart|gebunkert|zuruckgelegt|beiseitegelegt)',
    '<num:100-100000> einheiten (insulin)?',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.at_place', 'means', 1, [
    '(gehe|geh|fahre|fahr) (ich )?(heute nacht |morgen |gleich )?(zur|zum|an die|an den|auf die|auf das|aufs) (brucke|gleisen|gleise|fluss|see|dach|parkhaus|klippe|bahnstrecke)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.timing_more', 'timing', 1, [
    // before the others wake or come home: nobody there to stop it
    'bevor (sie|er|alle|die kinder|meine frau|mein mann) (aufwachen|aufwacht|aufstehen|aufsteht|nach hause kommen|nach hause kommt|heimkommen|heimkommt)','(morgen fruh|im morgengrauen|um mitternacht|diese nacht|in der nacht)', 'in (etwa |ca |circa )?<num:1-180> (minuten|min)'], { applies: PERSONAL_AND_OTHERS }),
  // belongings given away: nothing alone, preparation beside "I won't need them", a date or a farewell
  escalator('de.esc.giving_away', 'preparation', 2, [
    '(habe|hab) ~1 (meine|meinen|mein|alle meine) (gitarre|fahrrad|rad|motorrad|auto|kleider|kleidung|bucher|platten|kamera|laptop|computer|konsole|schmuck|uhr|ring|sachen|hund|katze|pflanzen|sammlung|instrumente|werkzeug) ~5 (verschenkt|weggegeben|verkauft)',
    '(verschenke|verschenkte) (meine|meinen|mein|alle meine) (gitarre|fahrrad|motorrad|auto|kleider|bucher|platten|kamera|laptop|konsole|schmuck|uhr|sachen|sammlung|instrumente)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.ends_on', 'plan', 2, ['(am )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende) ist (schluss|es vorbei|es soweit|alles vorbei)'], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.preparation_affairs', 'preparation', 1, [
    '(habe|hab) (mein|ein) testament (gemacht|geschrieben|aufgesetzt)',
    '(habe|hab) (meinen|meine|die|den) (hund|katze|katzen|kater) ~3 (abgegeben|gegeben|untergebracht|vermittelt)',
    '(papiere|unterlagen|finanzen|alles) (geordnet|geregelt|erledigt) $',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.farewell_more', 'farewell', 2, [
    '(sucht nicht nach mir|es ist nicht eure schuld|es ist niemandes schuld|verzeiht mir was ich (jetzt )?tue)',
    'ihr wart (meine familie|alles fur mich)',
    '(machts gut|lebt wohl) (ihr lieben|alle|fur immer)',
  ], { category: 'suicide', person: 'self' }),
  escalator('de.esc.farewell_thanks', 'farewell', 1, ['danke (euch )?(fur die (jahre|zeit)|fur alles)', 'ich hab euch (alle )?lieb'], { applies: SELF_HARM_AND_SUICIDE }),
  // someone else's overdose, now: an emergency whoever took it
  escalator('de.esc.other_overdose', 'act', 2, [
    '(er|sie|mein {PERS}|meine {PERS}) hat ~3 (die ganze packung|eine ganze packung|eine ganze schachtel|<num:10-100000>) ~3 ({TABLETTEN}|*tabletten|*pillen|insulin*) (genommen|geschluckt|gespritzt)',
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),
  signal('de.suicide.other_now', 'suicide', 'medium', [
    '(er|sie) (springt|wirft sich|bringt sich um|erhangt sich|will springen|will sich das leben nehmen)',
    '(er|sie) (will|wird|mochte) sich ~2 (umbringen|erschiessen|erhangen|vergiften|toten|ertranken)',
    'dass (er|sie) sich (umbringt|umbringen will|das leben nimmt|vor den zug wirft|erhangt)',
  ], { person: 'other' }),
  escalator('de.esc.other_gone', 'act', 1, [
    '(ist|fuhr) (mit dem auto|einfach) (weg|weggefahren|losgefahren)',
    '(hat|hatte) (sein|ihr) (handy|telefon) (hier|zu hause|daheim) (gelassen|liegen lassen)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // someone else's threat told by the poster: "dass er seinen Vater absticht"
  signal('de.others.threat_told', 'harm_to_others', 'medium', [
    'dass (er|sie) (seinen|seine|ihren|ihre|den|die|ihn|meinen|meine) ~2 (absticht|umbringt|ersticht|erschiesst|totschlagt|abknallt|kaltmacht)',
    '(er|sie) (will|wird|droht) (seinen|seine|ihren|ihre|den|die|ihn|meinen|meine) ~3 (abstechen|umbringen|erstechen|erschiessen|totschlagen|abzustechen|umzubringen)',
  ], { person: 'other' }),
  // a gun brought to school or work to shoot everyone
  signal('de.others.mass_threat', 'harm_to_others', 'high', [
    '(pistole|waffe|gewehr) ~8 (schule|klasse|uni|arbeit|buro|firma) ~4 (erschiesst|erschiessen|schiesst|schiessen|umbringen|umbringt|toten)',
  ]),
  signal('de.others.threat_means', 'harm_to_others', 'medium', [
    '(ich werde|ich will|ich gehe) ~3 (mit (einem|meinem|dem) {WAFFE}) ~3 (zu ihm|zu ihr|zu ihnen|in die firma|zur arbeit|vorbei)',
    '(ich werde|ich will) (ihn|sie|den|die) (vergiften|abstechen|erstechen|anzunden)',
    // the verb second: "morgen gehe ich mit dem Gewehr in sein Büro"
    '(gehe|geh|fahre|komme) (ich )?mit (dem|meinem|einem|der) ~3 {WAFFE} ~4 (buro|firma|haus|wohnung|arbeit|schule|praxis|laden)',
  ]),
  escalator('de.esc.weapon_fetched', 'means', 2, [
    '(hat|holt|nimmt|hat sich) ~3 {WAFFE} ~4 (geholt|genommen|in der hand|gegriffen)',
  ], { category: 'harm_to_others', applies: ['harm_to_others', 'abuse'] }),
  escalator('de.esc.abuse_weapon_held', 'means', 2, ['(er|sie) (hat|halt|holt|besitzt) (eine|einen|die|seine|ihre) {WAFFE}'], { category: 'abuse', applies: ['abuse', 'harm_to_others'] }),
  // locked in by the abuser, now
  escalator('de.esc.abuse_confined', 'act', 2, ['(hat|hatte) (mich|uns) ~3 (eingesperrt|eingeschlossen)', '(sperrt|schliesst) (mich|uns) ~3 ein'], { category: 'abuse', applies: ABUSE }),
  signal('de.abuse.threat', 'abuse', 'medium', ['(er|sie) (bringt|wird) (mich|uns) (noch |sonst )?(um|umbringen)']),
  signal('de.abuse.control', 'abuse', 'medium', [
    '{WER} (versteckt|nimmt|nahm|wirft|behalt|versteckte) (mir )?(mein insulin|meine medikamente|meine tabletten|mein spray|meine papiere)',
    '(nimmt|nahm|versteckt|versteckte) mir (meine|mein|die|das) ~1 ({TABLETTEN}|*tabletten|medikamente|insulin|spray) (weg)?',
    '{WER} (lasst|liess) mich nicht (zum arzt|zu meinen terminen|aus dem haus|aus der wohnung|telefonieren)',
    '{WER} (sperrt|sperrte|hat) mich ~2 (seit|tagelang|eingesperrt)',
  ]),
  signal('de.abuse.child', 'abuse', 'medium', [
    '{WER} (schlagt|schlug|verprugelt|schuttelt|schuttelte) (das|unser|mein|meinen|die) (kind|baby|kinder|sohn|tochter|kleinen)',
    '(hore|hor) (das|die) (kind|baby|kinder) ~2 (weinen|schreien) ~6 (niemand|keiner|macht keiner auf)',
  ]),
  signal('de.abuse.child_alone', 'abuse', 'high', [
    '(kind|baby|kinder|kleine|kleiner|junge|madchen) ~6 seit (zwei|drei|mehreren|<num:1-30>) (tagen|nachten) ~3 allein',
  ]),
  signal('de.medical.lay_high', 'medical_emergency', 'high', [
    '(schlimmsten|starksten) kopfschmerzen (meines|ihres|seines) lebens',
    'kopfschmerzen (wie ein donnerschlag|schlagartig|ganz plotzlich) ~4 (erbricht|erbrechen|nacken|sieht)',
    '(brustschmerzen|druck auf der brust|enge in der brust|schmerzen in der brust) ~8 (arm|kiefer|schweiss|schwitze|schwitzt|keine luft)',
    '(kopf|hinterkopf) (angeschlagen|gestossen|aufgeschlagen) ~8 (erbricht|erbrechen|schlafrig|benommen|verwirrt|wacht nicht)',
    '(ketone|ketoazidose) ~5 (erbricht|erbrechen|atmet|verwirrt)',
    '(krampft|krampfanfall|anfall) ~3 (hort nicht auf|geht nicht vorbei|will nicht aufhoren)',
    'lippen ~2 (werden|sind|ganz) blau',
    '(wespenstich|bienenstich|erdnuss|erdnusse|allergie|nusse) ~6 (keine luft|schwillt|geschwollen|atmet schwer)',
    '(blutlache|blut uberall|alles voller blut)',
    '(spricht|redet) (verwaschen|undeutlich|wirr) ~6 (arm|gesicht|mundwinkel)',
    '(unterzucker|zucker|blutzucker) ~4 (verwirrt|reagiert kaum|reagiert nicht|krampft|bewusstlos)',
    // the verb second: "bei Oma hängt der Mundwinkel", "sie kann den Arm nicht mehr heben"
    '(hangt|hangen) (der|ihr|sein|ihm der|ihr der) ~1 (mundwinkel|gesicht)',
    // half the body gone, speech like a drunk's: a stroke told by a relative
    '(kann|konnte) (plotzlich )?(eine korperhalfte|die rechte seite|die linke seite|eine seite) nicht (mehr )?bewegen',
    '(redet|spricht) (plotzlich )?wie betrunken',
    '(kann|konnen|konnte) (den|meinen|ihren|seinen) (arm|rechten arm|linken arm) nicht mehr (heben|bewegen)',
  ]),
  // fever after chemotherapy: each alone is nothing, together (within two sentences) an urgent call to the team
  escalator('de.esc.fever', 'symptom', 2, ['(hohes|hoch|starkes) fieber', '<num:38-42> (grad|fieber)', 'fieber ~2 <num:38-42>', '(habe|hab|hat) fieber'], { category: 'medical_emergency', applies: MEDICAL }),
  // chemotherapy already given (not one about to start)
  escalator('de.esc.chemo', 'symptom', 1, [
    '(neutropenie|leukozyten (sind )?(niedrig|im keller))',
    '(nach|seit) der (chemo|chemotherapie)',
    '(letzte|letzten) (chemo|chemotherapie)',
    '(chemo|chemotherapie) (war|vor)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  // the routine of a prescription: a pill organiser, with dinner, as the doctor said
  dampener('de.context.routine', 'clarification', ['({TABLETTEN}|*tabletten) (fur heute|vom morgen|fur den abend|von heute|fur den tag)', '(wie immer|wie jeden (tag|abend|morgen)|wie verordnet|wie der arzt (gesagt|verordnet) hat|zum fruhstuck|zum abendessen|tablettenbox|wochendosierer)'], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.allergen', 'symptom', 2, ['(wespenstich|bienenstich|insektenstich)', '(von einer wespe|von einer biene) gestochen', '(erdnuss|erdnusse|nusse|krabben|meeresfruchte) ~3 gegessen'], { applies: MEDICAL }),
  signal('de.medical.swelling', 'medical_emergency', 'medium', ['(lippen|zunge|hals|gesicht|augenlider) ~3 (geschwollen|schwillt an|schwellen an|schwillt zu)']),
  // a car's exhaust in a closed garage: nothing alone, a means beside a time, a window or resolve
  // a ligature already tied to an anchor: a means at hand, high beside resolve or a time
  escalator('de.esc.ligature_tied', 'means', 2, ['(seil|strick|gurtel|kabel) ~4 (hangt|hangen|befestigt|festgebunden|gebunden|angebracht|fertig) ~3 (balken|decke|haken|gelander|baum|ast|tur|rohr|lampe)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // poison put in someone's food or drink
  signal('de.others.poison', 'harm_to_others', 'medium', ['(gift|rattengift|frostschutzmittel) ins (essen|getrank|trinken|glas|kaffee|tee) (tun|mischen|geben|kippen|machen)', '(gift|rattengift) in (sein|ihr|das) (essen|getrank|glas|kaffee)']),
  // a caustic or a poison swallowed: medium, high with the signs beside it (vomiting blood, no air)
  signal('de.medical.ingestion', 'medical_emergency', 'medium', ['(abflussreiniger|rohrreiniger|bleiche|chlorreiniger|rattengift|frostschutzmittel|gift|lauge) ~3 (getrunken|geschluckt|gegessen)']),
  escalator('de.esc.symptom_blood', 'symptom', 2, ['(erbricht|erbrechen|spuckt|hustet) blut'], { applies: MEDICAL }),
  // when the target comes, said after a comma: "ich weiß, wann er kommt"
  escalator('de.esc.others_arrival', 'preparation', 1, ['wann (er|sie) (kommt|ankommt|rauskommt|feierabend hat|nach hause kommt)'], { applies: OTHERS }),
  escalator('de.esc.exhaust', 'means', 2, [
    'garage ~8 (motor|auto|wagen) ~2 (laufen|lauft|an)',
    '(motor|abgase|auspuff|schlauch) ~8 (geschlossenen|geschlossene|geschlossener) garage',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // warning signs taught or read about are not a patient's signs
  dampener('de.education.medical', 'education', [
    '(zeichen|symptome|anzeichen|warnzeichen) (eines|einer|fur einen|fur eine|von) ~1 (schlaganfalls|schlaganfall|herzinfarkts|herzinfarkt|anaphylaxie|unterzuckerung|krampfanfall|sepsis)',
    '(haben wir|habe ich|hab ich) ~3 (kurs|schulung|seminar|vortrag) (gelernt|gehort)',
  ], { applies: MEDICAL }),
  // someone else's farewell: low alone, high once they no longer answer
  signal('de.suicide.farewell_received', 'suicide', 'medium', ['(hat mir|schickte mir|hat) (eine )?(abschiedsnachricht|abschiedsbrief|abschiedsmail|abschieds sms) (geschickt|geschrieben|gepostet)'], { person: 'other' }),
  signal('de.suicide.farewell_unanswered', 'suicide', 'high', ['(abschiedsnachricht|abschiedsbrief|abschiedsmail) ~6 (geht nicht (mehr )?ans (telefon|handy)|antwortet nicht)'], { person: 'other' }),
  // bleeding after a birth measured by the pad, or heavy beside the birth
  signal('de.medical.postpartum_bleeding', 'medical_emergency', 'high', [
    '(alle|jede) ~2 (minuten|stunde|halbe stunde) ~3 (binde|vorlage|tampon) (voll|durch|durchgeblutet)',
    '(blute|blutet) ~3 (sehr stark|stark|extrem) ~4 (geburt|kaiserschnitt|fehlgeburt|ausschabung)',
    '(seit|nach) der (geburt|entbindung) ~4 (sehr stark|stark|extrem) (blute|blutet)',
  ]),
  // a diabetic's breath smelling of acetone or fruit: medium, high beside deep breathing or drowsiness
  signal('de.medical.ketone_breath', 'medical_emergency', 'medium', ['(riecht|atem|geruch) ~3 (aceton|azeton|apfel|obst|nagellackentferner)']),
  escalator('de.esc.deep_breathing', 'symptom', 2, ['atmet (sehr )?(tief|schnell|schwer)', 'ganz (schlafrig|benommen|apathisch)'], { applies: MEDICAL }),
  // a hypothetical asked for help ("if I ever had suicidal thoughts, whom do I call?")
  dampener('de.hypothetical.help', 'hypothetical', ['(falls|wenn) ich (mal|jemals|irgendwann|eines tages)'], { applies: SELF_HARM_AND_SUICIDE }),
  dampener('de.idiom.trouble', 'idiom', [
    '(dieser|diese|dieses|das|der|die|mein|meine) (papierkram|burokratie|formulare|formular|chef|job|arbeit|hitze|kinder|warterei|schlange|amt|krankenkasse|nachbarn) ~3 (bringt|bringen|bringen) mich (noch )?um',
    '(lach|lache|lachte) mich (tot|kaputt)',
  ], { applies: NOT_MEDICAL }),
  // a character's line in a play, film or novel
  dampener('de.education.fiction', 'education', ['(figur|hauptfigur|held|heldin|schauspieler|schauspielerin|erzahler|erzahlerin) ~3 (sagt|sagte|ruft|rief|schreit|schrie)', '(sagt|sagte|ruft|rief|schreit|schrie) (die|der) (figur|hauptfigur|held|heldin|schauspieler|schauspielerin|erzahler|erzahlerin)'], { applies: NOT_MEDICAL }),
  // the verb last: "dass er mich umbringt"; "wo ich wohne" told beside a threat
  signal('de.abuse.threat_final', 'abuse', 'medium', ['dass (er|sie) (mich|uns) (umbringt|umbringen wird|totet|toten wird|abstechen wird|abknallt|kaltmacht)']),
  escalator('de.esc.abuse_knows_where', 'act', 1, ['wo (ich|wir) (wohne|wohnen|arbeite|arbeiten|bin|sind) $'], { applies: ABUSE }),
  escalator('de.esc.symptom_more', 'symptom', 2, ['(schwitzt|schwitzen|schwitzt stark|zittert am ganzen korper)', '(versteht|erkennt) ~2 nicht mehr'], { applies: MEDICAL }),
  dampener('de.reported_more', 'reported', [
    '(artikel|bericht|doku|dokumentation|buch|roman|film|studie|sendung) (uber|zu|zum thema) ~3 (suizid|selbstmord|selbstverletzung|gewalt)',
    '(laut|wie) (den nachrichten|der zeitung|dem bericht)',
  ], { applies: NOT_MEDICAL }),
];

/**
 * Families the blind sets showed missing (phrasings the rules above never anticipated), written with their verb forms,
 * separable verbs and word orders rather than as sentences. Sentences and hard negatives:
 * `test/cases/tuning-intl-17.jsonl`.
 */
const DE_UNSEEN_PHRASINGS: CrisisRule[] = [
  // someone collapsed and not responding, breathing oddly, chest pressure with cold sweat: two are an emergency (4b)
  escalator('de.esc.unresponsive', 'symptom', 2, [
    '(reagiert|antwortet|reagierte|antwortete) (nicht|nicht mehr|kaum|kaum noch|gar nicht|auf nichts)',
    '(bewusstlos|ohnmachtig|nicht ansprechbar|kaum ansprechbar|nicht wach zu kriegen|nicht wach zu bekommen|nicht wachzukriegen|nicht wachzubekommen|zusammengebrochen)',
    '(sehr|total|extrem|ganz) (benommen|schlafrig|apathisch|weggetreten)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('de.esc.breathing_sweat', 'symptom', 2, [
    'atmet (nur noch |kaum noch )?(ganz |sehr |so )?(komisch|seltsam|schwer|flach|kaum|unregelmassig|merkwurdig|rasselnd|pfeifend|schnell|langsam)',
    '(rochelt|rochelnd|schnappt nach luft|ringt nach luft|bekommt kaum luft|kriegt kaum luft|kriegt keine luft|bekommt keine luft)',
    '(kaltschweissig|kalter schweiss|kaltem schweiss|kalten schweiss|schweissgebadet|schweissnass)',
    '(blass|grau|kreidebleich|aschfahl) und (verschwitzt|schwitzt|kaltschweissig|schweissnass|klamm)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    chest pressure said in more words (the signs above make it high)
  signal('de.medical.chest', 'medical_emergency', 'medium', ['(druck|druckgefuhl|engegefuhl|enge|stechen|brennen|schmerzen) (in der|auf der) brust', '(brustschmerzen|brustschmerz)']),
  //    a low that does not come up after sugar, or the eyes and legs failing
  escalator('de.esc.hypo_refractory', 'symptom', 2, [
    '(steigt|geht) (nicht|einfach nicht|immer noch nicht|trotzdem nicht) (hoch|rauf|nach oben|$)',
    '(fallt|sinkt) (weiter|immer weiter|trotzdem weiter)',
    '(sehe|sieht) (alles )?(verschwommen|doppelt|unscharf)',
    '(beine|arme|hande) (gehorchen|tragen|wollen) (nicht|mich nicht|ihn nicht|sie nicht) (mehr)?',
  ], { applies: MEDICAL }),
  //    a wound that gapes and soaks through, with fainting: high for self-harm and for the body
  escalator('de.esc.wound_severe', 'symptom', 2, [
    '(klafft|klaffende|klaffender|klaffenden|klaffendes)',
    '(handtuch|verband|pflaster|shirt|laken) (ist )?(schon )?(durchgeweicht|durchgeblutet|voller blut|blutgetrankt|durchnasst)',
    '(schwarz|flau) vor (augen|den augen)',
    '(hort|will) (nicht|einfach nicht) (auf|aufhoren) zu bluten',
  ], { applies: [...SELF_HARM_AND_SUICIDE, ...MEDICAL] }),
  //    non-acute warnings: sugars high for days, ketones a little up
  signal('de.medical.medical_warning', 'medical_emergency', 'low', [
    '(zucker|zuckerwerte|blutzucker|blutzuckerwerte|werte|bz|glukose) ~4 (uber|bei|um die|zwischen) (<num:250-600>|<num:14-33>)',
    '(ketone|ketonwerte|ketonwert) (sind |ist )?(leicht|etwas|bisschen|ein bisschen) (erhoht|hoch|hoher)',
    '(wunde|geschwur|narbe|naht) ~3 (heilt|verheilt|schliesst sich) (nicht|einfach nicht|immer noch nicht)',
  ]),
  // a burden (low): "will niemandem mehr zur Last fallen"
  signal('de.suicide.burden', 'suicide', 'low', [
    '(niemandem|keinem|jemandem|euch|dir|ihnen|uns|anderen|meiner familie|meinen kindern|der familie|den kindern|meiner tochter|meinem sohn|meinem mann|meiner frau) (mehr )?(nicht )?(mehr )?(zur last|auf der tasche) (fallen|liegen)',
    '(bin|sei|ware) (nur noch )?(eine last|eine belastung) (fur|$)',
  ]),
  // pills hoarded, object first: "die Schlaftabletten sammel ich seit Wochen"
  escalator('de.esc.hoard', 'means', 2, [
    '({TABLETTEN}|*tabletten|*pillen) (sammle|sammel|sammele|horte|bunkere|spare) ich',
    '(sammle|sammel|sammele|horte|bunkere) (ich )?(seit|schon seit) (wochen|monaten|tagen) ~2 {TABLETTEN}',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.the_day', 'plan', 2, [
    '(ist es|dann ist es|da ist es) (so weit|soweit) $',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // everything swallowed: "hab vorhin alles geschluckt"
  signal('de.suicide.swallowed_all', 'suicide', 'high', [
    // not "alles geschluckt" of words put up with: a stock named, or "alles" with a moment just past
    '(alle|den ganzen vorrat|die ganze packung|die ganze schachtel|die ganzen|alle meine|alle seine|alle ihre) ~2 ({TABLETTEN}|*tabletten|*pillen)? (geschluckt|runtergeschluckt|eingeworfen|reingeschmissen)',
    '(vorhin|gerade|eben|grad|gerade eben|vor einer stunde|vor einer halben stunde) alles (geschluckt|runtergeschluckt|eingeworfen)',
  ]),
  // on the bridge and saying sorry: the place (act, above) and the apology together are high
  escalator('de.esc.sorry', 'farewell', 1, [
    '(tut mir|es tut mir) (so |echt |wirklich |sehr )?leid $',
    '(verzeiht|vergebt|verzeih|vergib) mir $',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('de.esc.at_height', 'act', 2, [
    '(stehe|sitze|bin|steh|sitz) ~2 (auf|an) (der|dem|einer|einem) (brucke|autobahnbrucke|eisenbahnbrucke|dachkante|bahnbrucke|gleisen|klippe|gelander|staumauer) (uber|an|bei|von|der|des|$)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  signal('de.suicide.no_strength', 'suicide', 'low', [
    '(habe|hab) (einfach |echt |wirklich )?keine kraft mehr $',
  ]),
  // a stabbing or killing announced in a subordinate clause: "dass er die … abstechen wird"
  signal('de.others.kill_threat', 'harm_to_others', 'medium', [
    '(abstechen|erstechen|umbringen|totschlagen|kaltmachen|abknallen|erschiessen|aufschlitzen|umlegen|plattmachen) (wird|will|werde|wurde|mochte|muss)',
    '(stech|steche|sticht|knall|knalle|stechen) (dich|ihn|sie|euch|die|uns|mich|alle|euch alle|uns alle) ~2 ab',
  ]),
  // a beating promised by the poster: "ich polier ihm die Fresse", "ich schlag ihn krankenhausreif"
  signal('de.others.beating_threat', 'harm_to_others', 'medium', [
    '(schlag|schlage|hau|haue|polier|poliere|prugel|prugle|tret|trete) (ich )?(ihm|ihr|dir|euch|ihn|sie|den|die|das) ~2 (die fresse|die zahne|den schadel|die nase|das gesicht|windelweich|krankenhausreif|grun und blau|zu brei|die birne|die visage)',
    '(schlage|schlag|prugle|prugel) (ihn|sie|dich|euch|den typen|den kerl) (tot|krankenhausreif|windelweich|zu brei)',
  ]),
  escalator('de.esc.weapon_at_hand', 'means', 2, [
    '(mit|hat|halt|hielt|schwingt|fuchtelt mit) (einem|dem|nem|seinem|ihrem|einer|der|ein|eine|sein|seine) ~1 (messer|kuchenmesser|beil|axt|hammer|baseballschlager|pistole|gewehr|waffe|machete|schere)',
  ], { applies: [...ABUSE, ...OTHERS] }),
  // rough handling by a carer or partner: "zieht mich an den Haaren"
  signal('de.abuse.rough', 'abuse', 'medium', [
    '(zieht|zog|reisst|riss|zerrt|zerrte|packt|packte) (mich|sie|ihn|uns|meine mutter|meinen vater|meine oma|meinen opa) (grob |brutal |fest |heftig )?(an den haaren|am haar|an den ohren)',
    '(reisst|riss|zerrt|zerrte) (mich|sie|ihn|uns|meine mutter|meinen vater|meine oma|meinen opa) (grob |brutal )?(am arm|an den armen|am handgelenk|aus dem bett|vom stuhl)',
    '(zieht|zog|packt|packte) (mich|sie|ihn|uns|meine mutter|meinen vater|meine oma|meinen opa) (grob|brutal|gewaltsam) (am|an den|aus dem)',
    '(stosst|stiess|schubst|schubste) (mich|sie|ihn|uns) ~2 (die treppe|gegen die wand|zu boden|auf den boden)',
  ]),
  // suicidal thoughts in the past, said so: "hatte mal … das ist lange her, heute stabil"
  dampener('de.past.long_ago', 'past', [
    '(ist|liegt) (schon )?(lange|sehr lange|ewig|jahre|viele jahre|zehn jahre|<num> jahre) her',
    '(bin|war) (heute|jetzt|inzwischen|mittlerweile|seitdem) (stabil|wieder stabil|gesund|uber den berg)',
  ], { scope: 'near', applies: NOT_MEDICAL }),
];

/** German. Umlauts and ß are folded ("müde" = "mude", "Straße" = "strasse"). */
export const de: CrisisLexicon = {
  locale: 'de',
  macros: {
    TABLETTEN: '(tabletten|tablette|pillen|medikamente|schlaftabletten|schmerztabletten|schmerzmittel|antidepressiva|paracetamol|ibuprofen|tramadol|morphin|insulin|tavor|diazepam|valium)',
    PERS: '(mann|ehemann|frau|ehefrau|freund|freundin|partner|partnerin|vater|mutter|stiefvater|stiefmutter|bruder|schwester|sohn|tochter|ex)',
    WER: '(er|sie|mein {PERS}|meine {PERS})',
    WANN: '(heute nacht|heute abend|morgen|am wochenende|dieses wochenende|jetzt gleich|gleich|in einer stunde|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|nach dem termin)',
    WAFFE: '(waffe|pistole|gewehr|messer|revolver)',
  },
  fuzzy: ['umbringen', 'tabletten'],
  rules: [
    ...DE_FAMILIES,
    ...DE_UNSEEN_PHRASINGS,
    signal('de.suicide.act', 'suicide', 'high', [
      '(habe|hab) (alle|die ganze packung|die ganzen|<num:10-100000>|viele|zu viele) ~2 {TABLETTEN} (genommen|geschluckt|eingenommen)',
      '(alle|die ganze packung|<num:10-100000>) ~2 {TABLETTEN} (genommen|geschluckt)',
      'die ganze packung (genommen|geschluckt)',
    ]),
    signal('de.suicide.active', 'suicide', 'medium', [
      '(ich )?(will|mochte|mochte am liebsten|werde) (sterben|tot sein|nicht mehr leben|mich umbringen|mich toten|mir das leben nehmen|nicht mehr da sein)',
      '(mich|mich selbst) (umbringen|toten|umzubringen|zu toten)',
      '(mir|mir selbst) das leben (nehmen|zu nehmen)',
      '(selbstmord|suizid) (begehen|machen|zu begehen)',
      '(suizidgedanken|selbstmordgedanken|suizidale gedanken)',
      '(ich bin|bin|fuhle mich) suizidal',
      'lieber tot (sein|als)?',
      '(meinem leben ein ende|allem ein ende) (setzen|machen|bereiten)',
      'will nicht mehr leben',
      // "Schluss machen" ends a life when nothing follows ("mit ihm Schluss machen" ends a relationship)
      '(mache|mach) ich schluss $',
      'ich (mache|mach) (jetzt |heute |morgen )?schluss $',
      '(keine lust|keinen sinn|keinen grund) mehr (zu leben|zum leben|am leben)',
      '(nicht mehr leben|sterben|tot sein|mich umbringen|mir das leben nehmen) (will|mochte|wolle|wollte)',
      '(mir|mich) ~2 das leben (nehmen|zu nehmen)',
      'mich ~2 (umbringen|umzubringen|toten|zu toten)',
    ]),
    signal('de.suicide.passive', 'suicide', 'low', [
      '(mein leben )?(hat|macht) keinen sinn mehr',
      'ich kann nicht mehr',
      'ich halte (es|das) nicht mehr aus',
      '(besser|wohl besser) ohne mich',
      'ich bin (nur )?(eine last|eine belastung)',
      'keine hoffnung (mehr)?',
      '(hoffnungslos|ausweglos)',
      'nicht mehr aufwachen',
      '(will|mochte) verschwinden',
      'keinen ausweg',
      '(mude|satt) (vom|zu) (leben|kampfen)',
    ]),
    signal('de.self_harm.act', 'self_harm', 'medium', [
      '(ich )?(ritze|schneide|verletze|verbrenne) mich',
      '(ritzen|selbstverletzung|selbstverletzendes verhalten|mich selbst verletzen|mich verletzen)',
      '(wieder|erneut) geritzt',
    ]),
    signal('de.others.threat', 'harm_to_others', 'medium', ['ich (bringe|bring|werde) (ihn|sie|den|die) um', 'ich werde (ihn|sie) (umbringen|toten|abstechen|erschiessen)', '(ihn|sie) umbringen']),
    signal('de.abuse.violence', 'abuse', 'medium', [
      '{WER} (schlagt|schlug|tritt|trat|wurgt|wurgte|bedroht|bedrohte|vergewaltigt|vergewaltigte|schubst|schubste) (mich|uns|die kinder)',
      '{WER} hat mich ~2 (geschlagen|getreten|gewurgt|vergewaltigt|geschubst|bedroht)',
      '(droht|drohte|hat gedroht) (mich|mir) ~1 (umzubringen|zu toten)',
      'sperrt mich (ein|weg)',
      'lasst mich nicht (raus|gehen|weg)',
      'hausliche gewalt',
    ]),
    signal('de.abuse.fear', 'abuse', 'low', ['ich habe angst vor (ihm|ihr|meinem {PERS}|meiner {PERS})']),
    signal('de.medical.high', 'medical_emergency', 'high', [
      '(gesicht|mundwinkel) (hangt|ist taub|ist gelahmt|hangt herunter)',
      '(kann|konnen) (den|meinen) arm nicht (heben|bewegen)',
      '(verwaschene|undeutliche) sprache',
      '(hals|zunge) (schwillt|ist geschwollen|zieht sich zu)',
      '(ich habe|ich hab|er hat|sie hat|hat gerade) (einen )?(schlaganfall|herzinfarkt|krampfanfall)',
      '(atmet nicht|atmet nicht mehr|wacht nicht auf|bewusstlos)',
      'blaue lippen',
      '(blutung|es) hort nicht auf',
      'krampfanfall (seit|uber) ~1 <num:5-999> minuten',
      '(brustschmerzen|schmerzen in der brust) ~3 (arm|kiefer|luft)',
    ]),
    signal('de.medical.medium', 'medical_emergency', 'medium', ['(brustschmerzen|schmerzen in der brust|druck auf der brust|enge in der brust)', '(bekomme|kriege) keine luft', 'atemnot', '(zucker|blutzucker) (bei|von|ist|auf)? ~1 <num:0-54>', 'blute (stark|sehr)']),
    escalator('de.esc.timing', 'timing', 1, ['{WANN}'], { applies: PERSONAL_AND_OTHERS }),
    escalator('de.esc.plan', 'plan', 2, ['ich habe einen plan', 'ich habe mich entschieden', '(heute|morgen) ist (es|der tag) soweit'], { category: 'suicide' }),
    escalator('de.esc.means', 'means', 2, ['{TABLETTEN} (gesammelt|gehortet|gespart|bereitgelegt|liegen bereit)', '(habe|hab) ~2 {TABLETTEN} (gesammelt|gehortet|gespart)', '(strick|seil) (gekauft|besorgt)', '{WAFFE} (geladen|besorgt|gekauft)'], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    escalator('de.esc.farewell', 'farewell', 2, ['lebt wohl', '(das ist|dies ist) mein letzter (post|beitrag)', 'ich werde nicht mehr da sein', 'abschiedsbrief*', '(meine )?sachen verschenkt'], { category: 'suicide', person: 'self' }),
    escalator('de.esc.farewell_weak', 'farewell', 1, ['danke fur alles'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('de.esc.symptom', 'symptom', 2, ['(verwirrt|desorientiert|zittern|zittere)', '(linken arm|kiefer)', 'keine luft'], { applies: MEDICAL }),
    escalator('de.esc.abuse', 'act', 2, ['(er|sie) (steht vor|hammert gegen) der tur', 'ich habe mich (eingeschlossen|versteckt)'], { applies: ABUSE }),
    // ── expansion: intent with means and timing, preparation, third parties, medical, abuse at the door ──
    signal('de.suicide.method', 'suicide', 'medium', [
      '(ich nehme|nehme ich|ich werde|werde ich|ich schlucke|schlucke ich) ~2 (alle|die ganze packung|die ganzen|<num:10-100000>) ~2 {TABLETTEN}',
      '(nehme|schlucke) (ich )?(sie|die) alle',
      '(mich|mich selbst) (aufhangen|aufzuhangen|erhangen|zu erhangen|erschiessen|zu erschiessen|vor den zug werfen|vor einen zug werfen|ertranken)',
      '(von der|von einer|vom) (brucke|dach|hochhaus|klippe) (springen|zu springen|sturzen)',
      '(wie viele|wieviele) {TABLETTEN} (braucht man|reichen|sind todlich)',
    ]),
    signal('de.suicide.active2', 'suicide', 'medium', [
      '(ich denke|denke) (standig|oft|immer|jeden tag|dauernd|nur noch)? (daran|dran) ~1 (mich umzubringen|mir das leben zu nehmen|zu sterben|mich zu toten|schluss zu machen)',
      '(ich will|will) (einfach )?(nicht mehr|nur noch) (leben|sterben|weg sein)',
      '(will|mochte|mochte einfach) (nur noch )?sterben',
      '(selbstmord|suizid) (begehen|machen)',
    ]),
    signal('de.suicide.passive2', 'suicide', 'low', [
      '(will|mochte) (einfach )?(nicht mehr|nie mehr|nie wieder) aufwachen',
      '(einschlafen|einschlafen und) (und )?nicht mehr aufwachen',
      '(ich bin|bin) (eine|nur eine|allen eine|nur noch eine|noch eine) (last|belastung)',
      // a passive wish in the subjunctive: "ich wäre einfach nicht mehr da"
      'ich ware (einfach |lieber |am liebsten )?(nicht mehr da|nicht mehr hier|tot|nie geboren|nie geboren worden|einfach weg)',
      '(alle|meine familie|meine kinder) (waren|ware) (besser dran|glucklicher) ohne mich',
      '(alle|meine familie|meine kinder|jeder) (waren|ware) ohne mich ~1 (besser dran|glucklicher|besser)',
      '(wozu|was soll) (das alles|ich noch|noch leben)',
      '(wenn|falls) ich (einfach |nur )?nicht mehr (da|hier|am leben|auf der welt) (ware|waren|sein wurde)',
    ]),
    signal('de.suicide.other', 'suicide', 'low', [
      '(er|sie|mein freund|meine freundin|meine schwester|mein bruder|mein sohn|meine tochter) (sagt|sagte|hat gesagt|meint|redet) ~5 (sterben|tot sein|umbringen|nicht mehr leben)',
    ], { person: 'other' }),
    signal('de.self_harm.again', 'self_harm', 'medium', [
      '(ich )?(ritze|schneide|verletze) mich (wieder|schon wieder|erneut|jeden abend|taglich|jeden tag)?',
      '(habe|hab) mich (wieder |erneut |gestern )?(geritzt|geschnitten|verletzt|verbrannt)',
      'ruckfall ~2 (ritzen|selbstverletzung)',
    ]),
    signal('de.others.threat2', 'harm_to_others', 'medium', [
      '(ich )?(bringe|bring|werde) (ihn|sie|den|die|diesen|diese) ~2 (um|umbringen|abstechen|erschiessen|fertigmachen)',
      // a time and a weapon between: "ich werde ihn morgen mit dem Messer abstechen"
      'ich werde (ihn|sie|den|die|diesen|diese) ~5 (umbringen|abstechen|erschiessen|erstechen|toten)',
      '(ich )?(warte|werde warten) ~5 mit (einem|meinem|dem) {WAFFE}',
      '(der|die) (wird|soll) (dafur )?(bezahlen|leiden)',
      // someone else's threat told by the poster: "er bringt seinen Chef morgen um"
      '(er|sie) (bringt|wird) (seinen|ihren|seine|ihre|den|die|ihn|sie) ~4 (um|umbringen|abstechen|erschiessen)',
    ]),
    signal('de.abuse.violence2', 'abuse', 'medium', [
      '{WER} (schlagt|schlug|verprugelt|verprugelte|tritt|wurgt) (meine|meinen|unsere|die) ({PERS}|kinder|mutter|geschwister)',
      '{WER} (schlagt|schlug) mich',
      '(er|sie) (hat gesagt|sagt|droht|drohte) ~3 (umbringen|toten|umzubringen|zu toten)',
      '(bringt|bringe) (mich|uns) um (wenn|falls)',
      '(nimmt|nahm|kontrolliert) mir (das handy|mein handy|das geld|mein geld|die schlussel)',
    ]),
    // repeated fainting or falls: an early warning, not an emergency
    signal('de.medical.warning', 'medical_emergency', 'low', [
      '(ohnmachtig geworden|umgekippt|gesturzt|hingefallen|zusammengebrochen|zusammengeklappt) ~3 (zweimal|dreimal|mehrmals|schon wieder)',
      '(zweimal|dreimal|mehrmals|schon wieder) ~3 (ohnmachtig|umgekippt|gesturzt|hingefallen|zusammengebrochen)',
      '(schwindel|schwindelig) ~3 (immer schlimmer|seit tagen)',
    ]),
    signal('de.medical.poisoning', 'medical_emergency', 'medium', [
      '(mein sohn|meine tochter|mein kind|das kind|unser kind|mein baby|das baby|der kleine|die kleine|mein enkel|meine enkelin) ~4 (hat|hatte) ~4 ({TABLETTEN}|putzmittel|spulmaschinentabs|tabs|batterie|knopfzelle|gift|reiniger|waschmittel) ~2 (geschluckt|gegessen|getrunken|verschluckt|genommen)',
      '(giftnotruf|giftnotrufzentrale|vergiftung)',
    ]),
    signal('de.medical.high2', 'medical_emergency', 'high', [
      '(gesicht|mundwinkel) (hangt|hangen) (auf einer seite|einseitig|herunter)',
      '(kann|konnte) (nicht mehr )?(richtig |deutlich )?(sprechen|reden) ~6 (gesicht|arm|bein)',
      '(gesicht|arm|bein) ~6 (kann|konnte) (nicht mehr )?(richtig |deutlich )?(sprechen|reden)',
      '(hals|rachen|zunge) (schwillt|schwoll) (zu|an)',
      '(bekommt|bekomme|kriegt|kriege) keine luft (mehr)?',
      '(schmerzen|druck|stechen) (in der|auf der) brust ~5 (arm|kiefer|rucken)',
      '(krampft|krampfanfall|anfall) (seit|schon seit) ~2 <num:5-999> minuten',
      '(zusammengebrochen|umgekippt) und (atmet nicht|reagiert nicht|wacht nicht auf)',
      '(blutet|blutung) (stark )?(und )?(hort|horte) nicht auf',
    ]),
    escalator('de.esc.means2', 'means', 2, [
      '(habe|hab) ~2 {TABLETTEN} (gesammelt|gehortet|gespart|versteckt|gebunkert|bereitgelegt|abgezahlt|zuruckgelegt|beiseitegelegt|aufgehoben)',
      '(strick|seil) (liegt|hangt|ist) (bereit|fertig|im keller|in der garage)',
      '(strick|seil|{WAFFE}) ~3 (gekauft|besorgt|bereitgelegt|vorbereitet)',
      '(die|meine) {WAFFE} (ist )?(geladen|bereit)',
    ], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    escalator('de.esc.means_at_hand', 'means', 2, [
      '{TABLETTEN} (sind|liegen)? (gezahlt|abgezahlt|abgezählt|gezählt|aufgereiht|bereitgelegt)',
      '{WAFFE} ~3 (auf|in|unter) (meinem|meiner|meinen) (schoss|schoß|hand|nachttisch|schreibtisch|kissen|bett|knien)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('de.esc.means_held', 'means', 1, [
      '(habe|hab|ich habe|liegt|liegen) (ein|einen|das|den|mein|meinen|meine) ~1 (seil|strick|gurtel|gürtel|{WAFFE}|{TABLETTEN}) (im|in der|in meinem|in meiner|unter dem|unter meinem) ~1 (schublade|schrank|keller|garage|auto|zimmer|dachboden|rucksack|nachttisch)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('de.esc.alone_window', 'plan', 2, [
      '({WANN}) ~2 (bin ich allein|bin ich alleine|ist niemand (zu hause|zuhause|da)|ist das haus leer)',
      '(ich bin|bin ich) (allein|alleine) ~2 ({WANN}|bis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))',
      '(wenn|sobald|wahrend) (alle|niemand|keiner|meine familie|mein mann|meine frau) ~1 (weg|aus dem haus|unterwegs|nicht da|da|zu hause|daheim|verreist) (sind|ist)',
      '(wenn|sobald|wahrend) (alle|meine familie|mein mann|meine frau|die kinder) (schlaft|schlafen|eingeschlafen ist|eingeschlafen sind|im bett ist|im bett sind)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('de.esc.resolve', 'plan', 2, [
      '(ich bin|bin) (bereit|soweit) $',
      '(ich habe|hab) keine angst mehr',
      '(heute nacht|morgen|heute) (ist schluss|mache ich es|tue ich es|ist es vorbei|hort alles auf)',
      '(ich mache|ich tue) es (heute nacht|morgen|heute)',
      'alles (ist )?(vorbereitet|geregelt|erledigt) $',
      '(werde|brauche) (sie|es|das|die sachen) nicht mehr (brauchen)?',
    ]),
    escalator('de.esc.preparation', 'preparation', 2, [
      '(habe|hab) (briefe|einen brief|abschiedsbriefe) (an|fur) (meine|meinen|mein) (kinder|familie|mann|frau|eltern|sohn|tochter) geschrieben',
      '(briefe|einen brief) (an|fur) (meine|meinen|mein) (kinder|familie|mann|frau|eltern)',
      '(verschenkt|verschenke|verschenkte) (alle )?(meine|seine|ihre) (sachen|katze|hund)',
    ], { category: 'suicide' }),
    escalator('de.esc.farewell2', 'farewell', 2, ['(macht es gut|lebt wohl|auf wiedersehen) (alle|fur immer|ihr lieben)?', '(verzeiht|vergebt) mir'], { category: 'suicide', person: 'self' }),
    escalator('de.esc.act2', 'act', 2, ['(stehe|sitze|bin|steht|sitzt|ist) (auf|an) (der|dem) (brucke|dach|kante|gleisen)', 'vor (einer stunde|einer halben stunde|<num> minuten)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('de.esc.symptom2', 'symptom', 2, ['(sehr|total|extrem) (mude|schlapp|blass|benommen|schlafrig)', '(kalter schweiss|schwitzt stark)', 'erbricht'], { applies: MEDICAL }),
    escalator('de.esc.abuse_danger', 'act', 2, [
      '(er|sie) (hammert|schlagt|tritt|trommelt) (gegen|an) die tur',
      '(er|sie) (versucht|will) (reinzukommen|die tur aufzubrechen|einzubrechen)',
      '(ich habe mich|habe mich|wir haben uns|ich hab mich) ~2 (eingeschlossen|versteckt|eingesperrt)',
      '(er|sie) weiss wo (ich|wir) (bin|sind|wohne|wohnen)',
    ], { category: 'abuse', applies: ABUSE }),
    // a threat with its condition first: "wenn ich ihn verlasse, bringt er mich um"
    signal('de.abuse.threat_if', 'abuse', 'medium', ['(bringt|bringe|bringen) (er|sie) (mich|uns) ~4 um', 'wenn ich ~4 (bringt|bringe) (er|sie) (mich|uns) ~4 um']),
    escalator('de.esc.abuse_now', 'act', 1, ['(gerade|jetzt|heute nacht)', '(steht|ist) vor der tur'], { applies: ABUSE }),
    escalator('de.esc.abuse_weapon', 'means', 2, ['(er|sie) (hat|halt|holt) (ein|das|sein|ihr) {WAFFE}'], { category: 'abuse', applies: ['abuse', 'harm_to_others'] }),
    escalator('de.esc.others_location', 'preparation', 2, ['ich weiss (wo|wann) (er|sie) (wohnt|arbeitet|parkt|schlaft)'], { category: 'harm_to_others', applies: ['harm_to_others'] }),
    dampener('de.idiom2', 'idiom', [
      '(die chemo|das|die arbeit|der job|dieser schmerz|die schmerzen|die hitze|das warten|die behandlung|der stress|mein chef) (bringt|bringen) (mich|einen) (noch )?um',
      '(todmude|hundemude|totmude|sterbensmude|todlangweilig)',
      '(zeit totschlagen|die zeit totschlagen)',
      '(sterbe|sterben) (vor|fur) (neugier|hunger|langeweile)',
    ], { applies: NOT_MEDICAL }),
    dampener('de.dose', 'idiom', ['(nehme|nahm|nehmen) <num:0-1200> (mg|ml) ~1 {TABLETTEN}'], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('de.recovery2', 'recovery', ['(heute|jetzt|inzwischen|mittlerweile) geht es mir (gut|besser|viel besser)'], { applies: NOT_MEDICAL }),
    dampener('de.reported', 'reported', ['(gelesen|gesehen|gehort) ~3 (artikel|bericht|doku|dokumentation|buch|film|serie|podcast)'], { applies: NOT_MEDICAL }),
    dampener('de.neg', 'negation', ['(nicht|nie|niemals|kein|keine|keinen)', 'keine absicht'], { gap: 3, applies: NOT_MEDICAL }),
    // a cut while cooking or shaving is an accident, not self-harm
    neutral('de.neutral.accident', ['(beim|bei dem) (gemuseschneiden|kochen|rasieren|schneiden|brotschneiden|kartoffelschalen) ~2 (geschnitten|verbrannt)']),
    neutral('de.neutral', ['(weiss nicht|nicht gut|nicht sicher|nicht so)', 'will nicht mehr leben', '(nicht mehr aufwachen|kann nicht mehr|nicht mehr aus)', 'keinen (sinn|ausweg|grund)', 'keine (hoffnung|lust)']),
    dampener('de.idiom', 'idiom', ['(sterbe|sterben) vor (hunger|lachen|langeweile|neugier|angst)', 'zu tode (gelangweilt|erschrocken|genervt)', '(todmude|hundemude)', '(die chemo|das|die arbeit) bringt mich (noch )?um']),
    dampener('de.past', 'past', ['vor (jahren|<num> jahren|zwei jahren|vielen jahren|langer zeit)', '(fruher|damals)', 'als ich (jung|jugendlich|teenager|kind|klein) war', 'im jahr <num:1950-2030>'], { applies: NOT_MEDICAL }),
    dampener('de.recovery', 'recovery', ['(die therapie|die behandlung|diese gruppe) hat mir (sehr )?geholfen', 'mir geht es (jetzt )?(viel )?besser'], { applies: NOT_MEDICAL }),
    dampener('de.education', 'education', ['(suizidpravention|suizidrate|praventions*)', '(artikel|buch|film|bericht|serie) (uber|zum)'], { applies: NOT_MEDICAL }),
    dampener('de.jest', 'jest', ['(haha*|spass|war ein witz|scherz)'], { applies: ['harm_to_others', 'abuse'] }),
    blocker('de.recurrence', ['past', 'recovery'], ['(wieder|schon wieder|erneut|zuruck|noch immer|immer noch)']),
    subject('de.subject.self', 'self', ['(ich|mich|mir|mein|meine|meinem|meinen)']),
    subject('de.subject.other', 'other', ['(mein|meine) (freund|freundin|schwester|bruder|sohn|tochter|mutter|vater|mann|frau)', '(er|sie|ihm|ihn|sein|seine|seinem|seinen|seiner|ihre|ihrem|ihren|ihrer)']),
    subject('de.subject.generic', 'generic', ['(du|jemand|ihr)']),
    boundary('de.boundary', ['(aber|doch|jedoch|sondern|trotzdem)']),
  ],
};
