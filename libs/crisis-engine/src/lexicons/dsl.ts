import type { CrisisCategory, CrisisRule, DampenerScope, DampenerType, EscalatorType, SubjectPerson } from '../types.js';

type Sev = 'low' | 'medium' | 'high';
type Extra = Partial<Pick<CrisisRule, 'applies' | 'scope' | 'gap' | 'effect' | 'person' | 'category' | 'severity'>>;

/** Shorthands that build plain rule objects; the lexicons stay data and are validated like any other rules. */
export const signal = (id: string, category: CrisisCategory, severity: Sev, patterns: string[], extra: Extra = {}): CrisisRule => ({
  id,
  kind: 'signal',
  category,
  severity,
  patterns,
  ...extra,
});

export const escalator = (id: string, type: EscalatorType, weight: 1 | 2, patterns: string[], extra: Extra = {}): CrisisRule => ({
  id,
  kind: 'escalator',
  escalator: type,
  weight,
  patterns,
  ...extra,
});

export const dampener = (id: string, type: DampenerType, patterns: string[], extra: Extra & { scope?: DampenerScope } = {}): CrisisRule => ({
  id,
  kind: 'dampener',
  dampener: type,
  patterns,
  ...extra,
});

export const blocker = (id: string, blocks: DampenerType[], patterns: string[]): CrisisRule => ({ id, kind: 'blocker', blocks, patterns });
export const subject = (id: string, person: SubjectPerson, patterns: string[]): CrisisRule => ({ id, kind: 'subject', person, patterns });
export const neutral = (id: string, patterns: string[]): CrisisRule => ({ id, kind: 'neutral', patterns });
export const boundary = (id: string, patterns: string[]): CrisisRule => ({ id, kind: 'boundary', patterns });

export const SELF_HARM_AND_SUICIDE: CrisisCategory[] = ['suicide', 'self_harm'];
export const PERSONAL_AND_OTHERS: CrisisCategory[] = ['suicide', 'self_harm', 'harm_to_others'];
export const WEAPON_CATEGORIES: CrisisCategory[] = ['suicide', 'self_harm', 'harm_to_others', 'abuse'];
export const NOT_MEDICAL: CrisisCategory[] = ['suicide', 'self_harm', 'harm_to_others', 'abuse'];
export const MEDICAL: CrisisCategory[] = ['medical_emergency'];
export const ABUSE: CrisisCategory[] = ['abuse'];
export const OTHERS: CrisisCategory[] = ['harm_to_others'];
