import type { CrisisLexicon, CrisisRule } from '../types.js';
import { ABUSE, blocker, boundary, dampener, escalator, MEDICAL, neutral, NOT_MEDICAL, OTHERS, PERSONAL_AND_OTHERS, SELF_HARM_AND_SUICIDE, signal, subject, WEAPON_CATEGORIES } from './dsl.js';

/**
 * The families the English lexicon covers, said the way Italian speakers say them (issue 3): ideation and euphemisms,
 * means with intent (medicines in quantity, insulin, weapons, heights, water, trains, cars), timing, preparation,
 * farewells, acts in progress, self-harm, threats, abuse, another person in danger now, lay words for acute
 * emergencies, and the idioms and reports that must stay quiet.
 */
const IT_FAMILIES: CrisisRule[] = [
  signal('it.suicide.euphemism', 'suicide', 'medium', [
    '(voglio|vorrei|penso di|sto per) (togliermi di mezzo|non esserci piu|andarmene per sempre|smettere di esistere)',
    '(voglio|vado a|sto per|penso di) (buttarmi|gettarmi|lanciarmi) (dal|dalla|nel|nella|sotto il|sotto un|sotto al|giu dal|giu dalla) ~1 (ponte|fiume|treno|metro|binari|tetto|balcone|finestra|viadotto|palazzo|scogliera|lago|mare)',
    '(voglio|vado a|sto per|penso di) (schiantarmi|andare a sbattere) (con la macchina|con l auto|in macchina)? contro (un|il|la|una) (muro|albero|pilone|camion|guardrail)',
    '(voglio|vado a|sto per|penso di) (iniettarmi|farmi) (tutta|tutte|tutto) ~2 (insulina|penne|unita)',
    '(voglio|vado a|penso di) (usare|prendere) (il fucile|la pistola) di (mio|mia) ~1 ({PERS}|nonno)',
  ]),
  signal('it.suicide.passive_wish', 'suicide', 'low', [
    'se muoio (pazienza|amen|non importa|tanto meglio)',
    'se (il cancro|la malattia|la morte|dio) mi (portasse via|prendesse|portasse) ~4 (sollievo|meglio|liberazione)',
    '(a nessuno|nessuno) (importerebbe|se ne accorgerebbe) se (morissi|sparissi|non ci fossi piu)',
    'sarebbe (piu facile|meglio) (non svegliarmi|morire|sparire|non esserci piu|non svegliarmi piu)',
    '(voglio|ho voglia di) crepare',
    'vorrei (addormentarmi|morire|sparire|non esserci piu|non essere mai nato|non essere mai nata)',
  ]),
  signal('it.suicide.other_passive', 'suicide', 'low', [
    '(continua a dire|ripete|dice sempre|dice spesso|dice|mi ha detto|ha detto) che (vorrebbe|vuole|preferirebbe) (morire|farla finita|non svegliarsi piu|non esserci piu|sparire)',
    '(dice|continua a dire|ripete) che non ce la fa piu',
  ], { person: 'other' }),
  // the present for the future: "domattina mi butto sotto il treno"
  signal('it.suicide.act_present', 'suicide', 'medium', ['(mi butto|mi lancio|mi getto|salto) (dal|dalla|sotto il|sotto un|sotto al|nel|nella|giu dal|giu dalla) ~1 (treno|metro|binari|ponte|tetto|balcone|finestra|fiume|palazzo|viadotto)']),
  signal('it.suicide.act_done', 'suicide', 'high', [
    'ho appena (preso|ingoiato|mandato giu) (tutta la scatola di|tutto il flacone di|un sacco di|<num:10-100000>) ~3 {PILLOLE}',
    'mi sono (iniettato|iniettata|fatto|fatta) (tutta l insulina|tutte le penne|<num:100-100000> unita)',
    'sono (sul|sulla|sopra il|in cima al) ~1 (ponte|tetto|cornicione|balcone|viadotto|parapetto) ~5 (salto|mi butto|non scendo)',
  ]),
  signal('it.self_harm.forms', 'self_harm', 'medium', [
    '(sbatto|ho sbattuto|batto) la testa contro (il muro|i muri|la parete)',
    'mi (graffio|sono graffiata|sono graffiato) fino a (sanguinare|farmi sangue)',
    'mi (brucio|sono bruciata|sono bruciato) con (la sigaretta|le sigarette|l accendino|un accendino)',
  ], { person: 'self' }),
  escalator('it.esc.unobserved', 'plan', 2, [
    '(quando|appena|dopo che|mentre) (tutti|mio {PERS}|mia {PERS}|i bambini|i figli|i ragazzi|la mia famiglia) (dormono|dormiranno|dorme|dormira|si addormentano|si addormenta|escono|esce|sono fuori|e fuori|sono a scuola)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.all_at_once', 'plan', 2, [
    '(le|li) (prendo|prendero|ingoio|mando giu|inietto|iniettero) (tutte|tutti)',
    '(tutte|tutti) (insieme|in una volta|in un colpo solo|in un colpo)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // the pills laid out ("on the table"), whoever they belonged to
  escalator('it.esc.means_laid_out', 'means', 2, ['{PILLOLE} ~4 (sul tavolo|sul letto|accanto a me|davanti a me|allineate|pronte)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.ends_on', 'plan', 2, ['({QUANDO}|oggi) (e finita|sara finita|finisce)'], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.means_insulin', 'means', 2, [
    '<num:100-100000> unita (di insulina)?',
    '(penne|cartucce) di insulina ~3 (messe da parte|accumulate|nascoste|conservate|di (due|tre|diversi) mesi)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.timing_more', 'timing', 1, [
    '(domattina|domani mattina|all alba|a mezzanotte|prima che faccia giorno|questa notte)',
    // before the others wake or come home: nobody there to stop it
    'prima che (si sveglino|si svegli|tornino|torni|arrivino|arrivi|rientrino|rientri)',
  ], { applies: PERSONAL_AND_OTHERS }),
  escalator('it.esc.preparation_letters', 'preparation', 2, [
    '(ho lasciato|lascio|ho scritto|lasciato) ~3 (biglietto|lettera|lettere) (per|a|ai) ~1 (i figli|figli|i miei figli|mia|mio|tutti|ognuno)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // belongings given away: nothing alone, preparation beside "I won't need them", a date or a farewell
  escalator('it.esc.giving_away', 'preparation', 2, [
    '(ho regalato|regalo|sto regalando|ho dato via|ho venduto) (la|il|i|le|la mia|il mio|i miei|le mie|tutte le mie|tutti i miei) ~3 (chitarra|bici|bicicletta|moto|macchina|vestiti|libri|dischi|macchina fotografica|computer|portatile|console|gioielli|orologio|anello|cose|cane|gatto|piante|collezione|strumenti|attrezzi)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.preparation_affairs', 'preparation', 1, [
    'ho fatto (testamento|il testamento)',
    '(il|la) (cane|gatto|gatta|cagnolina) (e|sta|stara) (da|con) (mia|mio) ~1 ({PERS}|vicina|vicino|amica|amico)',
    '(ho affidato|affidero) (il|la|i) (cane|gatto|gatta|gatti) a',
    '(ho sistemato|ho messo in ordine) (le|i|tutte le) ~1 (carte|documenti|conti)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // a bare goodbye closing a post: weak alone, an act beside a height or a means
  escalator('it.esc.farewell_bare', 'farewell', 1, ['addio $'], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.farewell_more', 'farewell', 2, [
    '(non cercatemi|non e colpa di nessuno|non e colpa vostra)',
    'perdonatemi per quello che (sto per fare|faro)',
    'siete stati (la mia famiglia|tutto per me)',
  ], { category: 'suicide', person: 'self' }),
  // someone else's overdose, now: an emergency whoever took it
  escalator('it.esc.other_overdose', 'act', 2, [
    'ha appena (preso|ingoiato|mandato giu) (<num:10-100000>|tutta la scatola|tutto il flacone|un sacco di) ~2 {PILLOLE}',
    '(lui|lei|mio {PERS}|mia {PERS}) ha (preso|ingoiato|mandato giu) (tutta la scatola|tutto il flacone|un sacco di|<num:10-100000>) ~2 ({PILLOLE}|gocce|scatola|flacone)',
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),
  signal('it.suicide.other_now', 'suicide', 'medium', [
    '(dice|dicendo|ha detto|urla|urlando|minaccia) (che )?(si butta|si uccide|si ammazza|si impicca|la fa finita|si toglie la vita)',
    '(vuole|sta per|minaccia di|ha minacciato di) (buttarsi|uccidersi|ammazzarsi|impiccarsi|farla finita|togliersi la vita)',
  ], { person: 'other' }),
  escalator('it.esc.other_gone', 'act', 1, [
    '(e uscito|e uscita|se ne e andato|se ne e andata) (con la macchina|in macchina|di casa|senza dire niente)',
    'ha lasciato il (telefono|cellulare) a casa',
    '(dieci|cinque|venti|quindici|pochi) minuti fa',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  signal('it.others.threat_means', 'harm_to_others', 'medium', [
    '(gli|le) (pianto|infilo) (un|il) (coltello|coltello in pancia)',
    '(vado|andro) (a casa sua|sotto casa sua|al suo lavoro|in ufficio da lui|nel suo ufficio|nel suo negozio|a scuola da lui) ~2 con (il|un|la|una|mio|mia) ~3 {ARMA}',
    '(lo|la|li) (avveleno|accoltello|sparo)',
  ]),
  // someone else's threat, told by the poster: "urla che ammazza suo padre"
  // a gun brought to school or work to shoot everyone
  signal('it.others.mass_threat', 'harm_to_others', 'high', [
    '(pistola|arma|fucile) ~8 (scuola|classe|liceo|universita|lavoro|ufficio) ~4 (sparare|ammazzare|uccidere)',
  ]),
  signal('it.others.threat_told', 'harm_to_others', 'medium', [
    '(dice|urla|grida|ha detto|minaccia|giura) (che )?(ammazza|uccide|accoltella|ammazzera|uccidera|fa fuori) (suo|sua|il|la|mio|mia)',
  ], { person: 'other' }),
  // locked in by the abuser, now
  escalator('it.esc.abuse_confined', 'act', 2, ['(mi|ci) ha (chiusa|chiuso|chiusi|chiuse|rinchiusa|rinchiuso|rinchiusi) (in|nel|nella|dentro) ~1 (camera|stanza|bagno|casa|cantina|cucina|appartamento)'], { category: 'abuse', applies: ABUSE }),
  signal('it.abuse.control', 'abuse', 'medium', [
    '(dice|ha detto|minaccia|scrive|mi scrive|giura)? che (mi|ci) (ammazza|uccide|ammazzera|uccidera|fa fuori)',
    '{CHI} mi (nasconde|ha nascosto|toglie|ha tolto|butta) (l insulina|le medicine|i farmaci|le pastiglie|l inalatore|i documenti)',
    '{CHI} non mi (lascia|fa) andare (dal medico|alle visite|in ospedale)',
    '{CHI} mi (tiene|ha tenuta|ha tenuto) (chiusa|chiuso|rinchiusa|rinchiuso) ~3 (da giorni|da una settimana|da ieri|in casa|in camera)',
  ]),
  signal('it.abuse.child', 'abuse', 'medium', [
    '{CHI} (picchia|ha picchiato|scuote|ha scosso|brucia) (il|la|i|il mio|la mia|mio|mia|i miei) (bambino|bambina|bambini|bimbo|bimba|neonato|piccolo|piccola|fratellino|sorellina|figlio|figlia|figli)',
    '(sento|sentiamo) (il|la|i) (bambino|bambina|bambini|bimbo|bimba) (piangere|urlare) ~6 (nessuno|non apre|non risponde)',
  ]),
  signal('it.abuse.child_alone', 'abuse', 'high', [
    '(bambino|bambina|bambini|bimbo|bimba|piccolo|piccola) ~6 (solo|sola|soli|sole) ~3 da (due|tre|diversi|<num:1-30>) giorni',
  ]),
  signal('it.medical.lay_high', 'medical_emergency', 'high', [
    '(il )?peggior mal di testa della (mia |sua )?vita',
    // half the body gone, speech like a drunk's: a stroke told by a relative
    'non (riesce|riesco) (piu )?a muovere (meta del corpo|un lato|il lato destro|il lato sinistro)',
    'parla come (se fosse )?(ubriaco|ubriaca)',
    '(mi|le|gli) si (chiude|sta chiudendo|gonfia) la (gola|lingua)',
    'mal di testa (improvviso|fortissimo all improvviso|come una fucilata|esplosivo) ~4 (vomit*|collo|nuca|non vede)',
    '(dolore|peso|oppressione|stretta) ~3 petto ~8 (braccio|sudo|suda|sudando|sudore|mascella|manca il respiro|fiato)',
    '(ha battuto|ho battuto|batte) la testa ~8 (vomita|vomitato|sonnolento|sonnolenta|dorme|confuso|confusa|non si sveglia)',
    '(chetoni|chetoacidosi) ~5 (vomit*|respira|confus*)',
    'labbra ~2 (blu|viola|cianotiche)',
    '(puntura|arachidi|allergia|noccioline|crostacei|frutta secca) ~6 (non respira|non riesce a respirare|si gonfia|gonfia|si chiude)',
    '(pozza|lago) di sangue',
  ]),
  // fever after chemotherapy: each alone is nothing, together (within two sentences) an urgent call to the team
  escalator('it.esc.fever', 'symptom', 2, ['febbre (alta|altissima)', 'febbre (a|di) <num:37-43>', '<num:38-42> (di febbre|gradi)', 'febbre ~2 <num:38-42>', '(ho|ha) (la )?febbre'], { category: 'medical_emergency', applies: MEDICAL }),
  // chemotherapy already given (not one about to start)
  escalator('it.esc.chemo', 'symptom', 1, [
    '(neutropenia|globuli bianchi bassi)',
    '(dopo|dalla) (la )?(chemio|chemioterapia)',
    '(ho fatto|ultima|l ultima) ~1 (chemio|chemioterapia)',
    '(chemio|chemioterapia) ~2 fa',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  // the routine of a prescription: a pill organiser, with dinner, as the doctor said
  dampener('it.context.routine', 'clarification', ['{PILLOLE} (del mattino|della mattina|della sera|del giorno|di oggi|della giornata)', '(portapillole|come sempre|come ogni (giorno|sera|mattina)|come mi ha detto il medico|come prescritto|a colazione|a cena|a pranzo)'], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.allergen', 'symptom', 2, ['puntura di (vespa|ape|calabrone|insetto)', '(punto|punta) da (una|un) (vespa|ape|calabrone)', '(mangiato|ingerito) ~3 (arachidi|noccioline|frutta secca|crostacei|gamberi)'], { applies: MEDICAL }),
  signal('it.medical.swelling', 'medical_emergency', 'medium', ['(labbra|lingua|gola|faccia|viso|occhi) ~2 (si gonfia|si gonfiano|gonfie|gonfia|gonfio)']),
  // a low reading said with whose it is ("la glicemia di mia madre è a 40"): raised by the signs beside it
  signal('it.medical.low_sugar', 'medical_emergency', 'medium', ['(glicemia|zucchero) ~3 (a|di|e a|e di|scesa a|sceso a) <num:0-54>']),
  // a car's exhaust in a closed garage: nothing alone, a means beside a time, a window or resolve
  // a ligature already tied to an anchor: a means at hand, high beside resolve or a time
  escalator('it.esc.ligature_tied', 'means', 2, ['(corda|cintura|cavo) ~4 (legata|legato|appesa|appeso|fissata|fissato|pronta) ~3 (trave|soffitto|gancio|ringhiera|albero|ramo|porta|tubo|lampadario)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.all_ready', 'plan', 2, ['(e )?(tutto pronto|gia tutto pronto|tutto deciso) $'], { applies: SELF_HARM_AND_SUICIDE }),
  // poison put in someone's food or drink
  signal('it.others.poison', 'harm_to_others', 'medium', ['(metto|mettere|mettero|verso|versare) (il |del )?(veleno|topicida|candeggina) (nella|nel) (minestra|cibo|caffe|bicchiere|cena|zuppa|piatto)']),
  // a caustic or a poison swallowed: medium, high with the signs beside it (vomiting blood, no air)
  signal('it.medical.ingestion', 'medical_emergency', 'medium', ['(ha bevuto|ha ingoiato|ho bevuto|ho ingoiato) ~3 (candeggina|varechina|soda caustica|veleno|topicida|antigelo|ammoniaca|acido muriatico)']),
  escalator('it.esc.symptom_blood', 'symptom', 2, ['(vomitando|vomita|vomitato|sputa) sangue'], { applies: MEDICAL }),
  escalator('it.esc.others_arrival', 'preparation', 2, ['(so|io so) (a che ora|quando) (arriva|esce|finisce|passa)'], { category: 'harm_to_others', applies: OTHERS }),
  escalator('it.esc.exhaust', 'means', 2, [
    'garage ~6 (motore acceso|macchina accesa|motore in moto|motore che gira)',
    '(motore acceso|motore in moto) ~6 garage',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // warning signs taught or read about are not a patient's signs
  dampener('it.education.medical', 'education', [
    '(segni|sintomi|segnali) (dell|di un|di una|del|della) ~1 (ictus|infarto|anafilassi|ipoglicemia|crisi|meningite|sepsi)',
    '(ce l hanno|ci hanno|mi hanno|abbiamo) (spiegato|insegnato|imparato) ~3 (corso|formazione|lezione)',
  ], { applies: MEDICAL }),
  // someone else's farewell: low alone, high once they no longer answer
  signal('it.suicide.farewell_received', 'suicide', 'medium', ['(mi ha mandato|ha mandato|mi ha scritto|ha pubblicato) (un|una) (messaggio|biglietto|sms|lettera) d addio'], { person: 'other' }),
  signal('it.suicide.farewell_unanswered', 'suicide', 'high', ['(messaggio|biglietto|sms|lettera) d addio ~6 non risponde'], { person: 'other' }),
  // bleeding after a birth measured by the pad, or heavy beside the birth
  signal('it.medical.postpartum_bleeding', 'medical_emergency', 'high', [
    '(riempio|inzuppo|riempie|inzuppa) (un|una) (assorbente|pannolone) (ogni|in) ~2 (minuti|mezz ora|ora)',
    '(sanguino|sanguina|perdo sangue) (tantissimo|tanto|molto) ~4 (parto|cesareo|aborto|raschiamento)',
  ]),
  // a diabetic's breath smelling of acetone or fruit: medium, high beside deep breathing or drowsiness
  signal('it.medical.ketone_breath', 'medical_emergency', 'medium', ['(alito|odore|puzza) ~3 (acetone|mela|frutta|solvente)']),
  escalator('it.esc.deep_breathing', 'symptom', 2, ['respira (molto )?(profondamente|forte|veloce|velocemente)'], { applies: MEDICAL }),
  // a new blade bought with the urge to use it
  signal('it.self_harm.blade_bought', 'self_harm', 'medium', ['(ho comprato|mi sono comprata|mi sono comprato) (una|delle) (lametta|lamette|lama|taglierino) ~8 (usarla|usarle|tagliarmi)'], { person: 'self' }),
  // a hypothetical asked for help ("if I ever had suicidal thoughts, whom do I call?")
  dampener('it.hypothetical.help', 'hypothetical', ['(se un giorno|se mai|nel caso) (avessi|sentissi|dovessi avere)'], { applies: SELF_HARM_AND_SUICIDE }),
  dampener('it.idiom.trouble', 'idiom', [
    '(ammazza|ammazzare|ammazzo|ammazzando|ammazzera) il tempo',
    '(questa|questo|il|la|lo|le|i) (burocrazia|fila|coda|capo|lavoro|traffico|caldo|esame|esami|scartoffie|moduli|pratiche|ufficio|vicini) ~3 mi (ammazza|uccide|sta uccidendo|sta ammazzando|ammazzera|uccidera)',
  ], { applies: NOT_MEDICAL }),
  // a character's line in a play, film or novel
  dampener('it.education.fiction', 'education', ['(personaggio|protagonista|attore|attrice|narratore|narratrice) ~3 (dice|diceva|ha detto|grida|gridava|ripete)', '(dice|diceva|ha detto|grida|gridava) (il|la) (personaggio|protagonista|attore|attrice|narratore|narratrice)'], { applies: NOT_MEDICAL }),
  escalator('it.esc.symptom_more', 'symptom', 2, ['(suda|sudando|suda tantissimo)', 'non (capisce|riconosce) (piu|niente|nessuno|quello che)'], { applies: MEDICAL }),
  dampener('it.reported_more', 'reported', [
    '(articolo|libro|romanzo|film|servizio|notizia|documentario|studio) (sul|sulla|sui|sulle|che parla di) ~2 (suicidio|suicidi|autolesionismo|violenza|depressione)',
    'secondo (il giornale|la notizia|i giornali|il telegiornale)',
  ], { applies: NOT_MEDICAL }),
];

/**
 * Families the blind sets showed missing (phrasings the rules above never anticipated), written with their verb forms,
 * agreements and adverbs rather than as sentences. Sentences and hard negatives: `test/cases/tuning-intl-17.jsonl`.
 */
const IT_UNSEEN_PHRASINGS: CrisisRule[] = [
  // someone collapsed and not responding, breathing oddly, chest pressure with cold sweat: two are an emergency (4b)
  escalator('it.esc.unresponsive', 'symptom', 2, [
    // "è svenuto in bagno e…" (unconscious now), not "sono svenuta due volte ieri" (a faint told after the fact)
    '(e|sta|giace|trovato|trovata|l ho trovato|l ho trovata) (svenuto|svenuta) (e|in|sul|sulla|nel|nella|per terra|a terra|$)',
    '(incosciente|privo di sensi|priva di sensi|a terra e non si muove)',
    'non (mi )?(risponde|reagisce|si sveglia) (piu|bene|quando|a niente|nemmeno|e|ed|$)',
    '(risponde|reagisce) (male|a fatica|poco) $',
    'non (riesco|riusciamo) (a svegliarlo|a svegliarla|a farlo reagire|a farla reagire)',
    '(molto|tanto|troppo) (sonnolento|sonnolenta|intontito|intontita|rallentato|rallentata)',
    '(trema|tremano|tremava) (tutto|tutta|tutti|forte|senza sosta)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('it.esc.breathing_sweat', 'symptom', 2, [
    'respira (male|malissimo|a fatica|con fatica|in modo strano|strano|stranamente|piano piano|velocissimo|sibilando|a scatti)',
    '(respiro|respirazione) (e |sembra |e molto )?(strano|strana|affannoso|affannosa|irregolare|debole|rumoroso|rumorosa)',
    '(fischio|fischi|sibilo|sibili) (quando|mentre) respira',
    '(fa|fanno) un (fischio|sibilo) (quando|mentre)',
    '(fatica|fa fatica) a respirare',
    '(sudore freddo|sudori freddi|suda freddo|sudato fradicio|sudata fradicia)',
    '(pallido|pallida|grigio|grigia|bianco|bianca) e (sudato|sudata|sudaticcio|sudaticcia|freddo|fredda)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  signal('it.medical.chest', 'medical_emergency', 'medium', ['(peso|pressione|oppressione|morsa|dolore forte|bruciore) (al|sul|nel) petto']),
  //    a low that does not come up after sugar, or the eyes and legs failing
  escalator('it.esc.hypo_refractory', 'symptom', 2, [
    'non (sale|risale|si alza|sale piu) (nemmeno|neanche|per niente|$)',
    '(continua|continuano) a (scendere|calare|abbassarsi)',
    '(vedo|vede) (tutto )?(sfocato|offuscato|doppio|annebbiato)',
    '(gambe|braccia|mani) non (mi |gli |le )?(rispondono|reggono|obbediscono)',
  ], { applies: MEDICAL }),
  // gas opened with the windows shut: a means made ready (any farewell or signal makes it high)
  escalator('it.esc.gas', 'means', 2, [
    '(aperto|apro|lasciato aperto|acceso|aprire) (il )?(gas|rubinetto del gas)',
    '(lascio|lascero|lasciare|lasciato) (il )?gas aperto',
    '(chiuso|sigillato|tappato) (tutte )?(le )?finestre ~6 gas',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('it.esc.greeting_farewell', 'farewell', 2, [
    '(volevo|voglio|vi volevo) (solo )?(salutarvi|salutare tutti|dirvi addio|dire addio)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  //    "stanotte ho pensato…": the night past, told in the perfect, does not time an act
  neutral('it.neutral.night_past', ['(stanotte|stasera|ieri notte|questa notte|ieri sera) (ho|ha|abbiamo|ho di nuovo|ho ancora) (pensato|sognato|dormito|avuto|passato|pianto)']),
  // low: nothing left to want, not even living
  signal('it.suicide.no_will', 'suicide', 'low', [
    '(nemmeno|neanche|neppure|nemmeno piu|neanche piu) (di vivere|la voglia di vivere)',
    '(non ho piu|ho perso la) voglia di vivere',
    'mi (chiedo|domando) perche (vivo|sono ancora qui|continuo|vado avanti)',
  ]),
  // threatened with a weapon, just now
  signal('it.abuse.weapon_threat', 'abuse', 'medium', [
    '(minacciata|minacciato|minacciati|minacciate|minaccia|minacciava|minacciando|minacciano) (con|col) (un|il|una|la|lo|dei|le)? ~1 ({ARMA}|forbici|mannaia|accetta|martello|bastone|cacciavite|coltellaccio|mazza)',
  ]),
  escalator('it.esc.just_now', 'act', 1, [
    '(ha|hanno) appena',
    '(proprio adesso|proprio ora|in questo momento|mentre scrivo)',
  ], { applies: ABUSE }),
  // pushed down the stairs
  signal('it.abuse.pushed', 'abuse', 'medium', [
    '(spinta|spinto|spinti|buttata|buttato|gettata|gettato) (giu|giu per|giu dalle) ~1 (scale|scalini|gradini|balcone|letto)',
    '(spinta|spinto|sbattuta|sbattuto) (contro) (il|la) (muro|parete|porta|armadio|mobile)',
  ]),
  // the carer's own roughness, told with fear of themselves
  signal('it.others.carer_rough', 'harm_to_others', 'medium', [
    // a person as the object ("l'ho strattonata", "ho strattonato mio padre"), not a door
    'l ho (strattonata|strattonato|spintonata|spintonato|schiaffeggiata|schiaffeggiato|presa a schiaffi|preso a schiaffi|scrollata|scrollato)',
    'ho (strattonato|strattonata|spintonato|spintonata|schiaffeggiato|schiaffeggiata|preso a schiaffi) (mio|mia|il mio|la mia|mamma|papa|nonno|nonna|lui|lei)',
    '(le|gli) ho fatto male (al braccio|al polso|alla mano|alla spalla|al viso)',
  ]),
  // a beating promised by the poster: "gli spacco la faccia", "lo ammazzo di botte"
  signal('it.others.beating_threat', 'harm_to_others', 'medium', [
    '(spacco|rompo|spacchero|rompero|sfondo|sfondero) (la faccia|la testa|le gambe|le ossa|il muso|i denti)',
    '(ammazzo|massacro|gonfio|pesto|riempio) di (botte|pugni|calci|mazzate)',
    '(spaccargli|rompergli|spaccarle|romperle|spaccarti|romperti|sfondargli) (la faccia|la testa|le gambe|le ossa|il muso|i denti)',
  ]),
  neutral('it.neutral.own_head', ['(mi|ci) (spacco|rompo|spacchero|rompero) (la testa|le ossa|la faccia)']),
  //    non-acute warnings: a swelling that has lasted since an operation or a new medicine
  signal('it.medical.medical_warning', 'medical_emergency', 'low', [
    '(gonfio|gonfia|gonfie|gonfi|arrossato|arrossata|infiammato|infiammata) da (una settimana|giorni|qualche giorno|<num> giorni|due settimane|(due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici) (giorni|settimane)) ~4 (dopo|dall|dal|da quando)',
    '(ferita|piaga|ulcera|cicatrice|punti) ~3 non (guarisce|si chiude|si rimargina|guariscono)',
    '(glicemia|glicemie|zucchero|zuccheri) ~4 (<num:250-600>|<num:14-33>) ~6 (giorni|settimana|da)',
  ]),
];

/** Italian. Elisions are split ("l'ho" = "l ho"); accents are folded ("più" = "piu"). */
export const it: CrisisLexicon = {
  locale: 'it',
  macros: {
    PILLOLE: '(pillole|pastiglie|compresse|farmaci|medicine|sonniferi|calmanti|antidepressivi|tachipirina|paracetamolo|tramadolo|morfina|insulina|xanax|lexotan)',
    PERS: '(marito|moglie|compagno|compagna|fidanzato|fidanzata|ragazzo|ragazza|padre|madre|patrigno|matrigna|fratello|sorella|figlio|figlia|ex)',
    CHI: '(lui|lei|loro|mio {PERS}|mia {PERS}|il mio {PERS}|la mia {PERS})',
    QUANDO: '(stanotte|stasera|domani|questo fine settimana|questo weekend|proprio adesso|adesso stesso|subito|tra un ora|(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) (sera|prossimo)?)',
    ARMA: '(pistola|arma|fucile|coltello|lama)',
  },
  fuzzy: ['uccidermi', 'suicidarmi', 'ammazzarmi'],
  rules: [
    ...IT_FAMILIES,
    ...IT_UNSEEN_PHRASINGS,
    signal('it.suicide.act', 'suicide', 'high', [
      'ho preso (tutte|tutti|un sacco di|troppe|<num:10-100000>) ~2 {PILLOLE}',
      'ho (preso|ingoiato) (tutta la scatola|tutto il flacone|una scatola intera|tutto il blister)',
      'mi sono (tagliato|tagliata) le vene',
    ]),
    signal('it.suicide.active', 'suicide', 'medium', [
      '(voglio|vorrei|sto per|ho voglia di|penso di|pensando di|ho deciso di|vado a) (morire|uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|sparire per sempre)',
      '(uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita)',
      '(la faccio|la faro|la faccio davvero) finita',
      'non voglio (piu )?(vivere|esistere|essere vivo|essere viva)',
      '(pensieri|idee) (suicidi|suicide)',
      '(sono|mi sento) suicida',
      '(preferirei|meglio) (essere )?(morto|morta|morire)',
    ]),
    signal('it.suicide.passive', 'suicide', 'low', [
      'non ce la faccio piu',
      'non (vedo|trovo|vede|trova) piu il senso',
      'non (vedo|trovo|vede|trova) (piu )?(un senso|senso|nessun senso|alcun senso|una via d uscita|via d uscita|uscita)',
      '(la mia vita )?non ha (piu )?(nessun )?senso',
      'starebbero meglio senza di me',
      'sono un peso',
      '(non svegliarmi piu|non voglio svegliarmi|vorrei non svegliarmi)',
      '(voglio|vorrei) (solo |soltanto |solamente |semplicemente )?sparire',
      'nessuno se ne (accorgerebbe|accorgerebbero|accorgera)',
      'nessuno (sentirebbe|sentira) la (mia )?mancanza',
      '(senza speranza|nessuna speranza|ho perso la speranza)',
      '(stanco|stanca) di (vivere|lottare)',
    ]),
    signal('it.self_harm.act', 'self_harm', 'medium', [
      '(mi taglio|mi sono tagliato|mi sono tagliata|tagliarmi|mi brucio|mi sono bruciato|mi sono bruciata)',
      '(autolesionismo|autolesioni|farmi del male|mi faccio del male|mi sono fatto del male|mi sono fatta del male)',
    ]),
    signal('it.others.threat', 'harm_to_others', 'medium', ['(lo|la|li) (ammazzo|uccido)', '(voglio|vado a|sto per) (ucciderlo|ucciderla|ammazzarlo|ammazzarla)']),
    signal('it.abuse.violence', 'abuse', 'medium', [
      '{CHI}? mi (picchia|ha picchiato|picchiava|colpisce|ha colpito|spinge|ha spinto|minaccia|ha minacciato|violenta|ha violentato|chiude in casa|strangola)',
      'minaccia di uccidermi',
      // things thrown at the poster, and a threat of making them pay
      '{CHI}? mi (ha tirato|ha lanciato|tira|lancia|ha scagliato) ~3 addosso',
      '(me la|ce la) (fara|farai|faranno|fa) pagare',
      'non mi lascia (uscire|vedere|lavorare)',
      'violenza domestica',
    ]),
    signal('it.abuse.fear', 'abuse', 'low', [
      'ho paura di (lui|lei|mio {PERS}|mia {PERS}|tornare a casa)',
      // violence to things when he comes home drunk: fear, low without a threat (as en.abuse.fear)
      '{CHI} ~2 (rompe|spacca|lancia|tira|distrugge) (tutto|le cose|i piatti|oggetti|i mobili) ~6 (quando|se) ~3 (ubriaco|ubriaca|arrabbiato|arrabbiata|torna|rientra)',
    ]),
    signal('it.medical.high', 'medical_emergency', 'high', [
      '(viso|bocca|faccia) (storto|storta|cadente|intorpidito|intorpidita|paralizzato|paralizzata)',
      'non riesco a (muovere|alzare|sentire) il braccio',
      'non (riesce|riusciva|riesce piu) a (muovere|alzare|sentire) (il|la) (braccio|gamba|mano|lato)',
      '(parlo male|parole confuse|biascico|non riesco a parlare)',
      '(gola|lingua) (gonfia|si chiude|che si chiude|si gonfia|chiusa)',
      '(sto avendo|ha|sta avendo|credo di avere) un (ictus|infarto|attacco di cuore)',
      '(dolore|peso) al petto ~3 (braccio|mascella|respiro|respirare)',
      '(non respira|non respira piu|non si sveglia|privo di sensi|priva di sensi|svenuto e non)',
      'labbra (blu|viola)',
      'non smette di sanguinare',
      '(convulsione|convulsioni|crisi) da ~2 <num:5-999> minuti',
    ]),
    signal('it.medical.medium', 'medical_emergency', 'medium', ['dolore al petto', '(non riesco a respirare|fiato corto|mi manca il respiro)', '(glicemia|zucchero) (a|di)? ~1 <num:0-54>', 'sanguina (molto|tanto)']),
    escalator('it.esc.timing', 'timing', 1, ['{QUANDO}'], { applies: PERSONAL_AND_OTHERS }),
    escalator('it.esc.plan', 'plan', 2, ['ho un piano', 'ho deciso $', 'e (stasera|stanotte|oggi) $'], { category: 'suicide' }),
    escalator('it.esc.means', 'means', 2, ['(ho messo da parte|ho accumulato|ho conservato|ho comprato|ho preparato) ~2 ({PILLOLE}|corda|{ARMA})'], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    escalator('it.esc.farewell', 'farewell', 2, ['addio a tutti', '(questo e|e) il mio ultimo (messaggio|post)', 'non ci saro piu', '(lettera|lettere) d addio'], { category: 'suicide', person: 'self' }),
    escalator('it.esc.farewell_weak', 'farewell', 1, ['grazie di tutto', 'grazie per tutto'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('it.esc.symptom', 'symptom', 2, ['(confuso|confusa|disorientato|disorientata|tremo|tremando)', '(braccio sinistro|mascella)', 'non riesco a respirare', '(parla|parlo) (in modo strano|strano|male|confuso|a fatica)', '(e iniziato|e cominciato|iniziato) ~2 (minuti|mezz ora|un ora) fa'], { applies: MEDICAL }),
    escalator('it.esc.abuse', 'act', 2, ['(e|sta) (alla porta|arrivando)', 'mi sono (chiuso|chiusa) in (bagno|camera)'], { applies: ABUSE }),
    // ── expansion: intent with means and timing, preparation, third parties, medical, abuse at the door ──
    signal('it.suicide.method', 'suicide', 'medium', [
      '(prendo|prendero|ingoio|mando giu|voglio prendere|sto per prendere|vado a prendere) (tutte|tutti|tutta la scatola di|tutto il flacone di|le|i|<num:10-100000>) (le |i |mie |miei )?~1 {PILLOLE}',
      '(voglio|vado a|sto per|penso di) (impiccarmi|buttarmi|gettarmi|tagliarmi le vene|spararmi|annegarmi)',
      '(impiccarmi|buttarmi dal ponte|buttarmi sotto un treno|buttarmi dalla finestra|tagliarmi le vene|spararmi)',
      '(quante|quanti) {PILLOLE} (servono|ci vogliono) per (morire|non svegliarsi)',
    ]),
    signal('it.suicide.active2', 'suicide', 'medium', [
      '(penso|pensando|ho pensato|continuo a pensare) (spesso |sempre |ogni giorno )?(di|a) (uccidermi|ammazzarmi|farla finita|morire|togliermi la vita)',
      '(ho|avrei) voglia di (morire|farla finita|sparire per sempre)',
    ]),
    signal('it.suicide.passive2', 'suicide', 'low', [
      '(addormentarmi|dormire) e non (svegliarmi|risvegliarmi) (piu|mai piu)?',
      '(sono|mi sento) un peso (per tutti|per la mia famiglia|per loro)?',
      '(sono|mi sento) (solo|soltanto|solamente) un peso',
      '(la mia famiglia|tutti|i miei figli) (starebbe|starebbero|vivrebbero) meglio senza di me',
      '(sarebbero|starebbero|vivrebbero|sarebbe|starebbe) (tutti )?(piu felici|meglio|piu tranquilli|piu sereni|piu liberi) senza di me',
      '(a che serve|che senso ha) (vivere|andare avanti|continuare)',
    ]),
    signal('it.suicide.other', 'suicide', 'low', [
      '(lei|lui|la mia amica|il mio amico|mia sorella|mio fratello|mio figlio|mia figlia) (dice|ha detto|mi ha detto|parla) (che )?(pensa|vuole|voleva)? (di |a )?(morire|uccidersi|ammazzarsi|farla finita|suicidarsi)',
    ], { person: 'other' }),
    signal('it.self_harm.again', 'self_harm', 'medium', [
      'mi sono (tagliata|tagliato|bruciata|bruciato|ferita|ferito) (di nuovo|ancora)? (le braccia|le gambe|i polsi|la pelle)?',
      '(ho ricominciato|sono tornata|sono tornato) a (tagliarmi|farmi del male|ferirmi)',
      // a past act dated by its day: the day is no timing (it.neutral.dated_act hides the shorter matches)
      'mi sono (tagliata|tagliato|bruciata|bruciato|ferita|ferito) (di nuovo )?(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) (sera|notte|scorso|scorsa)?',
    ]),
    signal('it.others.threat2', 'harm_to_others', 'medium', [
      '(gli|le) (spacco|rompo|sfascio) (la faccia|la testa|le gambe|il muso|le ossa)',
      '(lo|la|li|ci) (ammazzo|uccido|ammazza|uccide|ammazzera|uccidera)',
      '(ci|mi) (ammazza|uccide|ammazzera|uccidera) (tutti)?',
      '(voglio|vado a) (aspettarlo|aspettarla) ~4 con (un|il|mio|la) {ARMA}',
      '(gliela faro pagare|la paghera|me la paghera)',
    ]),
    signal('it.abuse.violence2', 'abuse', 'medium', [
      '{CHI} (picchia|picchiava|ha picchiato|prende a calci|colpisce|maltratta) (mia|mio|i miei|le mie|nostra|nostro) ({PERS}|figli|bambini)',
      '(dice|ha detto|minaccia) che (mi|ci) (ammazza|uccide|ammazzera|uccidera)',
      '{CHI} mi (prende|controlla|nasconde|ha preso) (il telefono|i soldi|le chiavi|le medicine)',
    ]),
    // repeated fainting or falls: an early warning, not an emergency
    signal('it.medical.warning', 'medical_emergency', 'low', [
      '(svenuta|svenuto|svengo|caduta|caduto|crollata|crollato) ~3 (due volte|tre volte|piu volte|di nuovo|ancora una volta)',
      '(vertigini|capogiri) ~3 (sempre peggio|da giorni|e sono (caduta|caduto|svenuta|svenuto))',
    ]),
    signal('it.medical.poisoning', 'medical_emergency', 'medium', [
      '(mio figlio|mia figlia|il bambino|la bambina|il bimbo|la bimba|mio nipote|mia nipote|il neonato) ~4 (ha ingoiato|ha mangiato|ha bevuto|ha preso|ingoiato) ~4 ({PILLOLE}|candeggina|detersivo|capsule|pila|pile|batteria|veleno)',
      '(centro antiveleni|intossicazione|avvelenamento)',
    ]),
    signal('it.medical.high2', 'medical_emergency', 'high', [
      '(dolore|peso|oppressione) al petto ~6 (braccio sinistro|mascella|schiena|suda freddo|sudore freddo)',
      '(dolore|peso|oppressione) (fortissimo|forte|tremendo|terribile|atroce|enorme|fortissima|forte) al petto ~6 (braccio sinistro|mascella|schiena|suda freddo|sudore freddo)',
      '(dolore|peso) ~3 (che va|che scende|che si irradia) (al|nel|verso il) braccio',
      '(bocca|viso|faccia) (storta|storto|cadente) ~4 (parla male|non riesce a parlare|braccio)',
      '(convulsioni|crisi|convulsione) (da|ormai da) ~2 <num:5-999> minuti',
      // an epileptic fit named in full, minutes spelled out, or one that does not stop
      '(convulsione|convulsioni|crisi|attacco) (epilettica|epilettico|convulsiva)? ~1 (da|ormai da|che dura da|per) ~2 (<num:5-999>|cinque|sei|sette|otto|nove|dieci|quindici|venti) minuti',
      '(convulsione|convulsioni|crisi epilettica|crisi convulsiva|attacco epilettico) ~6 (non si ferma|non smette|non finisce|non passa)',
      '(e svenuto|e svenuta|e crollato|e crollata) e (non respira|non risponde|non si sveglia)',
      '(gola|lingua|viso|labbra) (si gonfia|si gonfiano|gonfia|gonfie) ~3 (respirare|deglutire)',
      '(glicemia|zucchero) (a|di)? ~1 <num:0-54> ~3 (confuso|confusa|suda|trema)',
    ]),
    escalator('it.esc.means2', 'means', 2, [
      '(ho|tengo) (messo da parte|nascosto|accumulato|conservato|contato) ~3 {PILLOLE}',
      '(<num:10-100000>|tutte le) ~1 {PILLOLE} (messe da parte|nascoste|accumulate|pronte|contate|sul tavolo)',
      '(la corda|la pistola|il fucile) (e )?(pronta|pronto|carica|carico|in garage)',
    ], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    escalator('it.esc.means_at_hand', 'means', 2, [
      '{ARMA} ~4 (sulle|sul|in|nella|sotto il|sotto la) (mie ginocchia|mia mano|mio comodino|mio letto|mio cuscino|mia bocca|mia tempia|mia scrivania)',
      '{PILLOLE} (sono )?(contate|allineate|tutte contate)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('it.esc.means_held', 'means', 1, [
      '(ho|tengo) (tutte|tutti)? (le|i|mie|miei|la|una|il|un)? ~2 ({PILLOLE}|corda|cintura|{ARMA}) (nel|nella|sotto il|sotto la|dentro il|in) ~1 (cassetto|armadio|garage|macchina|camera|stanza|zaino|cantina|comodino)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('it.esc.alone_window', 'plan', 2, [
      '({QUANDO}) ~2 (sono|saro|resto|rimango) (sola|solo) (in casa|a casa)?',
      '(la casa (sara|e) vuota|non ci sara nessuno) ~3 ({QUANDO}|fino a (lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica))',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('it.esc.resolve', 'plan', 2, [
      '(ho deciso|ormai ho deciso|la decisione e presa)',
      '(sono|mi sento) (pronta|pronto) $',
      '(non ho piu|non ho) paura',
      '({QUANDO}|oggi) (lo faccio|la faccio finita|finisce tutto)',
      '(finisce|finira) tutto ({QUANDO}|oggi)',
      'non (mi )?(serviranno|servira|servono) piu',
    ]),
    escalator('it.esc.preparation', 'preparation', 2, [
      '(ho scritto|ho lasciato|sto scrivendo) (delle lettere|una lettera|le lettere|un biglietto) (ai|a|per) (miei|mia|mio|i miei) (figli|famiglia|marito|moglie|genitori)',
      '(ho regalato|sto regalando|regalo) (tutte )?(le mie cose|il mio cane|il mio gatto)',
      '(ha regalato|sta regalando) (tutte )?le sue cose',
    ], { category: 'suicide' }),
    escalator('it.esc.farewell2', 'farewell', 2, ['(addio|ciao) (per sempre|a tutti)', '(perdonatemi|scusatemi) (per tutto)?', '(e|questo e) il mio ultimo (messaggio|post)'], { category: 'suicide', person: 'self' }),
    escalator('it.esc.act2', 'act', 2, ['(sono|e) (sul|sulla|sopra il) (ponte|tetto|cornicione|binari|balcone)', '(un ora|mezz ora|<num> minuti) fa'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('it.esc.symptom2', 'symptom', 2, ['(molto|tanto|super) (assonnato|assonnata|sonnolento|sonnolenta|pallido|pallida|molle)', '(suda|sudore) freddo', '(vomita|vomitando) e'], { applies: MEDICAL }),
    escalator('it.esc.abuse_danger', 'act', 2, [
      '(sta|stanno) (bussando forte|sbattendo|prendendo a calci|cercando di sfondare|picchiando) (alla|la|contro la) porta',
      '(mi sono|ci siamo|siamo|sono) (chiusa|chiuso|chiusi|nascosta|nascosto|nascosti|barricata|barricato) (in|nel|nella|con|dentro)',
      '(sa|ha scoperto) dove (sono|siamo|abito|abitiamo)',
    ], { category: 'abuse', applies: ABUSE }),
    escalator('it.esc.abuse_now', 'act', 1, ['(adesso|ora|in questo momento|stanotte|stasera)'], { applies: ABUSE }),
    escalator('it.esc.abuse_weapon', 'means', 2, ['(ha|tiene|ha preso|impugna) (un|il|una|la|il suo|la sua) {ARMA}'], { category: 'abuse', applies: ['abuse', 'harm_to_others'] }),
    escalator('it.esc.others_location', 'preparation', 2, ['(so|io so) (dove|a che ora) (abita|vive|lavora|esce|parcheggia)'], { category: 'harm_to_others', applies: ['harm_to_others'] }),
    dampener('it.idiom2', 'idiom', [
      '(muoio|morendo|moriva) dalla voglia',
      '(morto|morta|stanco morto|stanca morta) (di stanchezza|di sonno|dal ridere)',
      '(ammazzare|ammazzo) il tempo',
      '(questa attesa|questo caldo|il capo|la chemio|questa terapia) mi (sta uccidendo|uccide|ammazza)',
    ], { applies: NOT_MEDICAL }),
    dampener('it.dose', 'idiom', ['(prendo|ho preso|prendere) <num:0-1200> (mg|ml) (di )?~1 {PILLOLE}'], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('it.recovery2', 'recovery', ['(ora|adesso|oggi) sto (bene|meglio|molto meglio)', 'grazie alla terapia'], { applies: NOT_MEDICAL }),
    dampener('it.reported', 'reported', ['(letto|visto|sentito) ~3 (articolo|servizio|documentario|libro|film|serie|podcast)'], { applies: NOT_MEDICAL }),
    dampener('it.neg', 'negation', ['(non|mai|nessun|nessuna|ne)'], { gap: 3, applies: NOT_MEDICAL }),
    // a time that dates an urge, not an act: "stasera ho ancora voglia di farlo" (like en.neutral.feeling_now)
    neutral('it.neutral.dated_act', ['mi sono (tagliata|tagliato|bruciata|bruciato|ferita|ferito) (di nuovo )?(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) (sera|notte|scorso|scorsa)?']),
    // a recent act told in the past tense: "stanotte" is last night here, not a plan
    neutral('it.neutral.dated_night', ['(tagliata|tagliato|bruciata|bruciato|ferita|ferito|nuovo) (stanotte|ieri sera|ieri notte)']),
    // the time named as what the poster will not do
    neutral('it.neutral.not_now', ['non (ho|ho nessuna) (intenzione|voglia) di farlo (adesso|ora|oggi|stasera|stanotte)']),
    neutral('it.neutral.urge_now', ['(stasera|stanotte|oggi|adesso|ora) (ho|ho ancora|mi viene|mi e venuta|sento|sento ancora) (la )?(voglia|bisogno|tentazione) di']),
    // a cut while cooking or shaving is an accident, not self-harm
    neutral('it.neutral.accident', ['mi sono (tagliata|tagliato) (i capelli|le unghie|la frangia)', 'mi sono (tagliata|tagliato|bruciata|bruciato) (tagliando|cucinando|sbucciando|col coltello da cucina|con il forno|facendomi la barba|per sbaglio|in cucina)']),
    neutral('it.neutral', ['non (so|sto bene|ce la faccio piu|vedo|trovo|ha piu|ha senso|voglio piu vivere|voglio vivere|voglio svegliarmi|svegliarmi piu)']),
    dampener('it.idiom', 'idiom', ['(muoio|morire|morta|morto|morendo) di (fame|sonno|noia|caldo|freddo|risate|ridere|vergogna|stanchezza)', '(questa chemio|questo lavoro|questo dolore|questo) mi (sta uccidendo|uccide|ammazza)']),
    dampener('it.past', 'past', ['(anni|<num> anni|due anni|molti anni|tanto tempo) fa', 'quando ero (giovane|adolescente|ragazzo|ragazza|bambino|bambina|piccolo|piccola)', 'in passato', 'nel <num:1950-2030>'], { applies: NOT_MEDICAL }),
    dampener('it.recovery', 'recovery', ['(la terapia|il trattamento|questo gruppo) mi ha (aiutato|aiutata|salvato|salvata)', 'sto (molto )?meglio'], { applies: NOT_MEDICAL }),
    dampener('it.education', 'education', ['(prevenzione|tasso|tassi|statistiche) (del|dei|sul|sui)? ~2 suicid*', 'ho (letto|visto) (un|una|il|la) (articolo|libro|film|notizia|serie)'], { applies: NOT_MEDICAL }),
    dampener('it.jest', 'jest', ['(ahah*|haha*|scherzo|sto scherzando|scherzavo)'], { applies: ['harm_to_others', 'abuse'] }),
    blocker('it.recurrence', ['past', 'recovery'], ['(di nuovo|ancora|tornati|tornato|tornata|ultimamente)']),
    subject('it.subject.self', 'self', ['(io|mi|me|mio|mia|miei|mie)']),
    subject('it.subject.other', 'other', ['(lei|lui|loro)', '(la mia|il mio|mia|mio) (amica|amico|sorella|fratello|figlio|figlia|madre|padre|marito|moglie)']),
    subject('it.subject.generic', 'generic', ['(tu|qualcuno|voi)']),
    boundary('it.boundary', ['(ma|pero|tuttavia|eppure)']),
  ],
};
