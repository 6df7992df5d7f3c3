import type { AlertMatch } from '@alongside/alerts';

const CATEGORY_NAMES: Record<string, string> = {
  suicide: 'thoughts of suicide',
  self_harm: 'self-harm',
  harm_to_others: 'harm to others',
  abuse: 'abuse',
  medical_emergency: 'medical emergency',
};

/**
 * What a rule's family, the middle part of its id `<locale>.<family>.<name>`, is called in a message. The name
 * is left out: it can name a method or means (`en.esc.blades_ready`), which safe messaging never repeats.
 */
const RULE_FAMILIES: Record<string, string> = {
  suicide: 'suicidal language',
  self_harm: 'self-harm language',
  medical: 'signs of a medical emergency',
  abuse: 'signs of abuse',
  others: 'harm to others',
  esc: 'urgency (timing, plan, means or farewell)',
};

/** The rules that fired, by family and count: "suicidal language ×1, urgency (…) ×2". */
export function ruleSummary(matches: readonly AlertMatch[]): string {
  const counts = new Map<string, number>();
  for (const rule of new Set(matches.map((m) => m.rule))) {
    const label = RULE_FAMILIES[rule.split('.')[1] ?? ''] ?? 'crisis language';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${label} ×${n}`).join(', ');
}

/**
 * The message of a flag, for the forum's moderators: level, categories, the rules that fired and where the alert
 * is. Safe messaging: nothing from the post itself (no quote, no method or means), no judgement of the member.
 */
export function flagMessage(alert: { level: string; categories: readonly string[]; matches: readonly AlertMatch[] }, link: string): string {
  const categories = alert.categories.map((c) => CATEGORY_NAMES[c] ?? c.replace(/_/g, ' ')).join(', ');
  const rules = ruleSummary(alert.matches);
  return [
    `Alongside crisis alert, level ${alert.level.toUpperCase()}: ${categories || 'possible crisis'}.`,
    `Rules: ${rules || 'none recorded'}.`,
    `Please check in with the member privately and kindly. The alert: ${link}`,
  ].join('\n');
}
