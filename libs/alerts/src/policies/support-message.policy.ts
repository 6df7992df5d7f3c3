import { type AlertLevel, LEVEL_RANK } from '../entities/alert.enums.js';
import type { CrisisLine, RegionResources } from '../support/crisis-resources.js';

export const SUPPORT_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type SupportLanguage = (typeof SUPPORT_LANGUAGES)[number];

/** Whether an alert at `level` offers its author the supportive message. */
export function offersSupport(level: AlertLevel, threshold: AlertLevel | 'off'): boolean {
  return threshold !== 'off' && LEVEL_RANK[level] >= LEVEL_RANK[threshold];
}

/** At most one message per member per period. */
export function supportDue(lastSentAt: Date | null, now: Date, periodHours: number): boolean {
  return lastSentAt === null || now.getTime() - lastSentAt.getTime() >= periodHours * 3600 * 1000;
}

/** `pt-BR` → `pt`; a language without a text falls back to English. */
export function supportLanguage(locale: string | null | undefined): SupportLanguage {
  const code = (locale ?? '').slice(0, 2).toLowerCase();
  return (SUPPORT_LANGUAGES as readonly string[]).includes(code) ? (code as SupportLanguage) : 'en';
}

/** One to three lines, those answering in the member's language first (rule 6 of RESOURCES.md). */
export function pickLines(lines: readonly CrisisLine[], language: string): CrisisLine[] {
  const speaks = (line: CrisisLine): boolean => !line.languages || line.languages.includes(language);
  return [...lines.filter(speaks), ...lines.filter((line) => !speaks(line))].slice(0, 3);
}

interface Texts {
  /** A title where the channel needs one (a forum private message): warm, with no level or label. */
  readonly subject: string;
  /** Rule 12: a medical emergency leads with the emergency number (`null`: not known) and one first-aid step. */
  readonly medical: (number: string | null) => string;
  /** Rules 2, 4, 5: acknowledge, care, no judgement, hope. Never the method, the level or a label (rules 3, 2). */
  readonly opening: string;
  readonly linesIntro: string;
  readonly noLines: string;
  readonly danger: (number: string | null) => string;
  /** Rules 7 and 11: honest about what happens next, one easy next step; not punitive (rule 8). */
  readonly closing: string;
}

const TEXTS: Record<SupportLanguage, Texts> = {
  en: {
    subject: 'We wanted to check in with you',
    medical: (n) => `If you or someone with you needs urgent medical help, call ${n ?? 'your local emergency number'} now. If you can, unlock the door and stay where someone can reach you.`,
    opening: 'We read your recent post and wanted to reach out to you privately. Thank you for sharing how you feel; we care about you. Feelings like this can pass, and help works. Talking to someone now is a good step.',
    linesIntro: 'Someone is there to listen:',
    noLines: 'A local crisis line or your doctor can help.',
    danger: (n) => `If you are in immediate danger, call ${n ?? 'your local emergency number'}.`,
    closing: 'This message was sent automatically. A moderator of your group may also get in touch; you can reply to them, even just to say "I\'m OK for now". You are welcome to keep posting.',
  },
  es: {
    subject: 'Queríamos saber cómo estás',
    medical: (n) => `Si tú o alguien contigo necesita ayuda médica urgente, llama ahora ${n ? `al ${n}` : 'a tu número local de emergencias'}. Si puedes, abre la puerta y quédate donde alguien pueda llegar a ti.`,
    opening: 'Leímos tu mensaje reciente y queríamos escribirte en privado. Gracias por contar cómo te sientes; nos importas. Sentirse así puede pasar, y la ayuda funciona. Hablar con alguien ahora es un buen paso.',
    linesIntro: 'Hay alguien para escucharte:',
    noLines: 'Una línea de crisis local o tu médico pueden ayudarte.',
    danger: (n) => `Si estás en peligro inmediato, llama ${n ? `al ${n}` : 'a tu número local de emergencias'}.`,
    closing: 'Este mensaje se envió automáticamente. Un moderador de tu grupo también podría escribirte; puedes responderle, aunque sea para decir "por ahora estoy bien". Puedes seguir publicando.',
  },
  fr: {
    subject: 'Nous voulions prendre de vos nouvelles',
    medical: (n) => `Si vous ou une personne près de vous avez besoin d'une aide médicale urgente, appelez maintenant le ${n ?? 'numéro d\'urgence local'}. Si possible, déverrouillez la porte et restez là où l'on peut vous rejoindre.`,
    opening: 'Nous avons lu votre message récent et voulions vous écrire en privé. Merci d\'avoir partagé ce que vous ressentez ; vous comptez pour nous. Ce que vous ressentez peut passer, et l\'aide fonctionne. En parler à quelqu\'un maintenant est un bon premier pas.',
    linesIntro: 'Quelqu\'un est là pour vous écouter :',
    noLines: 'Une ligne d\'écoute locale ou votre médecin peuvent vous aider.',
    danger: (n) => `Si vous êtes en danger immédiat, appelez le ${n ?? 'numéro d\'urgence local'}.`,
    closing: 'Ce message a été envoyé automatiquement. Un modérateur de votre groupe pourra aussi vous contacter ; vous pouvez lui répondre, même simplement « ça va pour l\'instant ». Vous pouvez continuer à publier.',
  },
  de: {
    subject: 'Wir wollten uns bei dir melden',
    medical: (n) => `Wenn du oder jemand bei dir dringend medizinische Hilfe braucht, ruf jetzt ${n ? `die ${n}` : 'die örtliche Notrufnummer'} an. Wenn du kannst, schließ die Tür auf und bleib dort, wo man dich erreichen kann.`,
    opening: 'Wir haben deinen letzten Beitrag gelesen und wollten uns persönlich bei dir melden. Danke, dass du erzählst, wie es dir geht; du bist uns wichtig. Solche Gefühle können vorübergehen, und Hilfe wirkt. Jetzt mit jemandem zu sprechen ist ein guter Schritt.',
    linesIntro: 'Hier hört dir jemand zu:',
    noLines: 'Eine örtliche Krisenhotline oder deine Ärztin oder dein Arzt können helfen.',
    danger: (n) => `Wenn du in akuter Gefahr bist, ruf ${n ? `die ${n}` : 'die örtliche Notrufnummer'} an.`,
    closing: 'Diese Nachricht wurde automatisch verschickt. Eine Moderatorin oder ein Moderator deiner Gruppe meldet sich vielleicht auch; du kannst antworten, auch nur mit "Mir geht es gerade okay". Du kannst gerne weiter schreiben.',
  },
  pt: {
    subject: 'Queríamos saber como você está',
    medical: (n) => `Se você ou alguém com você precisa de ajuda médica urgente, ligue agora para ${n ?? 'o número de emergência local'}. Se puder, destranque a porta e fique onde alguém possa chegar até você.`,
    opening: 'Lemos a sua publicação recente e quisemos falar com você em particular. Obrigado por contar como se sente; você importa para nós. Sentimentos assim podem passar, e ajuda funciona. Conversar com alguém agora é um bom passo.',
    linesIntro: 'Há alguém para ouvir você:',
    noLines: 'Uma linha de apoio local ou o seu médico podem ajudar.',
    danger: (n) => `Se estiver em perigo imediato, ligue para ${n ?? 'o número de emergência local'}.`,
    closing: 'Esta mensagem foi enviada automaticamente. Um moderador do seu grupo também pode entrar em contato; você pode responder, nem que seja para dizer "por agora estou bem". Pode continuar publicando.',
  },
  it: {
    subject: 'Volevamo sapere come stai',
    medical: (n) => `Se tu o qualcuno con te ha bisogno di un aiuto medico urgente, chiama subito il ${n ?? 'numero di emergenza locale'}. Se puoi, apri la porta e resta dove qualcuno può raggiungerti.`,
    opening: 'Abbiamo letto il tuo messaggio recente e volevamo scriverti in privato. Grazie per aver condiviso come ti senti; ci stai a cuore. Sentirsi così può passare, e l\'aiuto funziona. Parlarne con qualcuno adesso è un buon passo.',
    linesIntro: 'C\'è qualcuno pronto ad ascoltarti:',
    noLines: 'Una linea di ascolto locale o il tuo medico possono aiutarti.',
    danger: (n) => `Se sei in pericolo immediato, chiama il ${n ?? 'numero di emergenza locale'}.`,
    closing: 'Questo messaggio è stato inviato automaticamente. Anche un moderatore del tuo gruppo potrebbe scriverti; puoi rispondere, anche solo per dire "per ora sto bene". Puoi continuare a scrivere.',
  },
};

export interface SupportMessageInput {
  readonly language: SupportLanguage;
  readonly resources: RegionResources;
  /** The alert's categories: `medical_emergency` leads with the emergency number (rule 12). */
  readonly categories: readonly string[];
}

/**
 * The private supportive message, after the 12 rules of RESOURCES.md. Built only from the member's language,
 * region and the alert's categories: nothing of the post can be echoed, and no level or label is named.
 */
export function composeSupportMessage({ language, resources, categories }: SupportMessageInput): { subject: string; body: string; lines: CrisisLine[] } {
  const t = TEXTS[language];
  const emergency = resources.emergency;
  const lines = pickLines(resources.lines, language);
  const listed = lines.map((line) => `• ${line.name}: ${line.contact}${line.hours ? ` (${line.hours})` : ''}`);
  const medical = categories.includes('medical_emergency');
  const body = [
    ...(medical ? [t.medical(emergency)] : []),
    t.opening,
    lines.length > 0 ? [t.linesIntro, ...listed].join('\n') : t.noLines,
    ...(medical ? [] : [t.danger(emergency)]),
    t.closing,
  ].join('\n\n');
  return { subject: t.subject, body, lines };
}
