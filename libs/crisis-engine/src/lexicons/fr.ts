import type { CrisisLexicon, CrisisRule } from '../types.js';
import { ABUSE, blocker, boundary, dampener, escalator, MEDICAL, neutral, NOT_MEDICAL, OTHERS, PERSONAL_AND_OTHERS, SELF_HARM_AND_SUICIDE, signal, subject, WEAPON_CATEGORIES } from './dsl.js';

/**
 * The families the English lexicon covers, said the way French speakers say them (issue 3): ideation with its verb
 * forms and euphemisms, means with intent (medicines in quantity, insulin, weapons, heights, water, trains, cars),
 * timing, preparation, farewells, acts in progress, self-harm, threats, abuse, another person in danger now, lay words
 * for acute emergencies, and the idioms and reports that must stay quiet.
 */
const FR_FAMILIES: CrisisRule[] = [
  signal('fr.suicide.euphemism', 'suicide', 'medium', [
    '(j ai envie de|envie de|je veux) crever',
    '(je veux|je vais|j ai envie de|je compte) (mettre un terme a (tout|ma vie)|tirer ma reverence|quitter ce monde|partir pour de bon|ne plus etre la|que tout s arrete)',
    '(je veux|je vais|j ai envie de) (me jeter|me lancer|sauter) (sous|dans|du|d un|de la|depuis le) ~1 (train|metro|seine|fleuve|riviere|pont|toit|immeuble|falaise|viaduc|balcon|fenetre)',
    '(je vais|je veux) (m injecter|me faire) (toute|tous|toutes) ~2 (insuline|stylos|unites)',
    '(je vais|je veux) (foncer|me jeter|m ecraser|me planter) (avec la voiture|en voiture)? (contre|dans) (un|le|la) (mur|arbre|pilier|camion|platane)',
    '(je vais|je veux) (prendre|utiliser) (le|la) (fusil|pistolet|arme) (de mon|de ma) ~1 ({PERS}|grand pere)',
  ]),
  signal('fr.suicide.passive_wish', 'suicide', 'low', [
    'si je meurs (tant pis|tant mieux|peu importe)',
    '(je m en fiche|je m en fous) de (mourir|crever)',
    '(ce serait|ca serait) plus (simple|facile) de (ne pas me reveiller|ne plus me reveiller|mourir|disparaitre|ne plus etre la)',
    '(j aimerais|je voudrais|si seulement je pouvais) (ne plus me reveiller|mourir|disparaitre|ne plus exister|m endormir pour toujours)',
    '(ca|cela) ne changerait rien (que je sois la|si je n etais plus la|si je disparaissais|qu il soit la|qu elle soit la)',
    'a quoi bon (continuer|vivre|me battre|se battre|tout ca)',
    '(je |il |elle )?ne (vois|voit) plus (aucun|d|mon|son) avenir',
    '(personne|nul) ne (remarquerait|verrait) (mon absence|si je disparaissais|si je n etais plus la)',
    '(ils|elle|il|tout le monde|ma famille|mes enfants) (serait|seraient) (plus tranquilles|soulages|soulagee|mieux) (si je n etais plus la|sans moi)',
  ]),
  signal('fr.suicide.act_done', 'suicide', 'high', [
    'je viens (d avaler|de prendre|de m injecter) (toute la boite|tout le flacon|toute la plaquette|la boite|le flacon|<num:10-100000>) ~3 ({CACHETS}|insuline|stylos)',
    'je (me suis injecte|me suis injectee) (toute l insuline|tous mes stylos|<num:100-100000> unites)',
    '(je suis|je me trouve) (sur|au bord du|sur le rebord du) ~1 (pont|toit|rebord|parapet|falaise) ~5 (je vais sauter|je saute|je ne descendrai pas)',
  ]),
  signal('fr.self_harm.forms', 'self_harm', 'medium', [
    'je me (brule|suis brule|suis brulee) (avec|a la|au) (des cigarettes|une cigarette|un briquet|le briquet|cigarette|briquet)',
    'je me (tape|cogne|frappe) la tete contre (les murs|le mur)',
    'je me (gratte|griffe) jusqu au sang',
    'je me suis (entaille|entaillee|tailladee|taillade) (les bras|les cuisses|le bras|la cuisse|les poignets)',
  ], { person: 'self' }),
  escalator('fr.esc.unobserved', 'plan', 2, [
    '(quand|des que|pendant que|lorsque) (tout le monde|mon {PERS}|ma {PERS}|les enfants|ma famille|ils) (dormira|dort|dormiront|dorment|sera couche|sera couchee|seront couches|sera parti|sera partie|seront partis|sera au travail)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // "them all" with the clitic ("je les prends toutes"); "tout d'un coup" is "suddenly" and stays out
  escalator('fr.esc.all_at_once', 'plan', 2, [
    'je les (prends|prendrai|avale|avalerai|injecte|injecterai) (toutes|tous)',
    'je vais (toutes|tous) les (prendre|avaler|injecter)',
    '(toutes|tous) (en une fois|en meme temps) $',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // the routine of a prescription: "comme d'habitude", "au dîner"
  dampener('fr.context.routine', 'clarification', ['({CACHETS}|traitement) (du soir|du matin|du midi|de la journee|d aujourd hui)', '(comme d habitude|comme tous les (soirs|matins|jours)|comme prescrit|comme le medecin|au (diner|dejeuner|petit dejeuner|repas)|avec le repas|pilulier)'], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
  // the pills laid out ("on the table"), whoever they belonged to
  escalator('fr.esc.means_laid_out', 'means', 2, ['{CACHETS} ~4 (sur la table|sur le lit|a cote de moi|devant moi|alignes|alignees)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('fr.esc.means_insulin', 'means', 2, [
    '<num:100-100000> unites (d insuline)?',
    '(stylos|cartouches) (d insuline)? ~3 (gardes|garde|mis de cote|de cote|stockes|accumules|caches)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('fr.esc.at_place', 'means', 1, [
    '(j irai|je vais aller|je vais|je suis alle|je suis allee|je pars) (au|sur le|a la|sur la|pres du|au bord du|au bord de la) (pont|falaise|voie ferree|voies|riviere|fleuve|toit|quai|viaduc|lac|mer)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('fr.esc.timing_more', 'timing', 1, [
    '(demain matin|au petit matin|avant l aube|a minuit|cette nuit|dans la nuit)',
    // before the others wake or come home: nobody there to stop it
    'avant qu (ils|elles|il|elle) (se reveillent|se reveille|rentrent|rentre|arrivent|arrive)',
  ], { applies: PERSONAL_AND_OTHERS }),
  escalator('fr.esc.preparation_letters', 'preparation', 2, [
    '(laisse|ecrit|ecris|laisserai) (une|des|ma|mes) (lettre|lettres|mot|mots) (pour|a) (chacun|tout le monde)',
    '(laisse|ecrit|ecris|laisserai) (une|des|ma|mes) (lettre|lettres|mot|mots) (pour|a) (ma|mon|mes) ~1 ({PERS}|enfants|parents|famille|proches|amis)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // belongings given away: nothing alone, preparation beside "I won't need them", a date or a farewell
  escalator('fr.esc.giving_away', 'preparation', 2, [
    '(j ai donne|j ai offert|je donne|j ai vendu|je vends) (mon|ma|mes|toutes mes|tous mes) ~3 (guitare|velo|moto|voiture|vetements|livres|disques|appareil photo|ordinateur|console|bijoux|montre|bague|affaires|chien|chat|plantes|collection|instruments|outils)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('fr.esc.ends_on', 'plan', 2, ['(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce week end|bientot|demain|ce soir|cette nuit) (tout s arrete|tout se termine|tout sera fini|tout sera termine|c est la fin)'], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('fr.esc.preparation_affairs', 'preparation', 1, [
    '(j ai|je viens de) (fait|faire|rediger|redige) (mon|un) testament',
    '(j ai tout range|j ai mis de l ordre dans|j ai regle) (mes|tous mes)? ~1 (affaires|papiers|comptes)',
    '(le|mon|la|ma) (chat|chien|chatte|chienne) (est|sera|va) (chez|avec) (la|le|ma|mon|une|un)',
    '(j ai confie|je confie|j ai trouve une famille pour) (mon|ma|mes) (chat|chien|chatte|chienne|animaux)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('fr.esc.farewell_more', 'farewell', 2, [
    '(ne me cherchez pas|ne m en voulez pas|ce n est la faute de personne)',
    'pardonnez moi (pour ce que je vais faire|pour tout)',
    'vous avez ete (ma famille|ma seule famille|tout pour moi)',
  ], { category: 'suicide', person: 'self' }),
  escalator('fr.esc.farewell_thanks', 'farewell', 1, ['merci pour tout ~2 (vraiment|pour ces annees|de m avoir supporte)', 'je vous aime (tous|toutes)'], { applies: SELF_HARM_AND_SUICIDE }),
  // someone else's overdose, now: an emergency whoever took it
  escalator('fr.esc.other_overdose', 'act', 2, [
    '(il|elle|mon {PERS}|ma {PERS}) (a avale|a pris|s est injecte|s est injectee) (toute sa|tout son|toute la|tout le|<num:10-100000>) ~2 ({CACHETS}|boite|flacon|plaquette|plaquettes|boites|stylos|insuline)',
    'vient (d avaler|de prendre) (<num:10-100000>|toute sa|tout son|toute la|tout le) ~2 ({CACHETS}|boite|flacon|plaquette|plaquettes)',
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),
  signal('fr.suicide.other_now', 'suicide', 'medium', [
    '(il|elle) (va|allait|voulait|veut) (se tuer|se suicider|se jeter|sauter|se pendre|en finir|se tirer une balle|se flinguer|se noyer|s ouvrir les veines|se foutre en l air)',
    '(en disant|disant|dit|a dit|crie) (qu il|qu elle) (va|allait) (se tuer|se suicider|se jeter|sauter|se pendre|en finir)',
  ], { person: 'other' }),
  escalator('fr.esc.other_gone', 'act', 1, [
    '(il|elle) est parti (en voiture|avec la voiture|de la maison|sans rien dire)',
    '(il|elle) est partie (en voiture|avec la voiture|de la maison|sans rien dire)',
    '(a laisse|a oublie) son (telephone|portable) (a la maison|ici)',
    'il y a (dix|cinq|vingt|quinze|<num:1-120>) minutes',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  signal('fr.others.threat_means', 'harm_to_others', 'medium', [
    '(je vais|je veux) (aller|debarquer) (chez (lui|elle)|a son (travail|bureau)) avec (un|une|mon|ma|le|la) {ARME}',
    '(je vais|je veux) (l|les) (empoisonner|poignarder|planter|egorger|saigner)',
    '(je vais|je veux) (mettre le feu|foutre le feu) (a sa|chez)',
    // the present for the future: "demain je vais à son bureau avec le fusil"
    '(je vais|j irai|je passe) (a son|chez|dans son|devant son) (bureau|travail|domicile|ecole|cabinet|magasin) ~2 avec (le|la|un|une|mon|ma) ~3 {ARME}',
  ]),
  escalator('fr.esc.weapon_out', 'means', 2, ['(a|avait) (sorti|pris|attrape|saisi) (un|une|le|la|son|sa) {ARME}', '{ARME} (a la main|dans la main|dans les mains)'], { applies: ['harm_to_others', 'abuse'] }),
  // a gun brought to school or work to shoot everyone
  signal('fr.others.mass_threat', 'harm_to_others', 'high', [
    '(pistolet|arme|fusil|carabine) ~8 (lycee|college|ecole|classe|fac|universite|travail|bureau) ~4 (tirer|tuer|buter)',
  ]),
  signal('fr.others.threat_told', 'harm_to_others', 'medium', [
    '(mon|ma) {PERS} ~4 (dit|crie|hurle|menace) (qu il|qu elle|de) (va )?(tuer|poignarder|planter|egorger) (son|sa|ses|mon|ma|le|la)',
    '(a pris|a sorti|tient) (un|le) (couteau|fusil|pistolet) ~6 (tuer|poignarder|planter|egorger)',
  ], { person: 'other' }),
  signal('fr.abuse.control', 'abuse', 'medium', [
    // a threat with its condition: "si je le quitte il me tue"
    'si ~6 (il|elle) (me|nous) (tue|tuera|tuerait|butera|buterait)',
    '{AGENT} (me )?(cache|confisque|jette|garde|prend|vole|retire) (mon insuline|mes medicaments|mes cachets|mon traitement|mon inhalateur|mes papiers)',
    '{AGENT} (m empeche|m interdit) (d aller chez le medecin|d aller a mes rendez vous|de prendre mon traitement|de sortir|de voir ma famille)',
    '{AGENT} (me sequestre|m a sequestree|m a sequestre|m enferme depuis)',
  ]),
  signal('fr.abuse.child', 'abuse', 'medium', [
    '{AGENT} (frappe|bat|secoue|brule) (le|la|les|mon|ma|mes) (petit|petite|bebe|enfant|enfants|fils|fille|gamin|gamine)',
    'j entends (le|la|les) (petit|petite|bebe|enfant|enfants) (pleurer|crier|hurler) ~6 (personne|ne repond)',
  ]),
  signal('fr.abuse.child_alone', 'abuse', 'high', [
    '(petit|petite|bebe|enfant|enfants|gamin|gamine) ~6 (seul|seule|seuls) ~3 depuis (deux|trois|plusieurs|<num:1-30>) (jours|nuits)',
  ]),
  signal('fr.medical.lay_high', 'medical_emergency', 'high', [
    '(le pire|la pire) (mal de tete|migraine|douleur) de (ma |sa )?vie',
    // half the body gone, speech like a drunk's: a stroke told by a relative
    'ne (peut|peux) (soudain |soudainement |tout a coup )?plus bouger (la moitie du corps|un cote|le cote droit|le cote gauche)',
    'parle comme (s il etait|si elle etait|si j etais) (ivre|saoul|saoule|bourre|bourree)',
    '(gorge|langue) (se ferme|se serre|se bouche|gonfle|enfle)',
    '(mal de tete|migraine) (brutal|brutale|soudain|soudaine|en coup de tonnerre|explosif) ~4 (vomi*|nuque|voit)',
    '(douleur|serrement|oppression|poids|mal) ~3 (poitrine|thorax) ~8 (bras|machoire|du mal a respirer|transpire|sueurs)',
    '(s est cogne|s est tape|est tombe|est tombee) ~3 la tete ~8 (vomi*|somnolent|somnolente|endormi|endormie|confus|confuse|ne se reveille)',
    '(cetones|acidocetose) ~5 (vomi*|respire|confus*)',
    '(convulse|convulsions|crise) ~3 (ne s arrete pas|n arrete pas|sans s arreter)',
    'levres ~3 (bleues|violettes)',
    '(piqure|cacahuete|arachide|allergie|noix|fruits de mer) ~6 (respire mal|n arrive plus a respirer|gonfle|gonflent|se ferme)',
    '(mare|flaque) de sang',
    '(trempe|trempee|pisse) (de|le) sang',
    '(parle|parlait) (bizarrement|bizarre|de travers|avec difficulte) ~6 (bras|visage|bouche)',
    '(bras|jambe) (tout mou|toute molle|inerte|ne repond plus) ~6 (parle|visage|bouche)',
  ]),
  // fever after chemotherapy: each alone is nothing, together (within two sentences) an urgent call to the team
  escalator('fr.esc.fever', 'symptom', 2, ['fievre (elevee|tres elevee)', 'fievre (a|de) <num:37-43>', '<num:38-42> (de fievre|degres|de temperature)', 'fievre ~2 <num:38-42>', '(j ai|il a|elle a|a) de la fievre'], { category: 'medical_emergency', applies: MEDICAL }),
  // chemotherapy already given (not one about to start)
  escalator('fr.esc.chemo', 'symptom', 1, [
    '(neutropenie|neutropenique|aplasie|globules blancs bas)',
    '(apres|depuis) (la |ma )?(chimio|chimiotherapie)',
    '(ma derniere|la derniere|j ai eu|j ai fait) ~1 (chimio|chimiotherapie)',
    '(chimio|chimiotherapie) (il y a|date de|etait)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  // an allergen met, then swelling or no air: each raises the other
  escalator('fr.esc.allergen', 'symptom', 2, ['piqure (de|d) (guepe|abeille|frelon|insecte)', '(pique|piquee) par (une|un) (guepe|abeille|frelon)', '(mange|avale) ~3 (cacahuetes|arachides|noix|crevettes|fruits de mer)'], { applies: MEDICAL }),
  signal('fr.medical.swelling', 'medical_emergency', 'medium', ['(levres|langue|gorge|visage|paupieres) ~2 (gonflent|gonfle|gonflees|gonflee|enflent|enfle|enflees|enflee)']),
  // a car's exhaust in a closed garage: nothing alone, a means beside a time, a window or resolve
  // a ligature already tied to an anchor: a means at hand, high beside resolve or a time
  escalator('fr.esc.ligature_tied', 'means', 2, ['(corde|ceinture|cable) ~4 (attachee|attache|accrochee|accroche|nouee|noue|prete|pret) ~3 (poutre|plafond|crochet|rampe|arbre|branche|porte|tuyau|lustre)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // poison put in someone's food or drink
  signal('fr.others.poison', 'harm_to_others', 'medium', ['(mettre|verser|je mets|je verse) (du |de la )?(poison|mort aux rats|javel|raticide) dans (la|sa|son|ses) (soupe|nourriture|cafe|verre|repas|boisson|assiette)']),
  // a caustic or a poison swallowed: medium, high with the signs beside it (vomiting blood, no air)
  signal('fr.medical.ingestion', 'medical_emergency', 'medium', ['(a bu|a avale|j ai bu|j ai avale) ~3 (javel|eau de javel|destop|soude|mort aux rats|poison|antigel|white spirit|ammoniaque)']),
  escalator('fr.esc.symptom_blood', 'symptom', 2, ['(vomit|vomis|crache|crachait) (du )?sang'], { applies: MEDICAL }),
  escalator('fr.esc.others_arrival', 'preparation', 2, ['je sais (a quelle heure|quand) (il|elle) (arrive|sort|part|finit)'], { category: 'harm_to_others', applies: OTHERS }),
  escalator('fr.esc.exhaust', 'means', 2, [
    'garage ~8 moteur (allume|en marche|qui tourne|tourne)',
    'moteur (allume|en marche|qui tourne) ~8 garage',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // warning signs taught or read about are not a patient's signs
  dampener('fr.education.medical', 'education', [
    '(signes|symptomes) (d un|d une|de l|du|de) ~1 (avc|infarctus|anaphylaxie|hypoglycemie|crise|meningite|septicemie)',
    '(on l a|on a|j ai|nous avons) (appris|vu) ~3 (formation|cours|atelier)',
  ], { applies: MEDICAL }),
  // someone else's farewell: low alone, high once they no longer answer
  signal('fr.suicide.farewell_received', 'suicide', 'medium', ['(m a envoye|m a ecrit|a poste|a publie|m a laisse) (un|une) (message|mot|texto|sms|lettre) d adieu'], { person: 'other' }),
  signal('fr.suicide.farewell_unanswered', 'suicide', 'high', ['(message|mot|texto|sms|lettre) d adieu ~6 ne repond (plus|pas)'], { person: 'other' }),
  // bleeding after a birth measured by the pad, or heavy beside the birth
  signal('fr.medical.postpartum_bleeding', 'medical_emergency', 'high', [
    '(je remplis|je trempe|remplit|trempe) (une|un) (serviette|protection|tampon) (toutes les|en) ~2 (minutes|heure|demi heure)',
    '(saigne|saignement) (enormement|abondamment|beaucoup) ~4 (accouchement|cesarienne|fausse couche|curetage)',
  ]),
  // a diabetic's breath smelling of acetone or fruit: medium, high beside deep breathing or drowsiness
  signal('fr.medical.ketone_breath', 'medical_emergency', 'medium', ['(haleine|souffle|sent) ~3 (acetone|pomme|fruit|dissolvant)']),
  escalator('fr.esc.deep_breathing', 'symptom', 2, ['respire (tres )?(fort|vite|profondement)', '(tout|toute) (somnolent|somnolente|endormi|endormie)'], { applies: MEDICAL }),
  // a new blade bought with the urge to use it
  signal('fr.self_harm.blade_bought', 'self_harm', 'medium', ['(j ai achete|je me suis achete|je me suis achetee) (une|des) ~1 (lame|lames|cutter|rasoir) ~8 (m en servir|l utiliser|les utiliser|me couper|me scarifier)'], { person: 'self' }),
  // a hypothetical asked for help ("if I ever had suicidal thoughts, whom do I call?")
  dampener('fr.hypothetical.help', 'hypothetical', ['(si un jour|si jamais|au cas ou) (j avais|je ressentais|j en venais a avoir)'], { applies: SELF_HARM_AND_SUICIDE }),
  dampener('fr.idiom.trouble', 'idiom', [
    '(ces|ce|cette|la|le|les|mes|mon|ma) (papiers|paperasse|boulot|travail|gosses|gamins|examens|administration|secu|queue|attente|bureaucratie|chef|patron|voisins|chaleur|demarches|formulaires) ~3 (vont me tuer|va me tuer|me tue|me tuent|vont m achever|va m achever)',
    '(mort|morte|morts|mourir|meurs) de (rire|honte|peur|ennui)',
  ], { applies: NOT_MEDICAL }),
  // a character's line in a play, film or novel
  dampener('fr.education.fiction', 'education', ['(personnage|heroine|heros|acteur|actrice|narrateur|narratrice) ~3 (dit|disait|crie|criait|repete)', '(dit|disait|crie|criait) (le|la) (personnage|heroine|heros|acteur|actrice|narrateur|narratrice)'], { applies: NOT_MEDICAL }),
  dampener('fr.reported_more', 'reported', [
    '(article|reportage|etude|livre|roman|film|serie|emission) (sur|a propos de|au sujet de) ~3 (suicide|suicides|automutilation|violences)',
    '(selon|d apres) (les infos|le journal|la tele|les medias)',
  ], { applies: NOT_MEDICAL }),
];

/**
 * Families the blind sets showed missing (phrasings the rules above never anticipated), written with their verb forms,
 * agreements and elisions rather than as sentences. Sentences and hard negatives: `test/cases/tuning-intl-17.jsonl`.
 */
const FR_UNSEEN_PHRASINGS: CrisisRule[] = [
  // someone collapsed and not responding, pale and sweating, breathing oddly: two signs are an emergency (engine 4b)
  escalator('fr.esc.unresponsive', 'symptom', 2, [
    '(repond|reagit) (plus|pas|presque plus|presque pas) (quand|meme|a|du tout|et|depuis|$)',
    // "elle s'est évanouie deux fois" is a faint told after the fact, not someone unconscious now
    '(est|etait|reste) (inconscient|inconsciente|sans connaissance|dans les vapes)',
    '(l ai trouve|l ai trouvee|on l a trouve|on l a trouvee) (evanoui|evanouie|inconscient|inconsciente|sans connaissance|par terre)',
    '(arrive|arrivons|arrivent|arrives) (pas|plus) a (le|la) (reveiller|faire reagir)',
    '(tres|super|hyper|completement) (somnolent|somnolente|endormi|endormie|ensuque|ensuquee|vaseux|vaseuse)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('fr.esc.breathing_sweat', 'symptom', 2, [
    'respire (bizarrement|bizarre|mal|tres mal|difficilement|tres lentement|avec difficulte|fort et vite|tres vite|bruyamment|en sifflant)',
    'respiration (est |semble |parait |devient )?(tres )?(bizarre|difficile|sifflante|rauque|haletante|irreguliere|faible|bruyante)',
    '(siffle|sifflement|sifflements) (quand|en) ~2 respir*',
    '(sueurs froides|sueur froide|suer a grosses gouttes|en nage|trempe de sueur|trempee de sueur)',
    '(pale|pales|blanc|blanche|gris|grise|livide) (et|en) ~1 (sueur|sueurs|moite|moites|transpire|transpirant|transpirante|trempe|trempee)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    a low that does not come up after sugar, or the eyes and legs failing
  escalator('fr.esc.hypo_refractory', 'symptom', 2, [
    '(remonte|monte|remontent) (pas|toujours pas|plus)',
    '(continue|continuent) (a|de) (baisser|descendre|chuter)',
    '(vois|voit) (tout )?(flou|trouble|double)',
    'jambes (ne )?(repondent|obeissent|tiennent|me portent) (plus|pas)',
  ], { applies: MEDICAL }),
  //    a glucose meter in g/L (0.54 g/L is 54 mg/dL)
  signal('fr.medical.low_sugar_gl', 'medical_emergency', 'medium', [
    '(glycemie|lecteur|capteur|dextro|glucometre|freestyle|libre) ~3 (affiche|indique|marque|est a|a|de|montre) <num:0.1-0.54>',
    // mg/dL ("le capteur affiche 45"); a decimal comma ("0,35 g/L") ends the clause and is not read
    '(glycemie|lecteur|capteur|dextro|glucometre|freestyle|libre) ~3 (affiche|indique|marque|est a|montre) <num:20-54>',
  ]),
  // passive wishes and burden (low): "si je ne me réveillais pas demain", "préférerait partir avant"
  signal('fr.suicide.passive_more', 'suicide', 'low', [
    // the counterfactual of a wish ("si je ne me réveillais pas"), not the alarm clock ("si je ne me réveille pas à temps")
    'si (je|il|elle) ne (me|se) (reveillais|reveillait|reveillerais|reveillerait) (pas|plus)',
    // with its "ne" inside the span, so neither "ne" nor "pas" reads as a negation of the fear
    'ne (veut|voulait|voudrait|veux|voudrais|veulent) (pas|plus) (devenir|etre) (un fardeau|une charge|un poids)',
    '(veut|voulait|voudrait|veux|voudrais|veulent) (pas|plus) (devenir|etre) (un fardeau|une charge|un poids)',
    // "partir avant" said of dying, not of leaving early ("partir avant 8h")
    '(prefererait|prefere|prefererais|preferais|preferait|aimerait mieux|aimerais mieux) (partir|mourir|s en aller|m en aller) (avant $|avant de (perdre|devenir|souffrir|finir|etre|ne plus|tout oublier)|avant que)',
    '(prefererait|prefere|prefererais|preferais|preferait|aimerait mieux|aimerais mieux) mourir (maintenant|tout de suite|plutot|$)',
    '(sers|sert) (plus )?a rien ~6 (mieux pour tout le monde|mieux sans moi|mieux sans lui|mieux sans elle)',
  ]),
  //    "si je ne me réveillais pas demain": the day names the waking, it does not time an act
  neutral('fr.neutral.wake_tomorrow', ['(reveillais|reveillait|reveille|reveiller|reveillerais|reveillerait) (pas|plus) demain']),
  //    "cette nuit j'ai pensé…": the night past, told in the passé composé, does not time an act
  neutral('fr.neutral.night_past', ['(cette nuit|ce soir|hier soir) (j ai|il a|elle a|j ai encore|j ai de nouveau) (pense|reve|dormi|eu|passe|pleure)']),
  // self-harm taken up again: "j'ai recommencé avec une lame", "rechute"
  signal('fr.self_harm.self_harm_relapse', 'self_harm', 'medium', [
    'recommence ~4 (lame|lames|cutter|rasoir|compas|me couper|me scarifier|me bruler|me mutiler|me faire du mal|scarif*|automutil*)',
    '(rechute|rechute avec|refait) ~3 (lame|lames|cutter|rasoir|scarif*|automutil*|me couper)',
    '(coupee|coupe|brulee|brule|scarifiee|scarifie) (a nouveau|encore une fois|de nouveau) ~3 (bras|poignet|poignets|cuisse|cuisses|ventre)',
  ], { person: 'self' }),
  // an overdose drunk or swallowed whole: "il a bu tout le flacon de méthadone"
  signal('fr.suicide.overdose_whole', 'suicide', 'high', [
    // every pill of a kind, swallowed, or taken at once ("a avalé tous ses cachets de lithium d'un coup")
    '(avale|avalee|avales|avalees) (tous|toutes) (ses|les|mes|leurs|tes) ~1 {CACHETS}',
    '(pris|prise) (tous|toutes) (ses|les|mes|leurs|tes) ~2 {CACHETS} (d un coup|d un seul coup|en une fois|a la fois|ensemble)',
    '(bu|bue|avale|avalee|vide|videe|ingurgite|pris|prise) (tout|toute|tous|toutes) (le|la|les|sa|son|ses|mon|ma|mes) (flacon|flacons|boite|boites|plaquette|plaquettes|bouteille|tube|reserve|stock) (de|d) ~1 ({CACHETS}|methadone|sirop|lithium|antidouleurs|neuroleptiques|laudanum|codeine|opium)',
  ]),
  escalator('fr.esc.overdose_whole_medical', 'act', 2, [
    '(bu|bue|avale|avalee|vide|videe|ingurgite) (tout|toute|tous|toutes) (le|la|les|sa|son|ses|mon|ma|mes) (flacon|flacons|boite|boites|plaquette|plaquettes|bouteille|tube|reserve|stock) (de|d) ~1 ({CACHETS}|methadone|sirop|lithium|antidouleurs|neuroleptiques|laudanum|codeine|opium)',
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),
  // confinement by someone else (not the poster hiding: "je me suis enfermée" is read by the neutral below)
  signal('fr.abuse.locked_in', 'abuse', 'medium', [
    // with an object pronoun: someone locks the poster or another person in ("m'ont enfermée", "il l'enferme")
    '(m|l|nous|les|t) (ont|a|avait|avaient) ~1 (enferme|enfermee|enfermes|enfermees|sequestre|sequestree|sequestres|sequestrees)',
    '(m|l|nous|les|t) (enferme|enferment|enfermait|enfermaient|sequestre|sequestrent) (dans|a|au|a clef|a cle|quand|chaque|tous)',
    '(enferme|enfermee|enfermes|enfermees|sequestre|sequestree) (ma|mon|sa|son|leur|notre|mes|ses) ~2 (dans|a|au|depuis)',
    '(enferme|enfermee|enfermes|enfermees|sequestre|sequestree|sequestres|sequestrees) (dans|a|au) (la|ma|sa|leur|le|mon|son|notre|une|un)? ~1 (chambre|cave|salle de bain|salle de bains|grenier|garage|piece|placard|cellier|appartement|maison|toilettes|sous sol|buanderie)',
  ]),
  neutral('fr.neutral.self_locked', [
    'je m (enferme|enfermais) (dans|a|au|a clef|a cle|quand|chaque|tous)',
    'je m (enferme|enfermais) (dans|a|au) (la|ma|sa|leur|le|mon|son|notre|une|un)? ~1 (chambre|cave|salle de bain|salle de bains|grenier|garage|piece|placard|toilettes|bureau)',
    '(suis|sommes|est|etais|etait|s est) (enferme|enfermee|enfermes|enfermees) (dans|a|au) (la|ma|sa|leur|le|mon|son|notre|une|un)? ~1 (chambre|cave|salle de bain|salle de bains|grenier|garage|piece|placard|cellier|appartement|maison|toilettes|sous sol|buanderie)',
  ]),
  escalator('fr.esc.confined_long', 'act', 1, [
    'depuis (hier|cette nuit|ce matin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)',
    '(depuis|ca fait) (une heure|une demi heure|des heures|<num:5-59> minutes|<num:1-24> heures|tout a l heure)',
    '(encore|toujours) (la|ici|dans l appartement|dans la maison|a la maison|devant la porte|dans le couloir)',
    'sans (manger|nourriture|eau|ses medicaments|mes medicaments|son insuline|mon insuline|son traitement|mon traitement|ses cachets|mes cachets)',
  ], { applies: ABUSE }),
  signal('fr.abuse.weapon_threat', 'abuse', 'medium', [
    '(menace|menacee|menaces|menacees|menacait|menacent|menace) (avec|d) (un|une|son|sa|le|la)? ~1 {ARME}',
  ]),
  //    an accident in the kitchen is not self-harm; a box of chocolates is not an overdose; ten years ago is past
  dampener('fr.clarification.kitchen', 'clarification', ['(en cuisinant|en epluchant|couteau a pain|couteau de cuisine|mandoline|en me rasant|en bricolant)'], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
  dampener('fr.clarification.treats', 'clarification', ['(boite|paquet|pot|sachet|tablette) (de|d) (chocolats|chocolat|bonbons|biscuits|gateaux|cookies|cereales|chips|glace|pralines|macarons)'], { scope: 'clause', applies: SELF_HARM_AND_SUICIDE }),
  dampener('fr.past.years_ago', 'past', ['(il y a|ca fait|cela fait) (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente) ans'], { applies: NOT_MEDICAL }),
  // a beating promised by the poster: "je vais lui casser la gueule"
  signal('fr.others.beating_threat', 'harm_to_others', 'medium', [
    // not "tu vas te casser la figure" (you will fall)
    '(vais|allons|va) (lui|leur|te|vous) (casser|peter|exploser|defoncer|eclater|refaire|fracasser) (la gueule|la tete|la figure|les dents|le crane|la face|le portrait|les genoux)',
    '(vais|allons) (le|la|les|te) (buter|tabasser|defoncer|cogner|fracasser|massacrer|egorger|saigner) (si|quand|des|la prochaine|$)',
    '(vais|allons) (lui|leur) (mettre|coller|foutre) (une raclee|une droite|une beigne|une baffe|une rouste|une correction|sa raclee)',
  ]),
];

/** French. Elisions are split ("j'ai" = "j ai", "n'en" = "n en"); accents are folded. */
export const fr: CrisisLexicon = {
  locale: 'fr',
  macros: {
    CACHETS: '(cachets|cachet|comprimes|comprime|medicaments|medocs|pilules|somniferes|anxiolytiques|antidepresseurs|doliprane|paracetamol|tramadol|morphine|insuline|xanax|lexomil)',
    PERS: '(mari|femme|conjoint|conjointe|copain|copine|compagnon|compagne|pere|mere|beau pere|belle mere|frere|soeur|fils|fille|ex)',
    AGENT: '(il|elle|ils|mon {PERS}|ma {PERS})',
    QUAND: '(ce soir|cette nuit|demain|ce week end|ce weekend|tout a l heure|maintenant|dans une heure|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (soir|prochain)?|apres (le rendez vous|mon rendez vous))',
    ARME: '(arme|pistolet|fusil|revolver|couteau|lame)',
  },
  fuzzy: ['suicider', 'suicidaire'],
  rules: [
    ...FR_FAMILIES,
    ...FR_UNSEEN_PHRASINGS,
    signal('fr.suicide.act', 'suicide', 'high', [
      'j ai (pris|avale) (toute la boite|tous mes|toutes mes|toute la plaquette|<num:10-100000>|plein de|trop de) ~2 {CACHETS}',
      '(pris|avale) (toute|tout) (la boite|le flacon|la plaquette)',
      'j ai la corde au cou',
    ]),
    signal('fr.suicide.active', 'suicide', 'medium', [
      '(je )?(veux|voudrais|vais|ai envie de|pense a|pense) (mourir|me tuer|me suicider|en finir $|mettre fin a mes jours|mettre fin a ma vie|disparaitre pour toujours)',
      '(envie|besoin) de (mourir|me tuer|me suicider|en finir $)',
      '(me suicider|me tuer|en finir avec (la vie|tout|ma vie))',
      'mettre fin a (mes jours|ma vie)',
      '(ne )?(veux|veut) plus vivre',
      '(plus|pas) envie de vivre',
      '(pensees|idees) suicidaires',
      '(je suis|je me sens) suicidaire',
      'suicidaire',
      '(je prefererais|je prefere|plutot) (etre )?(mort|morte|mourir)',
    ]),
    signal('fr.suicide.passive', 'suicide', 'low', [
      'n en peux plus',
      '(je ne vois|je vois) (plus|pas) (de sens|d issue|l interet|le bout|de sortie)',
      '(ma vie )?n a (plus )?(aucun )?sens',
      '(seraient|serait|serais) mieux sans moi',
      '(je suis|suis) un (fardeau|poids)',
      '(ne )?(plus|pas) me reveiller',
      '(je veux|envie de) disparaitre',
      '(plus d espoir|aucun espoir|sans espoir|desespere|desesperee)',
      '(a bout|au bout du rouleau)',
      'idees noires',
      '(fatigue|fatiguee|marre) de (vivre|me battre|lutter)',
    ]),
    signal('fr.self_harm.act', 'self_harm', 'medium', [
      'je me (scarifie|coupe|mutile|brule|fais du mal|suis coupe|suis coupee|suis scarifie|suis scarifiee)',
      '(scarification|scarifications|automutilation|me scarifier|me couper)',
    ]),
    signal('fr.others.threat', 'harm_to_others', 'medium', ['je vais (le|la|les) (tuer|buter|frapper)', '(je vais|envie de|je veux) (tuer|buter) (ce|cette|mon|ma|le|la)', 'envie de (le|la|les) tuer']),
    signal('fr.abuse.violence', 'abuse', 'medium', [
      '{AGENT}? (me frappe|m a frappe|me bat|me battait|me pousse|m a pousse|m etrangle|m a etranglee|me viole|m a violee|me menace|m a menace|m enferme|me tape)',
      'menace de me tuer',
      'ne me laisse pas (sortir|partir|voir)',
      '(violence|violences) (conjugale|conjugales)',
    ]),
    signal('fr.abuse.fear', 'abuse', 'low', ['j ai peur de (lui|mon {PERS}|rentrer)']),
    signal('fr.medical.high', 'medical_emergency', 'high', [
      '(visage|bouche) (paralyse|engourdi|tombant|de travers|deforme)',
      'je n arrive plus a (parler|bouger le bras|lever le bras)',
      '(parole|elocution) (confuse|difficile|pateuse)',
      '(gorge|langue) (gonflee|qui gonfle|serree|qui se ferme|enflee)',
      '(je fais|il fait|elle fait|en train de faire) (un avc|une crise cardiaque|un infarctus|une crise d epilepsie)',
      '(douleur|serrement) (dans la|a la) poitrine ~3 (bras|machoire|respirer)',
      'douleur thoracique ~3 (bras|machoire|respirer)',
      '(ne respire plus|ne respire pas|ne se reveille pas|inconscient|inconsciente)',
      'levres (bleues|violettes)',
      '(saignement|ca) ne s arrete pas',
      '(convulsion|convulsions|crise) depuis ~1 <num:5-999> minutes',
      '(convulsion|convulsions|crise|convulse) ~4 depuis (plus de |au moins |presque )?(cinq|six|sept|huit|neuf|dix|quinze|vingt|<num:5-999>) minutes',
      'respire (presque|a peine|quasiment) plus',
    ]),
    signal('fr.medical.medium', 'medical_emergency', 'medium', ['(douleur|mal) (dans la|a la) poitrine', '(poids|pression|serrement|oppression|douleur|barre) ~2 (sur la|dans la|a la) poitrine', 'douleur thoracique', '(du mal|n arrive pas) a respirer', 'glycemie (a|de)? ~1 <num:0-54>', 'saigne (beaucoup|abondamment)']),
    escalator('fr.esc.timing', 'timing', 1, ['{QUAND}'], { applies: PERSONAL_AND_OTHERS }),
    escalator('fr.esc.plan', 'plan', 2, ['j ai un plan', '(c est decide|ma decision est prise|j ai decide)', 'c est (la nuit|le jour)'], { category: 'suicide' }),
    escalator('fr.esc.means', 'means', 2, ['j ai (achete|garde|stocke|accumule|mis de cote|prepare) ~2 ({CACHETS}|corde|arme|pistolet|fusil|revolver|couteau)', '{CACHETS} (sont )?(prets|alignes|sur la table)'], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    escalator('fr.esc.farewell', 'farewell', 2, ['(adieu|au revoir) (a tous|tout le monde|pour toujours)', '(c est|ceci est) mon dernier (message|post)', 'je ne serai plus (la|ici)', '(lettre|lettres) d adieu', 'donne (toutes )?mes affaires'], { category: 'suicide', person: 'self' }),
    escalator('fr.esc.farewell_weak', 'farewell', 1, ['merci pour tout', 'prenez soin de (mes enfants|mon chien|mon chat)'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('fr.esc.symptom', 'symptom', 2, ['(confus|confuse|desoriente|desorientee)', '(bras gauche|machoire)', 'respirer', '(irradie|descend|remonte|file) (dans|vers|jusqu a) (la|le|l) (machoire|bras|epaule|dos|cou)', '(en sueur|sueurs froides|tout pale|toute pale)'], { applies: MEDICAL }),
    escalator('fr.esc.abuse', 'act', 2, ['(il|elle) (est devant|tape a) la porte', 'je me suis (enfermee|enferme|cachee|cache)'], { applies: ABUSE }),
    // ── expansion: intent with means and timing, preparation, third parties, medical, abuse at the door ──
    signal('fr.suicide.method', 'suicide', 'medium', [
      '(j avale|je vais avaler|je prends|je vais prendre|avaler|prendre|je compte prendre|je compte avaler) (toutes|tous|toute la boite de|tout le flacon de|la boite de|<num:10-100000>) (mes|les|de mes|de)? ~1 {CACHETS}',
      '(je vais|je veux|je compte) (me pendre|me jeter|sauter|me tirer une balle|m ouvrir les veines|me noyer|me foutre en l air)',
      // the present for the future: "demain je saute du pont"
      'je (saute|me jette|me lance) (du|d un|de la|depuis le|sous le|sous un|par la) ~1 (pont|toit|immeuble|falaise|train|balcon|fenetre|viaduc)',
      '(me pendre|me jeter sous un train|me jeter du pont|me jeter par la fenetre|m ouvrir les veines|me tirer une balle|me foutre en l air)',
      '(combien|quelle dose) (de )?~1 {CACHETS} (pour|faut il pour) (mourir|ne pas me reveiller|en finir)',
    ]),
    signal('fr.suicide.active2', 'suicide', 'medium', [
      '(j ai|j avais) envie de (mourir|me tuer|en finir|disparaitre pour toujours)',
      '(je pense|je pense souvent|j y pense|je pense tout le temps) (a|au) (mourir|me tuer|me suicider|en finir|suicide)',
      'je ne veux plus (vivre|etre la|exister)',
    ]),
    signal('fr.suicide.passive2', 'suicide', 'low', [
      'j en peux plus',
      '(dormir|m endormir) et ne (plus|jamais) me reveiller',
      '(ne plus|jamais) me reveiller',
      '(ma famille|mes enfants|tout le monde|ils) (serait|seraient|serai) (mieux|plus heureux|plus heureuse|tranquilles) sans moi',
      '(je ne sers a rien|a quoi bon)',
      '(je suis|suis) un (poids|fardeau) pour',
    ]),
    signal('fr.suicide.other', 'suicide', 'low', [
      '(il|elle|mon ami|mon amie|ma soeur|mon frere|mon fils|ma fille) (dit|m a dit|a dit|parle) ~3 (mourir|se tuer|se suicider|en finir|disparaitre)',
    ], { person: 'other' }),
    signal('fr.self_harm.again', 'self_harm', 'medium', [
      'je me suis (encore |de nouveau |a nouveau )?(scarifie|scarifiee|coupe|coupee|brule|brulee|mutile|mutilee|fait du mal|fait mal expres)',
      '(j ai|jai) (recommence|rechute) (a me|les) ~1 (scarifier|couper|scarifications|bruler)',
      '(me scarifier|me couper|me bruler) (encore|de nouveau|a nouveau|tous les soirs)',
    ]),
    signal('fr.others.threat2', 'harm_to_others', 'medium', [
      '(je vais|je veux|j ai envie de) (le|la|les) (tuer|buter|frapper|poignarder|defoncer|crever)',
      '(il|elle) va (le payer|me le payer|souffrir)',
      '(je vais|je veux) (l|les) (attendre|attendre devant) ~4 avec (un|une|mon|ma) {ARME}',
    ]),
    signal('fr.abuse.violence2', 'abuse', 'medium', [
      '(il|elle) (m a dit|a dit|dit|menace|a menace|m a menace) (qu il|qu elle|de) ~2 (me tuer|me tuerait|allait me tuer|va me tuer|nous tuer)',
      '(va|allait|vont) (me|nous) tuer',
      '{AGENT} (frappe|bat|battait|tape) (ma|mon|mes) ({PERS}|enfants|petits)',
      '{AGENT} (m a|me) (frappe|frappee|giflee|gifle|pousse|poussee|etrangle|etranglee|cogne|cognee|tape)',
      '(il|elle) (me prend|m a pris|controle|garde) (mon telephone|mon argent|mes cles|ma carte|mes papiers)',
    ]),
    // repeated fainting or falls: an early warning, not an emergency
    signal('fr.medical.warning', 'medical_emergency', 'low', [
      '(tombe|tombee|tombes|evanoui|evanouie|evanouis|fait un malaise|fait des malaises) ~3 (deux fois|trois fois|plusieurs fois|encore une fois|a nouveau)',
      'depuis ~4 (vertiges|etourdissements|malaises) ~6 (tombe|tombee|evanoui|evanouie|pire|empire)',
    ]),
    signal('fr.medical.poisoning', 'medical_emergency', 'medium', [
      '(mon fils|ma fille|mon bebe|le bebe|mon enfant|le petit|la petite|mon petit|ma petite) ~4 (a avale|a pris|a mange|a bu|avale) ~4 ({CACHETS}|javel|lessive|capsules|pile|piles|poison|produit menager|dosettes)',
      '(centre antipoison|intoxication|empoisonnement)',
    ]),
    signal('fr.medical.high2', 'medical_emergency', 'high', [
      '(douleur|serrement|oppression) (dans la|a la|sur la) poitrine ~5 (bras gauche|machoire|dos)',
      '(douleur|mal) (qui descend|qui irradie|qui part) (dans|vers) le bras',
      '(son|mon) visage (est )?(tombe|tombant|paralyse|de travers)',
      '(il|elle) (ne peut plus|n arrive plus a) (parler|bouger le bras|lever le bras)',
      '(convulse|fait une crise) depuis ~2 <num:5-999> minutes',
      '(s est effondre|s est effondree|est tombe|est tombee) et (ne respire plus|ne repond plus|ne se reveille pas)',
      '(gorge|langue|visage|levres) (gonfle|gonflent|enfle|enflent) ~3 (respirer|avaler)',
      'saigne (enormement|sans arret) ~3 (arrete pas|s arrete pas)',
      '(glycemie|sucre) (a|de)? ~1 <num:0-54> ~3 (confus|confuse|transpire|tremble)',
      // in g/L, as French meters read: 0,35 g/L is 35 mg/dL
      '(glycemie|sucre) (est |etait )?(a|de)? <num:0.1-0.54> ~6 (confus|confuse|transpire|tremble|repond|reagit)',
    ]),
    escalator('fr.esc.means2', 'means', 2, [
      '(j ai|jai) (garde|stocke|accumule|cache|mis de cote|compte|prepare|economise) ~3 {CACHETS}',
      '(<num:10-100000>|tous mes|toutes mes|des boites de) ~1 {CACHETS} (de cote|caches|cachees|stockes|stockees|prets|pretes|alignes|alignees)',
      '(la corde|le pistolet|le fusil) (est )?(prete|pret|chargee|charge|dans le garage)',
    ], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    escalator('fr.esc.means_at_hand', 'means', 2, [
      '{ARME} ~4 (sur|dans|contre|sous) (mes|ma|mon) (genoux|main|mains|table de nuit|bureau|lit|oreiller|tempe|bouche)',
      '{CACHETS} (sont )?(comptes|comptees|tous comptes|toutes comptees)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('fr.esc.means_held', 'means', 1, [
      '(j ai|il y a) (une|la|ma|mon|le) ~1 (corde|ceinture|{ARME}) (dans|sous) (le|la|mon|ma) ~1 (tiroir|placard|garage|voiture|chambre|armoire|cave|grenier|sac)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('fr.esc.alone_window', 'plan', 2, [
      '({QUAND}) ~2 (je serai seule|je serai seul|je suis seule|je suis seul|la maison (sera|est) vide|il n y aura personne)',
      '(je serai seule|je serai seul|la maison sera vide|il n y aura personne) ~3 ({QUAND}|jusqu a (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|tout le week end)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('fr.esc.resolve', 'plan', 2, [
      '(je suis|suis) (prete|pret) $',
      '(je n ai|j ai) plus peur',
      '(plus de|pas de) retour en arriere',
      '(ce soir|demain|cette nuit) c est (le bon moment|le moment|la bonne nuit)',
      '(ce soir|demain|cette nuit) (c est fini|je le fais|tout s arrete|tout se termine)',
      '(je le fais|je vais le faire) (ce soir|demain|cette nuit|maintenant)',
      'tout (est pret|est prevu|est organise)',
      '(j en aurai|je n en aurai) plus besoin',
      'rien ne (va )?m (arreter|arretera)',
    ]),
    escalator('fr.esc.preparation', 'preparation', 2, [
      '(j ai ecrit|j ecris|j ai laisse|je laisse) (des lettres|une lettre|un mot) (a|pour) (mes|mon|ma) (enfants|famille|mari|femme|parents|fils|fille)',
      '(j ai donne|je donne|j ai offert) (toutes )?(mes affaires|mes choses|mon chien|mon chat)',
      '(il|elle) (donne|a donne) (toutes )?ses affaires',
    ], { category: 'suicide' }),
    escalator('fr.esc.farewell2', 'farewell', 2, ['adieu (a tous|tout le monde|mes amis)?', 'pardon (a tous|pour tout)'], { category: 'suicide', person: 'self' }),
    escalator('fr.esc.act2', 'act', 2, ['(je suis|il est|elle est) (sur|au bord du) (le pont|pont|toit|rebord|quai)', 'il y a (une heure|une demi heure|<num> minutes)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('fr.esc.symptom2', 'symptom', 2, ['(tres|vraiment|super) (somnolent|somnolente|endormi|endormie|pale|mou|molle)', '(sueurs froides|transpire|transpire beaucoup)', '(vomit|vomissements) et'], { applies: MEDICAL }),
    escalator('fr.esc.abuse_danger', 'act', 2, [
      '(il|elle) (tape|frappe|cogne|donne des coups) (a|contre|dans) la porte',
      '(il|elle) (essaie|essaye) (d entrer|de defoncer la porte|d enfoncer la porte)',
      '(je suis|je me suis|on est|nous sommes|on s est) (enfermee|enferme|enfermes|cachee|cache|caches|refugiee|refugie) (dans|avec|sous)',
      '(il|elle) sait ou (je suis|on est|j habite|nous sommes)',
      // locked in by the abuser, now
      '(il|elle) (m a|nous a) (enfermee|enferme|enfermes|enfermees) (dans|avec)',
    ], { category: 'abuse', applies: ABUSE }),
    // the condition of a threat: "il me tuerait si je parle"
    escalator('fr.esc.abuse_if', 'act', 1, ['si (je parle|je crie|j appelle|je pars|je le dis|j en parle)'], { applies: ABUSE }),
    escalator('fr.esc.abuse_now', 'act', 1, ['(il|elle) (est devant|attend devant) (la porte|la maison|chez moi)', '(en ce moment|maintenant|ce soir)'], { applies: ABUSE }),
    escalator('fr.esc.abuse_weapon', 'means', 2, ['(il|elle) (a|tient|a pris|a sorti) (un|une|son|sa) {ARME}'], { category: 'abuse', applies: ['abuse', 'harm_to_others'] }),
    escalator('fr.esc.others_location', 'preparation', 2, ['je sais (ou|a quelle heure) (il|elle) (habite|vit|travaille|sort|se gare)'], { category: 'harm_to_others', applies: ['harm_to_others'] }),
    dampener('fr.idiom2', 'idiom', [
      '(morte|mort|crever|creve|crevee) (de fatigue|de rire|de faim|de chaud|d envie)',
      '(meurs|mourir|mourais) d envie de',
      '(tuer|tue) le temps',
      '(ca|cette attente|ce boulot|ce traitement|la chimio|cette douleur) (va )?(me tuer|me tue|m achever)',
    ], { applies: NOT_MEDICAL }),
    dampener('fr.dose', 'idiom', ['(prends|pris|prendre) <num:0-1200> (mg|ml) (de )?~1 {CACHETS}'], { applies: SELF_HARM_AND_SUICIDE }),
    dampener('fr.reported2', 'reported', ['(lu|vu|entendu) ~3 (article|reportage|documentaire|livre|film|serie|podcast)', 'selon (une|un|l) (etude|article|rapport)'], { applies: NOT_MEDICAL }),
    dampener('fr.recovery2', 'recovery', ['(aujourd hui|maintenant) (je vais|ca va) (bien|mieux)', 'rassurez vous'], { applies: NOT_MEDICAL }),
    dampener('fr.neg', 'negation', ['(pas|jamais|non|aucune|aucun)', 'pas l intention de'], { gap: 3, applies: NOT_MEDICAL }),
    // "ma mère va me tuer" is someone else's act (a threat or a joke), never the poster's suicide
    neutral('fr.neutral.killed_by', ['(va|vont|allait|allaient|veut|voulait|voulaient) me tuer']),
    // a cut while cooking or shaving is an accident, not self-harm
    neutral('fr.neutral.accident', ['je me (suis coupe|suis coupee|coupe) les (cheveux|ongles|pointes)', 'je me suis (coupe|coupee|brule|brulee) (en epluchant|en cuisinant|en coupant|en me rasant|avec le four|avec la poele|au four|dans la cuisine|sans faire expres|avec une feuille)']),
    neutral('fr.neutral', ['(ne sais pas|sais pas|pas bien|pas sur|pas sure|pas que)', 'ne (veux|veut) plus vivre', 'pas envie de vivre']),
    dampener('fr.idiom', 'idiom', ['(mourir|meurs|mort|morte|mourais) de (rire|faim|honte|ennui|chaud|froid|fatigue|envie)', '(ca|cette chimio|ce traitement|le travail|cette douleur) me tue', 'mort de (rire|fatigue)']),
    dampener('fr.past', 'past', ['il y a (des annees|<num> ans|deux ans|longtemps|quelques annees|plusieurs annees)', '(autrefois|a l epoque)', 'quand j etais (ado|adolescent|adolescente|jeune|enfant|petit|petite)', 'en <num:1950-2030>'], { applies: NOT_MEDICAL }),
    dampener('fr.recovery', 'recovery', ['(la therapie|le traitement|ce groupe|ma famille) m a (aide|aidee|sauve|sauvee)', 'je vais (beaucoup )?mieux', 'je m en suis sorti'], { applies: NOT_MEDICAL }),
    dampener('fr.education', 'education', ['(prevention|taux|statistiques|formation) (du|de|sur)? ~2 (suicide|automutilation)', 'j ai (lu|vu) (un|une|le|la) (article|livre|film|reportage|serie)'], { applies: NOT_MEDICAL }),
    dampener('fr.jest', 'jest', ['(mdr|ptdr|lol|je rigole|c est une blague|haha*)'], { applies: ['harm_to_others', 'abuse'] }),
    blocker('fr.recurrence', ['past', 'recovery'], ['(encore|de nouveau|revenu|revenues|reviennent)']),
    subject('fr.subject.self', 'self', ['(je|j|moi|me|m|mon|ma|mes)']),
    subject('fr.subject.other', 'other', ['(il|elle|ils|elles)', '(mon|ma) (ami|amie|soeur|frere|fils|fille|mari|femme|mere|pere|copain|copine)']),
    subject('fr.subject.generic', 'generic', ['(tu|vous|quelqu un)']),
    boundary('fr.boundary', ['(mais|pourtant|cependant|sauf que)']),
  ],
};
