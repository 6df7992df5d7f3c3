import { CrisisEngineErrorCode, CrisisEngineException } from './crisis-engine.exception.js';
import { parsePattern, PatternError, substituteMacros } from './pattern.js';
import type { CrisisLexicon, CrisisRule, DampenerScope, DampenerType, EscalatorType, RuleKind, SubjectPerson } from './types.js';
import { CRISIS_CATEGORIES } from './types.js';

const KINDS: readonly RuleKind[] = ['signal', 'escalator', 'dampener', 'blocker', 'subject', 'neutral', 'boundary'];
const ESCALATORS: readonly EscalatorType[] = ['timing', 'means', 'plan', 'preparation', 'farewell', 'act', 'symptom', 'concept_means', 'concept_amount', 'concept_time', 'concept_final'];
const DAMPENERS: readonly DampenerType[] = [
  'negation', 'idiom', 'past', 'recovery', 'reported', 'education', 'hypothetical', 'jest', 'resolved', 'clarification', 'modal', 'protective',
];
const SCOPES: readonly DampenerScope[] = ['overlap', 'forward', 'clause', 'sentence', 'near', 'after'];
const PERSONS: readonly SubjectPerson[] = ['self', 'other', 'generic'];
const SEVERITIES = ['low', 'medium', 'high'] as const;
const RULE_FIELDS = new Set([
  'id', 'kind', 'patterns', 'category', 'severity', 'escalator', 'weight', 'dampener', 'scope', 'gap', 'effect', 'blocks', 'person', 'applies', 'locale',
]);
const LEXICON_FIELDS = new Set(['locale', 'macros', 'aliases', 'fuzzy', 'rules']);
const ID_RE = /^[A-Za-z0-9_.:-]{1,120}$/;

function fail(source: string, message: string, ruleId?: string, field?: string): never {
  throw new CrisisEngineException(CrisisEngineErrorCode.INVALID_RULE, `${source}: ${message}`, ruleId, field);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * Validates rules given as an array of rules, one lexicon or an array of lexicons (parsed JSON or TS data),
 * and returns them as lexicons. Throws `CrisisEngineException` (`INVALID_RULE`) naming the rule and field.
 */
export function validateRules(input: unknown, source = 'rules'): CrisisLexicon[] {
  let lexicons: unknown[];
  if (Array.isArray(input) && input.every((x) => isRecord(x) && 'rules' in x)) lexicons = input;
  else if (Array.isArray(input)) lexicons = [{ locale: '*', rules: input }];
  else if (isRecord(input)) lexicons = [input];
  else fail(source, 'expected an array of rules, a lexicon {locale, rules} or an array of lexicons');
  const seen = new Set<string>();
  return lexicons.map((lx, i) => validateLexicon(lx, lexicons.length > 1 ? `${source}[${i}]` : source, seen));
}

/** Parses an organization's JSON rule file (text) and validates it. */
export function parseRulesJson(json: string, source = 'rules.json'): CrisisLexicon[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    fail(source, `not valid JSON (${(e as Error).message})`);
  }
  return validateRules(parsed, source);
}

function validateLexicon(input: unknown, source: string, seen: Set<string>): CrisisLexicon {
  if (!isRecord(input)) fail(source, 'a lexicon must be an object {locale, rules}');
  for (const key of Object.keys(input)) if (!LEXICON_FIELDS.has(key)) fail(source, `unknown lexicon field "${key}"`, undefined, key);
  const locale = input.locale ?? '*';
  if (typeof locale !== 'string' || !/^(\*|[a-z]{2,3}(-[A-Za-z0-9]+)*)$/.test(locale)) fail(source, `field "locale" must be a language code such as "en" or "*"`, undefined, 'locale');
  const macros: Record<string, string> = {};
  if (input.macros !== undefined) {
    if (!isRecord(input.macros)) fail(source, 'field "macros" must be an object of strings', undefined, 'macros');
    for (const [k, v] of Object.entries(input.macros)) {
      if (!/^[A-Za-z0-9_]+$/.test(k) || typeof v !== 'string') fail(source, `macro "${k}" must be a NAME: string`, undefined, `macros.${k}`);
      macros[k] = v;
    }
  }
  const aliases: Record<string, string> = {};
  if (input.aliases !== undefined) {
    if (!isRecord(input.aliases)) fail(source, 'field "aliases" must be an object of strings', undefined, 'aliases');
    for (const [k, v] of Object.entries(input.aliases)) {
      if (typeof v !== 'string' || v.trim() === '' || k.trim() === '') fail(source, `alias "${k}" must map a word to a word`, undefined, `aliases.${k}`);
      aliases[k] = v;
    }
  }
  let fuzzy: string[] | undefined;
  if (input.fuzzy !== undefined) {
    if (!Array.isArray(input.fuzzy) || !input.fuzzy.every((w) => typeof w === 'string')) fail(source, 'field "fuzzy" must be an array of words', undefined, 'fuzzy');
    fuzzy = input.fuzzy;
  }
  if (!Array.isArray(input.rules)) fail(source, 'field "rules" must be an array', undefined, 'rules');
  const rules = input.rules.map((r, i) => validateRule(r, i, source, locale, macros, seen));
  return { locale, macros, aliases, fuzzy, rules };
}

function validateRule(
  input: unknown,
  index: number,
  source: string,
  locale: string,
  macros: Record<string, string>,
  seen: Set<string>,
): CrisisRule {
  const where = `rules[${index}]`;
  if (!isRecord(input)) fail(source, `${where} must be an object`);
  const id = input.id;
  if (typeof id !== 'string' || !ID_RE.test(id)) fail(source, `${where}: field "id" must be a string of letters, digits and . _ : - (got ${JSON.stringify(id)})`, undefined, 'id');
  const bad: (field: string, msg: string) => never = (field, msg) => fail(source, `rule "${id}" (${where}): field "${field}" ${msg}`, id, field);
  if (seen.has(id)) bad('id', 'is used by another rule');
  seen.add(id);
  for (const key of Object.keys(input)) if (!RULE_FIELDS.has(key)) bad(key, 'is not a rule field (typo?)');

  const kind = input.kind;
  if (!oneOf(kind, KINDS)) bad('kind', `must be one of ${KINDS.join(', ')} (got ${JSON.stringify(kind)})`);
  const patterns = input.patterns;
  if (!Array.isArray(patterns) || patterns.length === 0) bad('patterns', 'must be a non-empty array of strings');
  patterns.forEach((p, i) => {
    if (typeof p !== 'string' || p.trim() === '') bad(`patterns[${i}]`, 'must be a non-empty string');
    try {
      parsePattern(substituteMacros(p, macros));
    } catch (e) {
      if (e instanceof PatternError) bad(`patterns[${i}]`, `is not a valid pattern: ${e.message} in ${JSON.stringify(p)}`);
      throw e;
    }
  });
  const rule: CrisisRule = { id, kind, patterns: patterns as string[], locale: typeof input.locale === 'string' ? input.locale : locale };
  if (input.locale !== undefined && typeof input.locale !== 'string') bad('locale', 'must be a string');

  if (input.category !== undefined) {
    if (!oneOf(input.category, CRISIS_CATEGORIES)) bad('category', `must be one of ${CRISIS_CATEGORIES.join(', ')} (got ${JSON.stringify(input.category)})`);
    rule.category = input.category;
  }
  if (input.severity !== undefined) {
    if (!oneOf(input.severity, SEVERITIES)) bad('severity', `must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(input.severity)})`);
    rule.severity = input.severity;
  }
  if (input.applies !== undefined) {
    if (!Array.isArray(input.applies) || input.applies.length === 0 || !input.applies.every((c) => oneOf(c, CRISIS_CATEGORIES))) {
      bad('applies', `must be a non-empty array of ${CRISIS_CATEGORIES.join(', ')}`);
    }
    rule.applies = input.applies;
  }
  if (input.person !== undefined) {
    if (!oneOf(input.person, PERSONS)) bad('person', `must be one of ${PERSONS.join(', ')}`);
    rule.person = input.person;
  }
  const onlyFor = (field: string, kinds: RuleKind[]): void => {
    if (input[field] !== undefined && !kinds.includes(kind)) bad(field, `only applies to ${kinds.join(' or ')} rules`);
  };
  onlyFor('escalator', ['escalator']);
  onlyFor('weight', ['escalator']);
  onlyFor('dampener', ['dampener']);
  onlyFor('scope', ['dampener']);
  onlyFor('gap', ['dampener']);
  onlyFor('effect', ['dampener']);
  onlyFor('blocks', ['blocker']);
  onlyFor('applies', ['escalator', 'dampener']);
  onlyFor('person', ['signal', 'escalator', 'subject']);
  onlyFor('severity', ['signal', 'escalator']);
  onlyFor('category', ['signal', 'escalator']);

  switch (kind) {
    case 'signal':
      if (rule.category === undefined) bad('category', 'is required for a signal');
      if (rule.severity === undefined) bad('severity', 'is required for a signal');
      break;
    case 'escalator':
      if (!oneOf(input.escalator, ESCALATORS)) bad('escalator', `must be one of ${ESCALATORS.join(', ')} (got ${JSON.stringify(input.escalator)})`);
      rule.escalator = input.escalator;
      if (input.weight !== undefined && input.weight !== 1 && input.weight !== 2) bad('weight', 'must be 1 or 2');
      rule.weight = (input.weight) ?? (rule.escalator === 'timing' ? 1 : 2);
      if (rule.severity !== undefined && rule.category === undefined) bad('category', 'is required when an escalator has a severity of its own');
      break;
    case 'dampener':
      if (!oneOf(input.dampener, DAMPENERS)) bad('dampener', `must be one of ${DAMPENERS.join(', ')} (got ${JSON.stringify(input.dampener)})`);
      rule.dampener = input.dampener;
      if (input.scope !== undefined && !oneOf(input.scope, SCOPES)) bad('scope', `must be one of ${SCOPES.join(', ')}`);
      rule.scope = (input.scope) ?? defaultScope(input.dampener);
      if (input.gap !== undefined && (!Number.isInteger(input.gap) || (input.gap as number) < 0 || (input.gap as number) > 12)) bad('gap', 'must be an integer from 0 to 12');
      rule.gap = (input.gap as number | undefined) ?? 4;
      if (input.effect !== undefined && input.effect !== 'suppress' && input.effect !== 'lower') bad('effect', 'must be "suppress" or "lower"');
      rule.effect = (input.effect) ?? (rule.dampener === 'modal' || rule.dampener === 'protective' ? 'lower' : 'suppress');
      break;
    case 'blocker':
      if (!Array.isArray(input.blocks) || input.blocks.length === 0 || !input.blocks.every((b) => oneOf(b, DAMPENERS))) {
        bad('blocks', `must be a non-empty array of ${DAMPENERS.join(', ')}`);
      }
      rule.blocks = input.blocks;
      break;
    case 'subject':
      if (rule.person === undefined) bad('person', 'is required for a subject');
      break;
    case 'neutral':
    case 'boundary':
      break;
  }
  return rule;
}

function defaultScope(type: DampenerType): DampenerScope {
  switch (type) {
    case 'negation':
    case 'modal':
      return 'forward';
    case 'idiom':
      return 'overlap';
    case 'recovery':
      return 'after';
    case 'jest':
    case 'protective':
    case 'resolved':
    case 'clarification':
      return 'near';
    case 'past':
    case 'reported':
    case 'education':
    case 'hypothetical':
      return 'sentence';
  }
}
