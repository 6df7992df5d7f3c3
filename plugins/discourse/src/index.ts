import { DiscourseAction } from './entities/discourse-action.entity.js';
import { DiscourseCategoryMapping } from './entities/discourse-category-mapping.entity.js';
import { DiscourseDelivery } from './entities/discourse-delivery.entity.js';
import { DiscourseMember } from './entities/discourse-member.entity.js';
import { DiscoursePost } from './entities/discourse-post.entity.js';
import { DiscourseState } from './entities/discourse-state.entity.js';
import { DiscourseTopic } from './entities/discourse-topic.entity.js';
import { DiscourseDecision } from './entities/discourse-decision.entity.js';
import { Discourse1764160000000 } from './migrations/1764160000000-discourse.js';
import { DiscourseDecisions1764190000000 } from './migrations/1764190000000-discourse-decisions.js';
import { DiscourseFailedFlags1764200000000 } from './migrations/1764200000000-discourse-failed-flags.js';

export { DiscourseAction, DiscourseCategoryMapping, DiscourseDecision, DiscourseDelivery, DiscourseMember, DiscoursePost, DiscourseState, DiscourseTopic };
export { DISCOURSE_CONFIG, type DiscourseConfig } from './discourse-config.js';
export { DiscourseErrorReason, DiscourseException } from './discourse.exception.js';
export { DiscourseAdminModule, DiscourseModule, DiscourseWorkerModule } from './discourse.module.js';
export { DISCOURSE_QUEUE, type DiscourseJobs } from './jobs/discourse.jobs.js';
export { signWebhook, verifyWebhook } from './policies/webhook-signature.js';
export { authoredText } from './policies/scan-text.js';
export { flagMessage } from './policies/flag-message.js';
export { type BackfillProgress, CatchUpService } from './services/catch-up.service.js';
export { type CategoryMappingView, CategoryMappingService } from './services/category-mapping.service.js';
export { DiscourseAdminService, type DiscourseStatus, type FailedFlag } from './services/discourse-admin.service.js';
export { categoryKey, requirePastDate } from './policies/connector-admin.policy.js';
export { type BackfillState, type DiscourseHealth, DiscourseStateService } from './services/discourse-state.service.js';
export { UNMAPPED_GROUP_SLUG } from './services/forum-posts.service.js';
export { type IncomingWebhook, type WebhookOutcome, WebhooksService } from './services/webhooks.service.js';

/** Largest webhook body accepted (a Discourse post is at most 32,000 characters of raw plus its cooked HTML). */
export const DISCOURSE_WEBHOOK_MAX_BYTES = 512 * 1024;
export const DISCOURSE_WEBHOOK_PATH = '/discourse/webhooks';

export const discourseEntities = [
  DiscourseDelivery,
  DiscourseMember,
  DiscourseTopic,
  DiscoursePost,
  DiscourseCategoryMapping,
  DiscourseState,
  DiscourseAction,
  DiscourseDecision,
];
export const discourseMigrations = [Discourse1764160000000, DiscourseDecisions1764190000000, DiscourseFailedFlags1764200000000];
