import type { CrisisLexicon, CrisisRule } from '../types.js';
import { ABUSE, blocker, boundary, dampener, escalator, MEDICAL, neutral, NOT_MEDICAL, OTHERS, PERSONAL_AND_OTHERS, SELF_HARM_AND_SUICIDE, signal, subject, WEAPON_CATEGORIES } from './dsl.js';

/**
 * The families the English lexicon covers, said the way Spanish speakers say them (issue 3): ideation with its verb
 * forms and euphemisms, means with intent (medicines in quantity, insulin, weapons, heights, water, trains, cars),
 * timing, preparation, farewells, acts in progress, self-harm, threats, abuse, another person in danger now, lay words
 * for acute emergencies, and the idioms and reports that must stay quiet.
 */
const ES_FAMILIES: CrisisRule[] = [
  signal('es.suicide.euphemism', 'suicide', 'medium', [
    '(quiero|voy a|pienso|me gustaria) (irme de este mundo|dejar este mundo|quitarme de en medio|ponerle fin a (todo|esto|mi vida)|dejar de existir)',
    '(acabar|terminar) con (esto|este sufrimiento) de una vez',
    '(no|ya no) (quiero|aguanto|puedo) seguir (viviendo|con vida)',
    '(me )?(quiero|voy a) (ir|marchar) para siempre',
  ]),
  signal('es.suicide.passive_wish', 'suicide', 'low', [
    'si me muero (pues )?me muero',
    'me da (igual|lo mismo) (morirme|morir|si me muero|vivir o morir)',
    '(seria|seria mucho) (mas facil|mejor) (no despertar|no despertarme|morir|morirme|no estar aqui|desaparecer|no existir)',
    'ojala ~4 (me muriera|me muera|no existiera|me atropellara|me pasara algo|se acabara todo|no me despertara|no despertara|no me despierte|no me despertase)',
    '(no me importaria|me daria igual) (morirme|morir|no despertar|que me pasara algo)',
    '(soy|me siento) (una carga|un estorbo) (para|a)',
    '(estarian|estaria|vivirian) (mejor|mas tranquilos|mas tranquila) sin ~3 (mi|cuidarme|aguantarme|tenerme)',
    '(ya )?no (le )?(encuentro|veo|encuentra|ve) (ningun )?(sentido|razon) (a|para) (vivir|seguir|nada)',
    '(estoy|me siento) (harto|harta|cansado|cansada|agotado|agotada) de (existir|estar vivo|estar viva|despertar)',
  ]),
  signal('es.suicide.method_intent', 'suicide', 'medium', [
    '(voy a|quiero|pienso|me voy a) (inyectarme|pincharme|ponerme|meterme) (toda|todas|todo) ~2 (insulina|plumas|la pluma|unidades)',
    '(voy a|quiero|pienso|me voy a) (tirarme|lanzarme|arrojarme) (al|a un|a una|en el|desde el|desde la|del|de la) ~1 (rio|mar|pantano|tren|metro|vias|puente|edificio|azotea|balcon|piso|acantilado|barranco)',
    '(voy a|quiero|pienso) (estrellar|estamparme con|estrellarme con|tirarme con) (el|mi) (coche|carro|auto|moto)',
    '(voy a|quiero|pienso) (pegarme un tiro|volarme la cabeza|ahogarme|colgarme|ahorcarme|envenenarme)',
    '(voy a|pienso) usar (la|el) (pistola|escopeta|rifle|revolver) (de mi|del) ~1 ({PERSONA}|abuelo)',
  ]),
  // the present for the future: "mañana me tiro al tren"
  signal('es.suicide.act_present', 'suicide', 'medium', ['(me tiro|me lanzo|me arrojo|salto) (al|a la|a las|del|de la|desde el|desde la|por la|bajo el|debajo del) ~1 (tren|metro|vias|puente|rio|azotea|balcon|ventana|edificio|acantilado)']),
  signal('es.suicide.jump_now', 'suicide', 'medium', ['(voy a|ahora) (saltar|tirarme) $', '(salto|me tiro) (ya|ahora) $']),
  signal('es.suicide.act_done', 'suicide', 'high', [
    '(acabo de|me acabo de) (tomar|tragar|tomarme|tragarme) (toda la caja de|todo el frasco de|todo el bote de|un monton de|<num:10-100000>) ~2 {PASTILLAS}',
    '(me las|me los) (tome|trague|he tomado|acabo de tomar) (todas|todos)',
    '(me inyecte|me he inyectado|me acabo de inyectar) (toda la|todas las|<num:100-100000> unidades de) ~1 (insulina|plumas)',
    '(estoy|ya estoy) (en|sobre) (el|la) (puente|azotea|cornisa|barandilla|vias) ~4 (voy a saltar|salto|me tiro|no me voy a bajar|no pienso bajar)',
    '(coche|carro|motor) (encendido|en marcha|prendido) (en|dentro de) (el|la|mi) (garaje|cochera) ~4 (cerrado|cerrada|conmigo|estoy dentro)',
  ]),
  signal('es.self_harm.in_progress', 'self_harm', 'high', [
    '(me estoy cortando|me acabo de cortar|me volvi a cortar) ~4 (no para de sangrar|mucha sangre|muy profundo|sangra mucho|no deja de sangrar)',
    '(estoy sangrando|sangro) (mucho|muchisimo|sin parar) ~4 (cortes|corte|cuchilla)',
  ]),
  signal('es.self_harm.forms', 'self_harm', 'medium', [
    '(me quemo|me queme|me he quemado|me volvi a quemar) (con|a proposito con) (cigarros|cigarrillos|el mechero|el encendedor|un mechero|un encendedor)',
    '(me golpeo|me di golpes|me doy golpes) (la cabeza )?contra la pared',
    '(me rasco|me arano|me rasguno) hasta (sangrar|hacerme sangre)',
    '(recai|he recaido|tuve una recaida) ~4 (cortes|cortarme|cuchilla|autolesion*)',
    '(volvi|he vuelto) a (la cuchilla|las cuchillas|hacerme cortes)',
  ], { person: 'self' }),
  // nobody there to stop it: "cuando mi marido se duerma", "mientras los niños están en el cole"
  escalator('es.esc.unobserved', 'plan', 2, [
    '(cuando|en cuanto|mientras) (todos|todo el mundo|mi {PERSONA}|los ninos|mis hijos|mi familia) (se )?(duerma|duerman|este dormido|este dormida|esten dormidos|se vaya|se vayan|salga|salgan|este fuera|esten fuera)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // the whole stock at once, said with a clitic: "me las tomo todas", "me los pincho todos"
  escalator('es.esc.all_at_once', 'plan', 2, [
    '(me )?(las|los) (tomo|tomare|voy a tomar|trago|tragare|voy a tragar|inyecto|pincho|voy a inyectar|voy a pinchar) (todas|todos)',
    '(tomarmelas|tragarmelas|inyectarmelos|pincharmelos) (todas|todos)',
    '(todas|todos) (de golpe|de una vez|a la vez)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  // a stock kept, the participle agreeing with the pills: "ya tengo juntas todas las pastillas"
  escalator('es.esc.means_kept', 'means', 2, [
    '(llevo|estoy|sigo|he estado) ~3 (guardando|juntando|acumulando|ahorrando|escondiendo) ~3 {PASTILLAS}',
    '(tengo|guardo) (juntas|juntos|escondidas|escondidos|ahorradas|ahorrados|acumuladas|acumulados|reunidas|reunidos) (todas|todos)? (las|los|mis|unas|unos)? ~2 {PASTILLAS}',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // where the poster is: on the railing, the roof edge, the tracks (nothing alone; beside any signal or farewell, an act)
  escalator('es.esc.located_at_height', 'act', 2, [
    '(estoy|esta) (sentada|sentado|de pie|parada|parado|subida|subido)? (en|sobre|encima de) (el|la) ~2 (puente|azotea|cornisa|borde|vias|barandilla|tejado|viaducto|acantilado)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('es.esc.timing_more', 'timing', 1, [
    '(manana|pasado manana) (por la manana|temprano|a primera hora)',
    '(esta madrugada|antes de que amanezca|a medianoche|antes del amanecer)',
    // before the others wake or come home: nobody there to stop it
    'antes de que (se despierten|se despierte|se levanten|despierten|vuelvan|vuelva|lleguen|llegue)',
  ], { applies: PERSONAL_AND_OTHERS }),
  escalator('es.esc.preparation_letters', 'preparation', 2, [
    '(deje|dejo|dejare|he dejado|escribi|he escrito) (cartas|una carta|notas|una nota) (a|para) (cada uno|todos|mis|mi)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // belongings given away: nothing alone, preparation beside "I won't need them", a date or a farewell
  escalator('es.esc.giving_away', 'preparation', 2, [
    '(he regalado|regale|estoy regalando|regalo|he dado|di|he vendido|vendi) (mi|mis|todas mis|todos mis) ~3 (guitarra|bici|bicicleta|moto|coche|ropa|libros|discos|camara|ordenador|portatil|consola|joyas|reloj|anillo|cosas|perro|perra|gato|gata|plantas|coleccion|instrumentos|herramientas)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('es.esc.ends_on', 'plan', 2, ['({CUANDO}|hoy|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)) (se )?(acaba|termina) todo'], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('es.esc.preparation_affairs', 'preparation', 1, [
    '(hice|he hecho|termine) (el|mi) testamento',
    '(he dejado|deje|dejo) (a mi|al|mi) (perro|gato|perra|gata) (con|a|en casa de) ~2 ({PERSONA}|vecina|vecino|amiga|amigo)',
    '(ya )?(arregle|organice|deje en orden|he dejado en orden) (mis|los) (papeles|cuentas|asuntos|seguros)',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('es.esc.farewell_more', 'farewell', 2, [
    '(no me busquen|no me busqueis)',
    '(perdonenme|perdoname|perdonadme) por lo que voy a hacer',
    '(ha sido|fue) un (honor|placer) (conoceros|conocerlos)',
    '(cuidad|cuiden|cuida) (de )?(a )?mis (hijos|ninos|perros|gatos) (por mi|cuando no este)',
  ], { category: 'suicide', person: 'self' }),
  escalator('es.esc.farewell_thanks', 'farewell', 1, ['(gracias|muchas gracias) por (estos anos|todos estos anos|aguantarme)'], { applies: SELF_HARM_AND_SUICIDE }),
  escalator('es.esc.means_insulin', 'means', 2, [
    '<num:100-100000> unidades (de insulina)?',
    '(plumas|cartuchos) de insulina ~3 (guardadas|juntadas|ahorradas|de (dos|tres|varios) meses)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('es.esc.weapon_got', 'means', 2, ['(compre|consegui|he comprado|he conseguido) (una|la) (pistola|escopeta)'], { applies: WEAPON_CATEGORIES }),
  // someone else's overdose, now: an emergency whoever took it
  escalator('es.esc.other_overdose', 'act', 2, [
    '(se tomo|se trago|se ha tomado|se ha tragado|trago) (toda la caja|todo el frasco|todo el bote|una caja entera|un frasco entero|un monton de|toda su caja|todo su frasco|todo su bote)',
    '(se tomo|se trago|se ha tomado|se ha tragado|trago) <num:10-100000> ({PASTILLAS}|de (sus|mis|las) {PASTILLAS})',
    '(se acaba de tomar|acaba de tomar|acaba de tomarse|se acaba de tragar|acaba de tragarse) (<num:10-100000>|toda la caja de|todo el frasco de|un monton de|todas las) ~2 {PASTILLAS}',
  ], { category: 'medical_emergency', severity: 'high', applies: SELF_HARM_AND_SUICIDE }),
  // someone else says they will end it: low alone, high when they are gone or it happens now
  signal('es.suicide.other_now', 'suicide', 'medium', [
    'se va a (matar|tirar|colgar|ahorcar|pegar un tiro|suicidar|quitar la vida)',
    'va a (tirarse|matarse|colgarse|ahorcarse|suicidarse|quitarse la vida)',
    'amenaza con (tirarse|matarse|suicidarse|quitarse la vida|colgarse)',
    '(dice|dijo|diciendo|grita|gritando) (que )?se (tira|mata|cuelga|ahorca)',
  ], { person: 'other' }),
  escalator('es.esc.other_gone', 'act', 1, [
    '(se fue|salio|se ha ido|se marcho) (con el coche|en el coche|de casa|sin decir nada)',
    '(dejo|ha dejado) (el movil|el telefono|el celular) en casa',
    'hace (diez|cinco|veinte|quince|<num:1-120>) minutos',
  ], { applies: SELF_HARM_AND_SUICIDE }),
  signal('es.others.threat_means', 'harm_to_others', 'medium', [
    '(le|les) voy a (clavar|meter) (el|un|una) (cuchillo|navaja|tiro|bala)',
    '(voy a|pienso|quiero) (ir|presentarme) (a|en) (su|la) (casa|trabajo|oficina|escuela) (con (un|una|el|la|mi) {ARMA}|armado|armada)',
    '(voy a|pienso|quiero) (envenenar|acuchillar|disparar|prenderle fuego) a ~2 ({PERSONA}|jefe|vecino|vecina|medico|medica|companero|companera|profesor)',
    '(voy a|pienso) (prenderle|pegarle) fuego a (su|la) (casa|coche)',
    // the present for the future: "mañana voy a su oficina con la pistola"
    '(voy|ire|me presento) (a|en) (su|la) (oficina|casa|trabajo|escuela|colegio|consulta|tienda) ~2 con (la|el|una|un|mi) ~3 {ARMA}',
  ]),
  // someone else's threat, told by the poster: "grita que va a matar a su padrastro"
  // a gun brought to school or work to shoot everyone
  signal('es.others.mass_threat', 'harm_to_others', 'high', [
    '(pistola|arma|escopeta|rifle|fusil) ~8 (instituto|colegio|escuela|clase|universidad|trabajo|oficina) ~4 (disparar|matar|acribillar)',
    '(disparar|matar|acribillar) a (todos|todo el mundo) ~6 (instituto|colegio|escuela|clase|universidad)',
  ]),
  signal('es.others.threat_told', 'harm_to_others', 'medium', [
    '(dice|grita|gritando|dijo|amenaza con|jura) (que )?(va a|lo va a|la va a|los va a) (matar|apunalar|acuchillar|disparar|rajar) (a )?(su|mi|el|la|al|los|sus|mis)',
  ], { person: 'other' }),
  signal('es.abuse.control', 'abuse', 'medium', [
    '{AGENTE} (me )?(esconde|quita|tira|retiene|escondio|quito) (la|las|mi|mis|el) ~1 ({PASTILLAS}|insulina|medicacion|medicinas|inhalador)',
    '{AGENTE} (no me deja|me prohibe) (ir al medico|ir a la consulta|tomar mi medicacion|salir de casa|ver a mi familia)',
    '{AGENTE} (me tiene|me tuvo) (encerrada|encerrado) ~3 (dias|semanas|desde)',
  ]),
  signal('es.abuse.child', 'abuse', 'medium', [
    '{AGENTE} (le )?(pega|golpea|quema|sacude|zarandea) (al|a la|a los|a mi|a mis) (nino|nina|ninos|bebe|hijo|hija|hijos|crio|cria)',
    '(oigo|escucho) (al|a la|a los) (nino|nina|ninos|bebe) (llorar|gritar) ~6 (nadie|no abre|no contesta)',
  ]),
  signal('es.abuse.child_alone', 'abuse', 'high', [
    '(nino|nina|ninos|bebe|crio|cria|pequeno|pequena) ~6 (solo|sola|solos) ~3 (desde hace|hace|lleva|llevan) (dos|tres|varios|<num:1-30>) (dias|noches)',
  ]),
  signal('es.medical.lay_high', 'medical_emergency', 'high', [
    '(el )?peor dolor de cabeza de (mi |su )?vida',
    '(se le|se me) (esta cerrando|cierra|cerro|esta hinchando) la garganta',
    // half the body gone, speech like a drunk's: a stroke told by a relative
    '(no puede|no puedo|no consigue) (de repente )?mover (la mitad del cuerpo|medio cuerpo|un lado|el lado derecho|el lado izquierdo)',
    'habla como (borracho|borracha|si estuviera borracho|si estuviera borracha)',
    'dolor de cabeza (repentino|de golpe|brutal|como un martillazo|como un latigazo) ~4 (vomit*|no ve|cuello)',
    '(dolor|presion|opresion) (en el|del) pecho ~6 (brazo|mandibula|sudando|sudor|no puede respirar|no puedo respirar|falta el aire|ahogo)',
    '(se golpeo|se dio un golpe|se cayo y se dio) (en )?la cabeza ~8 (vomit*|muy dormido|muy dormida|no se despierta|confundido|confundida|somnoliento|somnolienta)',
    '(cetonas|cetoacidosis) ~5 (altas|vomit*|respira|confus*)',
    '(vomitando|vomita) ~5 (respira (muy )?(rapido|hondo|profundo)|aliento a (fruta|acetona)|cetonas)',
    '(convulsionando|convulsiona|con convulsiones) (y )?(no para|sin parar|no se detiene)',
    'labios ~3 (azules|morados)',
    '(picadura|cacahuete|mani|alergia|nueces|marisco) ~6 (no puede respirar|no puedo respirar|se le hincha|se me hincha|se le cierra|se me cierra|labios hinchados)',
    '(charco|empapado|empapada|empapadas) de sangre',
  ]),
  // fever after chemotherapy: each alone is nothing, together (within two sentences) an urgent call to the team
  escalator('es.esc.fever', 'symptom', 2, ['fiebre (alta|muy alta)', 'fiebre de (casi )?<num:37-43>', '<num:38-42> (de fiebre|grados)', 'fiebre ~2 <num:38-42>', '(tengo|tiene) fiebre'], { category: 'medical_emergency', applies: MEDICAL }),
  // chemotherapy already given (not one about to start)
  escalator('es.esc.chemo', 'symptom', 1, [
    '(neutropenia|neutropenico|neutropenica|defensas bajas|defensas por los suelos)',
    '(despues de|tras|desde) (la |mi )?(quimio|quimioterapia)',
    '(me pusieron|tuve|recibi|mi ultima|la ultima) ~1 (quimio|quimioterapia)',
    '(quimio|quimioterapia) (hace|fue hace|de hace)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  // the routine of a prescription: a pill organiser, with dinner, as the doctor said
  dampener('es.context.routine', 'clarification', ['({PASTILLAS}|medicacion) (de la manana|de la noche|del dia|de la tarde|del desayuno|de la cena|de hoy)', '(pastillero|como siempre|como cada (dia|noche|manana)|como me (dijo|receto|indico) el medico|con la cena|con el desayuno|con la comida)'], { scope: 'sentence', applies: SELF_HARM_AND_SUICIDE }),
  // an allergen met, then swelling or no air: each raises the other
  escalator('es.esc.allergen', 'symptom', 2, ['(le|me) (pico|ha picado) (una|un) (avispa|abeja|insecto)', '(picadura|picotazo) de (avispa|abeja)', '(comio|ha comido|comi|probo) ~3 (cacahuete|cacahuetes|mani|nueces|marisco|gambas)'], { applies: MEDICAL }),
  signal('es.medical.swelling', 'medical_emergency', 'medium', ['(se le|se me) (hincha|esta hinchando|hincho|estan hinchando|hinchan) (la cara|la lengua|la garganta|los labios|el cuello|los ojos)']),
  // a car's exhaust in a closed garage: nothing alone, a means beside a time, a window or resolve
  // a ligature already tied to an anchor: a means at hand, high beside resolve or a time
  escalator('es.esc.ligature_tied', 'means', 2, ['(cuerda|soga|cinturon|cable) ~4 (atada|atado|colgada|colgado|amarrada|amarrado|puesta|preparada) ~3 (viga|techo|gancho|barandilla|arbol|rama|puerta|tuberia|lampara)'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  escalator('es.esc.all_ready', 'plan', 2, ['(ya )?(esta|esta ya) todo (listo|preparado|decidido) $'], { applies: SELF_HARM_AND_SUICIDE }),
  // poison put in someone's food or drink
  signal('es.others.poison', 'harm_to_others', 'medium', ['(echar|poner|meter|echarle|ponerle|meterle|echo|pongo) (veneno|matarratas|lejia|raticida) (en|a) (la|su|el) (comida|bebida|cafe|sopa|cena|vaso)']),
  // a caustic or a poison swallowed: medium, high with the signs beside it (vomiting blood, no air)
  signal('es.medical.ingestion', 'medical_emergency', 'medium', ['(se ha bebido|se bebio|bebio|ha bebido|se ha tomado|se tomo|trago|se trago) ~3 (lejia|amoniaco|desatascador|salfuman|matarratas|veneno|anticongelante|cloro|aguarras)']),
  escalator('es.esc.symptom_blood', 'symptom', 2, ['(vomitando|vomita|vomito|escupiendo) sangre'], { applies: MEDICAL }),
  escalator('es.esc.others_arrival', 'preparation', 2, ['(se|yo se) (a que hora|cuando) (llega|sale|entra|termina)'], { category: 'harm_to_others', applies: OTHERS }),
  escalator('es.esc.exhaust', 'means', 2, [
    '(garaje|cochera) ~8 (motor|tubo de escape|coche) (encendido|en marcha|prendido)',
    '(motor|coche) (encendido|en marcha|prendido) ~8 (garaje|cochera)',
  ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
  // warning signs taught or read about are not a patient's signs
  dampener('es.education.medical', 'education', [
    '(sintomas|signos|senales) (del|de un|de una|de) ~1 (ictus|infarto|derrame|anafilaxia|hipoglucemia|convulsion|meningitis|sepsis)',
    '(nos )?(explicaron|ensenaron|aprendimos|aprendi|explico|enseno) ~3 (los )?(sintomas|signos|senales)',
  ], { applies: MEDICAL }),
  // someone else's farewell: low alone, high once they no longer answer
  signal('es.suicide.farewell_received', 'suicide', 'medium', ['(me ha mandado|me mando|me envio|me ha enviado|me escribio|publico|ha publicado) (un|una) (mensaje|carta|nota|audio) de despedida'], { person: 'other' }),
  signal('es.suicide.farewell_unanswered', 'suicide', 'high', ['(mensaje|carta|nota|audio) de despedida ~6 no (contesta|responde|coge)'], { person: 'other' }),
  // bleeding after a birth measured by the pad, or heavy beside the birth
  signal('es.medical.postpartum_bleeding', 'medical_emergency', 'high', [
    '(empapo|empapa|lleno|llena) (una|un) (compresa|toalla|panal) (cada|en) ~2 (minutos|media hora|hora)',
    '(sangro|sangrando|sangra) (muchisimo|mucho|a chorros) ~4 (parto|cesarea|aborto|legrado)',
  ]),
  // a diabetic's breath smelling of acetone or fruit: medium, high beside deep breathing or drowsiness
  signal('es.medical.ketone_breath', 'medical_emergency', 'medium', ['(aliento|huele|olor) ~2 (acetona|manzana|fruta|quitaesmalte)']),
  escalator('es.esc.deep_breathing', 'symptom', 2, ['respira (muy )?(hondo|profundo|rapido|fuerte)'], { applies: MEDICAL }),
  // a new blade bought with the urge to use it
  signal('es.self_harm.blade_bought', 'self_harm', 'medium', ['(compre|me he comprado|me compre|he comprado) (una|unas) (cuchilla|cuchillas|navaja|cuter) ~8 (usarla|usarlas|cortarme)'], { person: 'self' }),
  // a hypothetical asked for help ("if I ever had suicidal thoughts, whom do I call?")
  dampener('es.hypothetical.help', 'hypothetical', ['si (alguna vez|algun dia|un dia) (tuviera|tuviese|sintiera|llegara a tener)'], { applies: SELF_HARM_AND_SUICIDE }),
  dampener('es.idiom.trouble', 'idiom', [
    '(este|esta|el|la|los|las) (papeleo|cola|fila|burocracia|tramite|tramites|jefe|examen|examenes|trafico|calor|ninos|crios|vecinos) ~2 (me va a matar|me mata|me esta matando|me matan|me van a matar)',
    '(me va a matar|me mata|me van a matar|me matan) (este|esta|el|la|los|las) (papeleo|cola|fila|burocracia|tramite|tramites|jefe|examen|trafico|calor|ninos|crios|vecinos)',
    '(muerto|muerta|muertos|muriendome|me muero|me mori) de (risa|ganas|sueno|asco|miedo)',
    '(mi madre|mi mujer|mi marido|mi jefe) me (va a matar|mata) (si|cuando)',
  ], { applies: NOT_MEDICAL }),
  // a character's line in a play, film or novel
  dampener('es.education.fiction', 'education', ['(personaje|protagonista|actor|actriz|narrador|narradora) ~3 (dice|decia|dijo|grita|gritaba|repite)', '(dice|decia|dijo|grita|gritaba) (el|la) (personaje|protagonista|actor|actriz|narrador|narradora)'], { applies: NOT_MEDICAL }),
  dampener('es.reported_more', 'reported', [
    '(articulo|noticia|reportaje|estudio|libro|novela|pelicula|serie) (sobre|acerca de) ~3 (suicidio|suicidios|autolesiones|maltrato)',
    '(segun|dice) (las noticias|el periodico|la tele)',
  ], { applies: NOT_MEDICAL }),
];

/**
 * Families the blind sets showed missing (phrasings the rules above never anticipated), written with their verb forms,
 * agreements, clitics and adverbs rather than as sentences. Sentences and hard negatives: `test/cases/tuning-intl-17.jsonl`.
 */
const ES_UNSEEN_PHRASINGS: CrisisRule[] = [
  // someone collapsed and not responding, breathing oddly: two such signs are an emergency (engine 4b)
  escalator('es.esc.unresponsive', 'symptom', 2, [
    '(esta|estaba|sigue|quedo|se quedo|se ha quedado|encontre|he encontrado|encontramos) (desmayado|desmayada|inconsciente|inconscientes|sin sentido|medio inconsciente|semiinconsciente|tirado en el suelo|tirada en el suelo|sin conocimiento)',
    'no (me |le |nos )?(responde|reacciona|contesta) (cuando|si|aunque|a nada|ni|y|e|$)',
    'no (consigo|puedo|podemos|logro|logramos|conseguimos) (despertarlo|despertarla|despertarle|que se despierte|que reaccione)',
    '(muy|super|bastante|demasiado|tan) (adormilado|adormilada|somnoliento|somnolienta|atontado|atontada|aletargado|aletargada)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  escalator('es.esc.breathing', 'symptom', 2, [
    'respira (raro|rarisimo|mal|muy mal|extrano|fatal|con dificultad|muy lento|muy despacio|entrecortado|con ruido|haciendo ruido|a bocanadas|muy rapido|rapidisimo|con silbidos)',
    '(respiracion|respiraciones) (es |esta |se oye |suena )?(muy )?(rara|extrana|entrecortada|agitada|lenta|ruidosa|con silbidos|debil)',
    'respira (con ronquidos|roncando|con estertores)',
    '(silbido|silbidos|pitido|pitidos) al respirar',
    '(sudor|sudores) (frio|frios)',
    '(sudando|suda|sudoroso|sudorosa|empapado en sudor|empapada en sudor) (frio|a mares|muchisimo|muchisimo y palido|y palido|y palida)',
    '(palido|palida|gris|blanco|blanca) y (sudando|sudado|sudada|sudoroso|sudorosa|con sudor|empapado|empapada|frio|fria)',
  ], { category: 'medical_emergency', applies: MEDICAL }),
  //    chest pain said of someone else ("le duele el pecho"): the signs above make it high
  signal('es.medical.chest_other', 'medical_emergency', 'medium', [
    '(le|nos|les) (duele|duelen) (mucho |muchisimo |bastante )?el pecho',
    '(un peso|pesadez|una opresion|una presion|un dolor fuerte|un dolor muy fuerte) (en el|en mi|del|sobre el) pecho',
  ]),
  //    a first-aid class or a novel is not a scene
  dampener('es.education.teaching', 'education', [
    '(clase|curso|taller|formacion|cursillo) de primeros auxilios',
    '(novela|pelicula|serie|libro|cuento|obra) (trata de|va de|cuenta|narra)',
  ], { scope: 'sentence' }),
  //    what the doctor prescribes, taken as prescribed
  dampener('es.clarification.prescribed', 'clarification', ['que me (receta|recetan|manda|mandan|pauta|pautan|prescribe|prescriben) (el|la|mi)? ~1 (medico|medica|doctor|doctora|endocrino|endocrina|psiquiatra|enfermera|cardiologo|cardiologa)'], { scope: 'clause', applies: NOT_MEDICAL }),
  dampener('es.past.years_ago', 'past', ['hace (dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta) (anos|meses)'], { applies: NOT_MEDICAL }),
  //    a low that does not come up after sugar, or with the eyes and legs failing, is an emergency
  escalator('es.esc.hypo_refractory', 'symptom', 2, [
    '(no|sin) (sube|subir|me sube|le sube|remonta|remontar) (nada|ni|y|$)',
    '(sigue|continua|sigo|siguen) (bajando|cayendo|sin subir)',
    '(veo|ve|estoy viendo|esta viendo|lo veo|se ve) (todo )?(borroso|doble|nublado|negro)',
    '(piernas|brazos|manos) (no|ya no) (me|le)? (responden|obedecen|funcionan|sostienen)',
    'no (puedo|puede) (pensar|razonar) (con claridad|bien|claro|$)',
  ], { applies: MEDICAL }),
  //    a child's swallowed medicine with drowsiness or vomiting: the signal is medium, these raise it
  escalator('es.esc.ingestion_signs', 'symptom', 2, [
    '(esta|lo veo|la veo|se ve|se ha puesto|se puso) (muy )?(adormilado|adormilada|dormido|dormida|somnoliento|somnolienta|ido|ida|raro|rara)',
    '(esta|empezo a|ha empezado a|no para de) (vomitando|vomitar)',
  ], { applies: MEDICAL }),
  signal('es.medical.ingestion_more', 'medical_emergency', 'medium', [
    // the container names the amount, the contents name a medicine (not "una botella entera de agua")
    '(bebido|bebio|tomado|tomo|tragado|trago|comido|comio) (un|una|el|la|medio|media)? (frasco|bote|botella|caja|blister|tableta) (entero|entera|completo|completa)? de ~1 ({PASTILLAS}|jarabe|hierro|vitaminas|lejia|metadona|litio|antihistaminicos)',
    '(bebido|bebio|tomado|tomo|tragado|trago) (todo el|toda la|todo un|toda una) (frasco|bote|botella|caja) de ~1 ({PASTILLAS}|jarabe|hierro|vitaminas|lejia|metadona|litio)',
  ]),
  //    non-acute warnings a moderator should see (sugars high for days, a wound or swelling that does not settle)
  signal('es.medical.medical_warning', 'medical_emergency', 'low', [
    '(azucar|azucares|glucosa|glucemia|glucemias|niveles) ~4 (<num:250-600>|<num:14-33>) ~6 (dias|semana|desde hace|desde el)',
    '(glucosa|azucar|azucares|glucemia|glucemias|niveles) ~3 (por encima de|encima de|sobre|arriba de|mas de|superior a|por arriba de) <num:250-600>',
    '(glucosa|azucar|azucares|glucemia|glucemias|niveles) (no baja de|no bajan de|no ha bajado de|no han bajado de|sigue por encima de|siguen por encima de|sigue en|siguen en) <num:250-600>',
    '(herida|ulcera|llaga|corte|cicatriz|punto de sutura|puntos) ~3 (no|todavia no|sigue sin|aun no) (cura|cierra|se cura|se cierra|curar|cerrar|mejora|cicatriza|termina de cerrar)',
    '(hinchado|hinchada|hinchados|hinchadas|inflamado|inflamada|rojo|roja) (desde hace|hace) (una semana|dias|varios dias|<num> dias|dos semanas|(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince) (dias|semanas))',
  ]),
  // a treatment stopped to die: "dejar la insulina y que pase lo que tenga que pasar"
  signal('es.suicide.stop_treatment', 'suicide', 'medium', [
    '(dejar|dejo|deje|dejaria) (de ponerme|de pincharme|de tomar|de tomarme|de hacerme)? (la|las|el|los|mi|mis) (insulina|tratamiento|pastillas|medicacion|dialisis|quimio|medicinas) ~6 (que pase lo que|a ver si me muero|para morirme|y morirme|hasta morirme|para no despertar|y que se acabe)',
  ]),
  //    "esta noche he pensado…": the night past, told in the perfect, does not time an act
  neutral('es.neutral.night_past', ['(esta noche|anoche|esta madrugada) (he|ha|hemos|he vuelto a|volvi a) (pensado|sonado|dormido|tenido|pasado|llorado|pensar|sonar)']),
  // the thought and the present-for-future act: "vuelvo a pensar en suicidarme", "esta noche me suicido"
  signal('es.suicide.suicide_forms', 'suicide', 'medium', [
    '(pensar|pensando|pienso|pense|pensado|pensaba) (mucho |otra vez |de nuevo |seriamente )?en (suicidarme|matarme|quitarme la vida|acabar con mi vida|tirarme)',
    '(me suicido|me quito la vida|acabo con mi vida)',
    'me mato ($|ya|hoy|esta noche|manana|de verdad|en serio)',
  ]),
  // hopelessness and being surplus (low)
  signal('es.suicide.hopeless', 'suicide', 'low', [
    '(ya )?nada tiene sentido',
    'para que (sigo|seguir|sigo luchando|seguir luchando|tanto esfuerzo|me esfuerzo)',
    '(estoy|ya estoy|me siento|esta|ya esta|se siente) de sobra',
    '(sobro|sobramos) (en|aqui|en esta casa|en este mundo|$)',
  ]),
  // the whole stock tonight: "me tomo toda la morfina que me queda"
  signal('es.suicide.whole_stock', 'suicide', 'medium', [
    '(tomo|trago|bebo|inyecto|pincho|tomare|tragare|tomarme|tragarme|inyectarme|tomar|tragar|inyectar) (toda|todas|todo|todos) (la|las|el|los|mis) ~2 {PASTILLAS} (que me queda|que me quedan|que tengo|que he guardado|que guarde|de golpe|de una vez|juntas|juntos)',
  ]),
  // confinement by someone else (not "me encerré", the poster hiding), longer when it has lasted or means are withheld
  signal('es.abuse.locked_in', 'abuse', 'medium', [
    '(encerro|encerraron|ha encerrado|han encerrado|habia encerrado|tiene encerrada|tiene encerrado|tienen encerrada|tienen encerrado|dejo encerrada|dejo encerrado|dejaron encerrada|dejaron encerrado|ha dejado encerrada|ha dejado encerrado|tuvo encerrada|tuvo encerrado|mantiene encerrada|mantiene encerrado) ~3 (en|dentro de) (el|la|mi|su|un|una)? ~1 (cuarto|habitacion|bano|sotano|trastero|casa|piso|garaje|armario|despensa|dormitorio)',
  ]),
  escalator('es.esc.confined_long', 'act', 1, [
    'desde (ayer|anoche|esta manana|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))',
    'sin (comer|comida|agua|sus medicinas|mis medicinas|sus pastillas|mis pastillas|su insulina|mi insulina|su medicacion|mi medicacion)',
  ], { applies: ABUSE }),
  // threatened with a weapon
  signal('es.abuse.weapon_threat', 'abuse', 'medium', [
    '(amenazo|amenazaron|ha amenazado|han amenazado|acaba de amenazar|acaban de amenazar|esta amenazando|amenaza|amenazando) ~3 (con|a punta de) (un|una|el|la|su)? ~1 {ARMA}',
  ]),
  // a beating promised by the poster: "le voy a partir la cara", "le rompo los dientes"
  signal('es.others.beating_threat', 'harm_to_others', 'medium', [
    '(voy a|vamos a) (partirle|romperle|reventarle|partirles|romperles|reventarles|partirte|romperte|reventarte) (la cara|la boca|los dientes|las piernas|la crisma|el alma|la cabeza|el cuello)',
    '(parto|rompo|reviento|partire|rompere|reventare) (la cara|la boca|los dientes|las piernas|la crisma|la cabeza|el cuello)',
    '(voy a|vamos a) (darle|meterle|pegarle) (una paliza|una hostia|una somanta|de hostias|de palos)',
    // the clitic before ("le voy a partir la cara"); not "me voy a romper la cabeza" (to rack one's brains)
    '(voy a|vamos a) (partir|romper|reventar) (la cara|la boca|los dientes|las piernas|la crisma)',
  ]),
  // "matar de un susto / de risa" is not a threat
  dampener('es.idiom.kill_idiom', 'idiom', [
    '(matar|mata|matas|matan|matara|matare|matarlo|matarla|matarme|matarte|mato) de (un susto|risa|la risa|un disgusto|aburrimiento|hambre|pena|los nervios|un infarto)',
  ], { scope: 'clause', applies: NOT_MEDICAL }),
];

/** Spanish. Accents are folded ("mañana" = "manana"), so patterns are written without them. */
export const es: CrisisLexicon = {
  locale: 'es',
  macros: {
    ADV: '(mucho|bastante|seguido|a menudo|a veces|siempre|constantemente|todo el tiempo|todos los dias|cada dia|cada vez mas|demasiado|muchas veces|ultimamente|seriamente|en serio|de verdad|mucho mas)',
    PASTILLAS: '(pastillas|pastilla|pildoras|comprimidos|medicamentos|medicinas|calmantes|somniferos|ansioliticos|antidepresivos|paracetamol|ibuprofeno|tramadol|morfina|insulina|clonazepam|rivotril|diazepam|alprazolam|orfidal|lorazepam)',
    PERSONA: '(esposo|marido|esposa|mujer|pareja|novio|novia|padre|papa|madre|mama|padrastro|madrastra|hermano|hermana|hijo|hija|tio|ex|suegro|suegra|jefe)',
    AGENTE: '(el|ella|ellos|mi {PERSONA}|su {PERSONA})',
    CUANDO: '(esta noche|manana|pasado manana|este fin de semana|el fin de semana|hoy mismo|ahora mismo|en una hora|en unas horas|esta tarde|de madrugada|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|despues de (la cita|mi cita|la operacion))',
    ARMA: '(pistola|arma|escopeta|rifle|revolver|cuchillo|navaja|machete)',
  },
  fuzzy: ['suicidarme', 'pastillas', 'matarme'],
  rules: [
    ...ES_FAMILIES,
    ...ES_UNSEEN_PHRASINGS,
    signal('es.suicide.act', 'suicide', 'high', [
      '(me )?(tome|trague|he tomado|me he tomado|me tome) (todas|todos|un monton de|muchas|demasiadas|la caja de|el bote de|el frasco de|<num:10-100000>) ~2 {PASTILLAS}',
      '(tome|trague|me tome|me he tomado) (toda la caja|todo el frasco|todo el bote|un frasco entero|una caja entera|el blister entero)',
      '(me )?(corte|he cortado) las venas',
      '(tengo|con) la soga al cuello',
    ]),
    signal('es.suicide.active', 'suicide', 'medium', [
      '(quiero|quisiera|deseo|necesito|tengo ganas de|me dan ganas de|ganas de) (morir|morirme|matarme|suicidarme|desaparecer para siempre|dejar de existir|acabar con todo|acabar con mi vida|quitarme la vida)',
      '(me quiero|me voy a|me pienso) (morir|matar|suicidar|quitar la vida)',
      '(voy a|quiero|pienso) (quitar|quitarme) la vida',
      '(voy a|pienso|planeo|estoy pensando en|he pensado en|pienso en) (matarme|suicidarme|quitarme la vida|acabar con mi vida|acabar con todo|tirarme|colgarme|lanzarme)',
      // an adverb between the verb of thinking and the act: "pienso mucho en matarme"
      '(pienso|pensando|pense|he pensado|sigo pensando|estoy pensando|pensaba|he estado pensando) {ADV} ~1 en (matarme|suicidarme|quitarme la vida|acabar con mi vida|acabar con todo|tirarme|colgarme|lanzarme)',
      '(quitarme|quitarse) la vida',
      '(me voy a|voy a|quiero|pienso|me quiero) (tirar|lanzar|aventar|tirarme|lanzarme|aventarme) (del|de un|de una|desde el|desde la|desde un|por la|al|a las) (puente|edificio|balcon|ventana|azotea|tren|vias|metro|acantilado)',
      '(acabar|terminar) con (mi vida|todo de una vez|todo ya)',
      '(no quiero|ya no quiero|no deseo) (vivir|seguir viviendo|estar vivo|estar viva|seguir aqui|existir|seguir con vida)',
      '(pensamientos|ideas|ideacion) (suicidas|suicida)',
      '(estoy|me siento|ando) suicida',
      '(prefiero|preferiria|mejor) (estar )?(muerto|muerta|morir)',
    ]),
    signal('es.suicide.passive', 'suicide', 'low', [
      '(ya )?no (aguanto|soporto|puedo) (mas|esto|este dolor|la vida)',
      'no puedo mas',
      '(no le )?(veo|encuentro) (sentido|salida) (a la vida|a nada|a esto)?',
      '(mi vida )?no tiene (ningun )?sentido',
      '(estarian|estaria|estarian todos) mejor sin mi',
      'soy una carga',
      '(ojala|quisiera|me gustaria) (no despertar|dormirme y no despertar|dormir para siempre|no existir|estar muerto|estar muerta|morirme)',
      '(no quiero|no quisiera) (despertar|despertarme)',
      '(sin|no tengo|perdi la|ya no tengo|no hay) esperanza',
      'no hay salida',
      '(estoy )?(cansado|cansada|harto|harta) de (vivir|luchar|todo|la vida)',
      '(quiero|quisiera) desaparecer',
      '(nadie|ninguno) (me )?(echaria de menos|notaria|se daria cuenta)',
    ]),
    signal('es.self_harm.act', 'self_harm', 'medium', [
      '(me corto|me corte|me he cortado|me volvi a cortar|cortarme|me estoy cortando|me sigo cortando) (los brazos|las piernas|la piel|otra vez|de nuevo)?',
      '(me hago|me hice|hacerme|me he hecho) dano (a proposito|otra vez|de nuevo)?',
      '(me quemo|me queme|quemarme) (con|los brazos|la piel)',
      'autolesion*',
      '(me lastimo|me lastime|lastimarme) (a proposito|otra vez|de nuevo)?',
    ]),
    signal('es.others.threat', 'harm_to_others', 'medium', [
      '(lo|la|los|las) voy a (matar|apunalar|disparar|reventar)',
      '(voy a|quiero|pienso) (matar|apunalar|disparar|hacer dano) a',
      '(quiero|voy a) (matarlo|matarla|matarlos)',
      '(tengo ganas de|ganas de|me dan ganas de) (pegarle|golpearle|golpearlo|golpearla|matarlo|matarla|hacerle dano)',
    ]),
    signal('es.abuse.violence', 'abuse', 'medium', [
      '{AGENTE}? me (pega|golpea|pego|golpeo|empuja|empujo|ahorca|ahorco|patea|pateo|maltrata|violo|viola|abusa|abuso|amenaza|amenazo|encierra|encerro)',
      '(me )?(amenaza|amenazo|ha amenazado) con matarme',
      '{AGENTE}? me (ha|han) (pegado|golpeado|empujado|encerrado|amenazado|pateado|quitado el telefono|quitado el movil|quitado las llaves)',
      '(dice|dijo) que me va a matar',
      'no me deja (salir|ver|hablar|trabajar|usar el telefono)',
      '(me quita|me quito) (el telefono|el dinero|las llaves|la medicacion)',
      '(maltrato|violencia) (domestica|de genero|en casa)',
    ]),
    signal('es.abuse.fear', 'abuse', 'low', ['tengo miedo de (el|ella|mi {PERSONA}|volver a casa)']),
    signal('es.medical.high', 'medical_emergency', 'high', [
      '(la )?(cara|boca) (caida|torcida|dormida|adormecida|paralizada)',
      'no puedo (mover|levantar|sentir) el brazo',
      '(hablo raro|arrastro las palabras|no me salen las palabras|habla raro|arrastra las palabras)',
      '(se me|me) (cierra|hincha|esta cerrando|esta hinchando) la garganta',
      '(garganta|lengua) (cerrada|hinchada|cerrandose|hinchandose)',
      '(estoy teniendo|tengo|esta teniendo|creo que tengo|creo que es) un (infarto|ataque al corazon|ictus|derrame|derrame cerebral)',
      '(dolor|presion) (fuerte|aplastante|opresivo|intenso)? (en el|en mi) pecho ~3 (brazo|mandibula|no puedo respirar)',
      'no (deja|para) de sangrar',
      '(no respira|ha dejado de respirar|dejo de respirar)',
      '(labios|cara) (morados|azules|morada|azul)',
      '(no (se )?despierta|no reacciona|inconsciente)',
      '(convulsion|convulsiones|crisis) ~2 (mas de )?<num:5-999> minutos',
    ]),
    signal('es.medical.medium', 'medical_emergency', 'medium', [
      '(dolor|presion|opresion) (fuerte |intenso )?(en el|en mi) pecho',
      'me duele (mucho )?el pecho',
      '(no puedo|me cuesta) respirar',
      '(azucar|glucosa|glucemia) (en|de|a)? ~1 <num:0-54>',
      '(sangrando mucho|sangra mucho|mucha sangre)',
    ]),
    escalator('es.esc.timing', 'timing', 1, ['{CUANDO}'], { applies: PERSONAL_AND_OTHERS }),
    escalator('es.esc.plan', 'plan', 2, ['tengo un plan', 'ya (lo )?(decidi|he decidido)', 'ya tengo todo (listo|preparado|planeado)', 'es la (noche|ultima noche)'], { category: 'suicide' }),
    escalator('es.esc.means', 'means', 2, [
      '(ya )?(tengo|compre|guarde|junte|he juntado|he guardado|acumule|he acumulado) (las|unas|muchas|todas las|mis|suficientes)? ~1 {PASTILLAS}',
      '(tengo|compre|prepare) (la|una) (soga|cuerda)',
      '(tengo|compre|cargue) (la|una|mi) {ARMA}',
    ], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    escalator('es.esc.farewell', 'farewell', 2, [
      '(adios|hasta siempre) (a todos|para siempre|mundo)',
      '(este es|es) mi (ultimo mensaje|ultimo post|despedida)',
      'ya no (estare|voy a estar) (aqui|mas)',
      '(cuando|para cuando) lean esto',
      '(carta|cartas|nota) de despedida',
      '(regale|he regalado|regalando) (mis cosas|todo)',
    ], { category: 'suicide', person: 'self' }),
    escalator('es.esc.farewell_weak', 'farewell', 1, ['gracias por todo', '(cuiden|cuidad) a mis (hijos|hijas|ninos|perros)', 'los quiero a todos'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('es.esc.symptom', 'symptom', 2, ['(confundido|confundida|desorientado|desorientada|temblando|sudando frio)', '(brazo izquierdo|mandibula)', 'no puedo respirar'], { applies: MEDICAL }),
    escalator('es.esc.abuse', 'act', 2, ['(esta|viene) (en la puerta|de camino|para aca)', 'me (ha|han|tiene|tienen) (encerrada|encerrado) (en|desde)', 'me (escondi|encerre) en el (bano|cuarto)'], { applies: ABUSE }),
    // ── expansion: intent with means and timing, preparation, third parties, medical, abuse at the door ──
    signal('es.suicide.method', 'suicide', 'medium', [
      '(me tomo|me voy a tomar|voy a tomar|me tomare|tomare|tomarme|me trago|me voy a tragar|voy a tragar|tragarme|quiero tomarme|pienso tomarme) (todas|todos|toda la caja de|todo el frasco de|todo el bote de|el bote de|un monton de|las|mis|<num:10-100000>) ~2 {PASTILLAS}',
      '(me voy a|voy a|quiero|pienso|planeo) (colgar|ahorcar|pegar un tiro|cortar las venas|envenenar|ahogar)',
      '(colgarme|ahorcarme|pegarme un tiro|cortarme las venas|envenenarme|tirarme a las vias|tirarme al tren|tirarme del puente|tirarme por la ventana)',
      '(cuantas|cuanta) ~2 {PASTILLAS} (hacen falta|necesito|se necesitan) (para|pa) (morir|no despertar|matarme)',
      '(pienso|pensando|pense) (en|como) (tomarme todas|tirarme|colgarme|ahorcarme|cortarme las venas)',
    ]),
    signal('es.suicide.passive2', 'suicide', 'low', [
      '(quiero|quisiera|me gustaria) dormir y no (despertar|despertarme) (nunca|mas)?',
      // a burden said as the family's relief: "estarían más tranquilos si yo no existiera"
      '(estarian|vivirian|serian|estaria|viviria|seria) (mucho )?(mas )?(tranquilos|tranquila|tranquilo|felices|feliz|mejor) ~2 (sin mi|si (yo )?no (existiera|estuviera|hubiera nacido))',
      '(no quiero|ya no quiero) (despertar|despertarme) (mas|nunca)',
      'ojala no (despertara|despierte|me despierte)',
      '(mi familia|todos|mis hijos) (estaria|estarian|vivirian) (mejor|mas tranquilos) sin mi',
      '(para que|de que sirve) (seguir|vivir|luchar)',
      'no (le )?veo (el )?sentido a (nada|seguir|vivir)',
    ]),
    signal('es.suicide.other', 'suicide', 'low', [
      '(dice|dijo|me dijo|comenta|habla de|hablo de) (que )?(piensa|pensaba|ha pensado|quiere|queria) (en )?(morir|morirse|matarse|suicidarse|desaparecer|no despertar)',
      '(piensa|habla) (en|de) (morir|morirse|matarse|suicidarse|la muerte)',
      '(dice|dijo|me dijo|comenta|escribio|escribe|publico|me escribio) (que )?(ya )?no (quiere|queria) (vivir|seguir viviendo|seguir|estar aqui|despertar)',
    ], { person: 'other' }),
    signal('es.self_harm.again', 'self_harm', 'medium', [
      '(me he vuelto a|me volvi a|volvi a|he vuelto a|vuelvo a) (cortar|lastimar|quemar|hacer dano|autolesionar)',
      '(volvi|he vuelto|vuelvo) a (cortarme|lastimarme|quemarme|hacerme dano|autolesionarme)',
      '(me corte|me he cortado|me hice cortes en) (los brazos|las piernas|los muslos|la muneca|las munecas)',
    ]),
    signal('es.others.threat2', 'harm_to_others', 'medium', [
      '(lo|la|los|las) voy a (matar|apunalar|reventar|destrozar|partir la cara)',
      '(me las va a pagar|va a pagar por esto|le voy a hacer pagar)',
      '(voy a|pienso|quiero) (ir a )?(buscarlo|buscarla|esperarlo|esperarla) ~4 con (un|una|mi|el|la) {ARMA}',
    ]),
    signal('es.abuse.violence2', 'abuse', 'medium', [
      '{AGENTE} (le )?(pega|golpea|maltrata|patea|empuja|ahorca) a (mi|mis|su|sus) ({PERSONA}|hijos|ninos|hermanos)',
      '{AGENTE} me (pego|golpeo|empujo|ahorco|pateo) (anoche|ayer|otra vez|de nuevo)?',
      '(dice|dijo|amenaza con|amenazo con) que (si|cuando) ~4 (me mata|me va a matar|nos mata|nos va a matar)',
      '(me|nos) va a matar',
      '(me|nos) (mata|matara) (si|cuando)',
      '{AGENTE} (me )?(revisa|controla|quita|esconde) (mi telefono|mi movil|mi celular|mi dinero|las llaves|mis medicinas)',
    ]),
    // repeated fainting or falls: an early warning, not an emergency
    signal('es.medical.warning', 'medical_emergency', 'low', [
      '(me desmaye|se desmayo|me he desmayado|se ha desmayado|me cai|se cayo|me he caido|se ha caido) ~3 (dos veces|tres veces|varias veces|otra vez|de nuevo)',
      '(mareos|vertigo|vertigos) ~3 (cada vez peor|cada vez mas|y me desmaye|y me cai)',
    ]),
    signal('es.medical.poisoning', 'medical_emergency', 'medium', [
      '(mi hijo|mi hija|el nino|la nina|el bebe|la bebe|mi bebe|mi nieto|mi nieta|mi sobrino|mi sobrina) ~4 (se tomo|se trago|trago|se comio|comio|se bebio|bebio|se metio en la boca) ~4 ({PASTILLAS}|lejia|detergente|capsulas|pila|pilas|veneno|cloro|productos de limpieza)',
      '(toxicologia|centro de toxicologia|intoxicacion|envenenamiento)',
    ]),
    signal('es.medical.high2', 'medical_emergency', 'high', [
      '(se me|se le) (duerme|durmio|cae|cayo|tuerce|torcio|paraliza|paralizo) (la cara|la boca|medio lado|la mitad de la cara)',
      '(no puede|no puedo|no consigue) (hablar bien|mover el brazo|mover la pierna|levantar el brazo)',
      '(le cuesta|me cuesta) hablar y (no puede|no puedo) mover',
      '(lleva|llevan|tiene) ~2 <num:5-999> minutos (convulsionando|con convulsiones|temblando)',
      '(se desmayo|se cayo|colapso) y (no respira|no reacciona|no despierta)',
      '(azucar|glucosa) (en|de|a)? ~1 <num:0-54> y (esta|estoy|anda) (confundido|confundida|sudando|temblando)',
      '(se le|se me) (hincha|hincho|esta hinchando) (la lengua|la garganta|la cara|los labios) y (no puede|no puedo|le cuesta|me cuesta) respirar',
      '(no para|no deja) de (sangrar|salir sangre)',
    ]),
    escalator('es.esc.means2', 'means', 2, [
      '(tengo|he|ya tengo) (guardadas|guardados|juntadas|juntados|acumuladas|acumulados|escondidas|escondidos|preparadas|contadas) ~2 {PASTILLAS}',
      '(<num:10-100000>|todas las|un monton de|cajas de) ~1 {PASTILLAS} (guardadas|acumuladas|escondidas|juntadas|preparadas|contadas|en la mesa|al lado de la cama)',
      '(tengo|ya tengo|compre) (la|una) (soga|cuerda) (lista|preparada|en el garaje|en el armario)',
      '(la|el) {ARMA} (esta )?(cargada|cargado|lista|listo)',
    ], { category: 'suicide', applies: WEAPON_CATEGORIES }),
    // means × first person × time/readiness, whatever the verb (see en.esc.means_at_hand)
    escalator('es.esc.means_at_hand', 'means', 2, [
      '{ARMA} ~4 (en|sobre|bajo|junto a) (mi|mis) (regazo|mano|manos|mesita|mesa de noche|escritorio|almohada|cama|rodillas|boca|sien)',
      '(tengo|guardo|tengo guardadas|tengo guardados) (todas|todos)? (las|los|mis|unas|unos)? ~4 {PASTILLAS} ~4 (guardadas|guardados|escondidas|escondidos|contadas|contados|juntadas|juntados|acumuladas|acumulados|ahorradas)',
      '{PASTILLAS} (estan |ya estan )?(contadas|contados|alineadas|alineados|en fila)',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('es.esc.means_held', 'means', 1, [
      '(tengo|hay|guardo) (una|la|mi|el) ~1 (soga|cuerda|cinturon|{ARMA}) (en|debajo de|dentro de) (el|la|mi) ~1 (cajon|armario|garaje|coche|cuarto|habitacion|closet|mochila|sotano)',
      '(<num:2-1000>|dos|tres|cuatro|varias|unas) (semanas|meses|cajas|recetas) de ~2 {PASTILLAS}',
    ], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('es.esc.alone_window', 'plan', 2, [
      '({CUANDO}|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)) ~2 (no hay nadie|no habra nadie|no va a haber nadie|estare sola|estare solo|me quedo sola|me quedo solo|la casa (esta|estara|queda|se queda) (vacia|sola))',
      '(no hay nadie|no habra nadie|estare sola|estare solo|me quedo sola|me quedo solo|la casa (esta|estara|queda|se queda) (vacia|sola)) ~3 ({CUANDO}|hasta el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|todo el fin de semana)',
    ], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('es.esc.resolve', 'plan', 2, [
      '({CUANDO}|hoy) lo (hago|voy a hacer)',
      'lo (hago|voy a hacer) ({CUANDO}|hoy)',
      'ya lo tengo todo (listo|preparado|planeado|decidido)',
      '(ya )?(estoy|me siento) (lista|listo|preparada|preparado) $',
      '(ya )?no tengo miedo',
      '(ya )?no hay vuelta atras',
      '(esta noche|hoy|manana) (es el momento|es la noche|se siente bien)',
      '(ya )?(estoy|me siento) (en paz|tranquila|tranquilo) con (esto|ello|mi decision|la decision)',
      'no (los|las|lo|la) (voy a|vas a) necesitar (mas)?',
      '(todo )?(se )?(acaba|termina) ({CUANDO}|hoy|pronto)',
      '(nadie|nada) me va a (detener|parar)',
    ]),
    escalator('es.esc.preparation', 'preparation', 2, [
      '(escribi|he escrito|estoy escribiendo|deje) (una carta|cartas|unas cartas|una nota) (a|para) (mis|mi) (hijos|hijas|ninos|familia|esposa|esposo|marido|mujer|padres|madre|padre)',
      '(regale|he regalado|estoy regalando|regalando|regalo) (mis|todas mis|mis cosas|todo lo que tengo|a mi perro|a mi gato)',
      '(regala|regalo|esta regalando|ha regalado) (sus|todas sus) cosas',
    ], { category: 'suicide' }),
    escalator('es.esc.farewell2', 'farewell', 1, ['(perdon|perdonenme|lo siento) (a todos|por todo)', 'adios $', '(se esta despidiendo|se despidio|me mando un adios)'], { applies: SELF_HARM_AND_SUICIDE }),
    escalator('es.esc.act2', 'act', 2, ['(esta|estoy) (en|sobre) (el|la) (puente|azotea|cornisa|borde|vias)', '(hace|desde hace) (una hora|media hora|<num> (minutos|horas))'], { category: 'suicide', applies: SELF_HARM_AND_SUICIDE }),
    escalator('es.esc.symptom2', 'symptom', 2, ['(muy|bastante|super) (dormido|dormida|somnoliento|somnolienta|adormilado|adormilada|palido|palida)', '(no se despierta bien|no reacciona bien|le cuesta despertar)', '(vomitando|vomita) y (esta|esta muy)', 'sudor frio'], { applies: MEDICAL }),
    escalator('es.esc.symptom_weak2', 'symptom', 1, ['(vomitando|vomito|vomita|mareado|mareada|sudando|palido|palida)'], { applies: MEDICAL }),
    escalator('es.esc.abuse_danger', 'act', 2, [
      '(esta|estan|sigue) (golpeando|aporreando|pateando|tratando de abrir|rompiendo|tirando) la puerta',
      '(me escondi|me encerre|estoy escondida|estoy escondido|estoy encerrada|estoy encerrado|estamos escondidos|nos escondimos|nos encerramos) (en|con)',
      '(sabe|descubrio) donde (estoy|estamos|vivo|vivimos)',
    ], { category: 'abuse', applies: ABUSE }),
    escalator('es.esc.abuse_now', 'act', 1, ['(ahora mismo|en este momento|esta noche)'], { applies: ABUSE }),
    escalator('es.esc.abuse_weapon', 'means', 2, ['(tiene|con|saco|agarro) (un|una|el|la|su) {ARMA}'], { category: 'abuse', applies: ['abuse', 'harm_to_others'] }),
    escalator('es.esc.others_location', 'preparation', 2, ['(se|yo se) (donde|a que hora) (vive|trabaja|sale|aparca|duerme)'], { category: 'harm_to_others', applies: ['harm_to_others'] }),
    dampener('es.idiom2', 'idiom', [
      '(me muero|se muere|muriendome|me moria) (de|por) (ganas|saber|verte|conocer|ver)',
      '(matar|mato|matando) (el tiempo|el hambre|la sed)',
      '(estoy|quede) (muerto|muerta) (de cansancio|de sueno)',
      '(me mata|me esta matando|me van a matar) (el|la|los|las|este|esta) (dolor|espera|jefe|trabajo|calor|tratamiento|quimio|papeleo)',
    ], { applies: NOT_MEDICAL }),
    dampener('es.dose', 'idiom', ['(tomo|tome|tomar|tomando) <num:0-1200> (mg|ml|mcg|unidades) (de )?~1 {PASTILLAS}'], { applies: SELF_HARM_AND_SUICIDE }),
    // a streak kept: "llevo dos años sin autolesionarme" names the act it has been free of
    // "antes de que…" is "before", not "formerly" (es.past)
    neutral('es.neutral.before', ['antes de']),
    neutral('es.neutral.streak', ['(llevo|hace) (un|una|dos|tres|cuatro|cinco|seis|varios|muchos|<num>) (anos|meses|semanas|dias) sin (cortarme|autolesionarme|hacerme dano|lastimarme)']),
    dampener('es.recovery2', 'recovery', ['(hoy|ahora|ya) (estoy|me siento) (muy )?(bien|mejor)', 'ayudo a otros', '(llevo|hace) <num> (anos|meses) sin (cortarme|autolesionarme|hacerme dano)'], { applies: NOT_MEDICAL }),
    dampener('es.reported', 'reported', ['(lei|vi|escuche) ~3 (articulo|noticia|reportaje|documental|libro|pelicula|serie|podcast)', '(me )?(pregunto|preguntaron|pregunta|preguntan) (si|sobre|por)', 'segun (un|una|el|la) (estudio|articulo|informe)'], { applies: NOT_MEDICAL }),
    dampener('es.resolved2', 'resolved', ['(tomo|tome|bebio|comio) (un )?(zumo|jugo|azucar|glucosa) y (ya )?(subio|esta bien|se recupero)', '(volvio|subio) a <num:70-400>'], { applies: MEDICAL }),
    dampener('es.neg', 'negation', ['(no|nunca|jamas|tampoco|ni|ningun|ninguna)', 'no tengo (intencion|planes) de'], { gap: 3, applies: NOT_MEDICAL }),
    // "ojala no despertar mañana": the day names the waking, it does not time an act
    // "una mañana de estas" is some morning, not tomorrow
    // a cut while cooking or shaving is an accident, not self-harm
    neutral('es.neutral.accident', ['(me corte|me he cortado|me cortaba) (el pelo|las unas|el flequillo|la melena|el cabello)', '(me corte|me he cortado|me cortaba|me queme|me he quemado) (cocinando|pelando|picando|afeitandome|con un papel|con una lata|con el horno|con la sarten|con la plancha|en la cocina|sin querer)']),
    neutral('es.neutral.each_one', ['(cada uno|cada una)']),
    neutral('es.neutral.some_morning', ['(una|alguna|cualquier|cada) manana (de estas)?']),
    neutral('es.neutral.despertar', ['(despertar|despertarme|despierte|despertara) (manana|por la manana)']),
    neutral('es.neutral', ['no (se|estoy bien|estoy segura|estoy seguro|solo)', 'no (puedo mas|aguanto|quiero vivir)']),
    dampener('es.idiom', 'idiom', [
      '(me muero|muero|morirme|morir|muerto|muerta|muriendo) de (hambre|risa|sueno|ganas|verguenza|calor|frio|aburrimiento|cansancio|envidia|curiosidad|amor|pena)',
      '(esta quimio|este dolor|el trabajo|esto|el calor) (me )?(esta matando|me mata|me va a matar)',
      '(matar|mataria) por (un|una|dormir)',
    ]),
    dampener('es.past', 'past', ['hace (anos|<num> anos|dos anos|tres anos|muchos anos|mucho tiempo|tiempo)', 'hace (cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|varios) anos', '(solia|antes)', 'cuando era (joven|adolescente|nino|nina|chico|chica)', 'en el pasado', 'en <num:1950-2030>'], { applies: NOT_MEDICAL }),
    dampener('es.recovery', 'recovery', ['(la terapia|el tratamiento|este grupo|mi familia) me (ayudo|salvo|saco)', '(ya )?estoy (mucho )?mejor', '(sali adelante|lo supere|lo he superado)'], { applies: NOT_MEDICAL }),
    dampener('es.education', 'education', ['(prevencion|tasa|tasas|estadisticas|formacion|curso|taller) (del|de|sobre)? ~2 (suicidio|autolesiones)', '(lei|vi) (un|una|el|la) (articulo|libro|noticia|pelicula|serie|documental)', 'en las noticias'], { applies: NOT_MEDICAL }),
    dampener('es.jest', 'jest', ['(jaja*|jeje*|es broma|era broma|bromeando|de broma)'], { applies: ['harm_to_others', 'abuse'] }),
    dampener('es.resolved', 'resolved', ['(ya )?(estoy|esta|estamos) (bien|mejor) (ahora|ya)', '(fue|era) (solo )?(ansiedad|una falsa alarma|nada)', 'falsa alarma'], { applies: MEDICAL }),
    blocker('es.recurrence', ['past', 'recovery'], ['(otra vez|de nuevo|volvieron|ha vuelto|han vuelto|volvio|ultimamente|todavia|aun)']),
    subject('es.subject.self', 'self', ['(yo|me|mi|mis|conmigo)']),
    subject('es.subject.other', 'other', ['(ella|ellos|ellas)', '(mi|su) (amiga|amigo|hermana|hermano|hijo|hija|madre|padre|mama|papa|esposo|esposa|pareja|novio|novia)']),
    subject('es.subject.generic', 'generic', ['(tu|usted|ustedes|alguien|la gente|uno)']),
    boundary('es.boundary', ['(pero|aunque|sino|sin embargo)']),
  ],
};
