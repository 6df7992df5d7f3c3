import type { AlertMatch } from '@alongside/alerts';

const CATEGORY_NAMES: Record<string, string> = {
  suicide: 'thoughts of suicide',
  self_harm: 'self-harm',
  harm_to_others: 'harm to others',
  abuse: 'abuse',
  medical_emergency: 'medical emergency',
};

/**
 * The message of a flag, for the forum's moderators: level, categories, the rules that fired and where the alert
 * is. Safe messaging: nothing from the post itself (no quote, no method or means), no judgement of the member.
 */
export function flagMessage(alert: { level: string; categories: readonly string[]; matches: readonly AlertMatch[] }, link: string): string {
  const categories = alert.categories.map((c) => CATEGORY_NAMES[c] ?? c.replace(/_/g, ' ')).join(', ');
  const rules = [...new Set(alert.matches.map((m) => m.rule))].join(', ');
  return [
    `Alongside crisis alert, level ${alert.level.toUpperCase()}: ${categories || 'possible crisis'}.`,
    `Rules: ${rules || 'none recorded'}.`,
    `Please check in with the member privately and kindly. The alert: ${link}`,
  ].join('\n');
}
