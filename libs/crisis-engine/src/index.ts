export { createCrisisEngine } from './engine.js';
export { parseRulesJson, validateRules } from './rules.js';
export { CrisisEngineErrorCode, CrisisEngineException } from './crisis-engine.exception.js';
export { CRISIS_LEXICONS } from './lexicons/index.js';
export { CRISIS_CATEGORIES, CRISIS_LEVELS } from './types.js';
export type {
  CrisisBackstopModel,
  CrisisCategory,
  CrisisDampenedMatch,
  CrisisEngine,
  CrisisEngineOptions,
  CrisisLevel,
  CrisisLexicon,
  CrisisMatch,
  CrisisRule,
  CrisisScanOptions,
  CrisisScanResult,
  DampenerScope,
  DampenerType,
  EscalatorType,
  RuleKind,
  SubjectPerson,
} from './types.js';
