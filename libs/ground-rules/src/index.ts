import { RuleSetVersion } from './entities/rule-set-version.entity.js';
import { RuleSet } from './entities/rule-set.entity.js';
import { RulesAcceptance } from './entities/rules-acceptance.entity.js';
import { GroundRules1764140200000 } from './migrations/1764140200000-ground-rules.js';

export { RuleSet, RuleSetVersion, RulesAcceptance };
export type { GroundRule } from './entities/rule-set-version.entity.js';
export { DEFAULT_GROUND_RULES } from './default-ground-rules.js';
export { GroundRulesErrorReason, GroundRulesException } from './ground-rules.exception.js';
export { GroundRulesModule } from './ground-rules.module.js';
export { GroundRulesPersonalData } from './services/ground-rules-personal-data.js';
export { type ApplicableRules, type GroundRulesDraft, GroundRulesService } from './services/ground-rules.service.js';

export const groundRulesEntities = [RuleSet, RuleSetVersion, RulesAcceptance];
export const groundRulesMigrations = [GroundRules1764140200000];
