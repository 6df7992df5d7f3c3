import type { CrisisLexicon } from '../types.js';
import { ABUSE, blocker, boundary, dampener, escalator, MEDICAL, neutral, NOT_MEDICAL, PERSONAL_AND_OTHERS, SELF_HARM_AND_SUICIDE, signal, subject, WEAPON_CATEGORIES } from './dsl.js';

/** Italian. Elisions are split ("l'ho" = "l ho"); accents are folded ("più" = "piu"). */
export const it: CrisisLexicon = {
  locale: 'it',
  macros: {
    PILLOLE: '(pillole|pastiglie|compresse|farmaci|medicine|sonniferi|calmanti|antidepressivi|tachipirina|paracetamolo|tramadolo|morfina|insulina|xanax|lexotan)',
    PERS: '(marito|moglie|compagno|compagna|fidanzato|fidanzata|ragazzo|ragazza|padre|madre|patrigno|matrigna|fratello|sorella|figlio|figlia|ex)',
    CHI: '(lui|lei|loro|mio {PERS}|mia {PERS}|il mio {PERS}|la mia {PERS})',
    QUANDO: '(stanotte|stasera|domani|questo fine settimana|questo weekend|adesso|subito|tra un ora|(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) (sera|prossimo)?)',
    ARMA: '(pistola|arma|fucile|coltello|lama)',
  },
  fuzzy: ['uccidermi', 'suicidarmi', 'ammazzarmi'],
  rules: [
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
      'non (vedo|trovo) (piu )?(un senso|senso|nessun senso|alcun senso|una via d uscita|via d uscita|uscita)',
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
