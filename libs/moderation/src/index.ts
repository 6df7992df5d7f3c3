import { MemberWarning } from './entities/member-warning.entity.js';
import { Report } from './entities/report.entity.js';
import { ReviewItem } from './entities/review-item.entity.js';
import { WatchedTerm } from './entities/watched-term.entity.js';
import { Moderation1764150000200 } from './migrations/1764150000200-moderation.js';

export { MemberWarning, Report, ReviewItem, WatchedTerm };
export { ReportReason, ReviewKind, ReviewStatus, WatchedTermAction } from './entities/moderation.enums.js';
export { ModerationErrorReason, ModerationException } from './moderation.exception.js';
export { ModerationModule } from './moderation.module.js';
export { alertUrgency, HELD_POST_URGENCY, postTransition, reportUrgency } from './policies/moderation.policy.js';
export { AlertTextRetention } from './services/alert-text-retention.service.js';
export { ModerationPersonalData } from './services/moderation-personal-data.js';
export { ModerationService, type Reasoned } from './services/moderation.service.js';
export { type ReportInput, ReportsService } from './services/reports.service.js';
export { type QueueEntry, type QueueFilter, ReviewQueueService } from './services/review-queue.service.js';
export { WatchedTermsService } from './services/watched-terms.service.js';

export const moderationEntities = [ReviewItem, Report, MemberWarning, WatchedTerm];
export const moderationMigrations = [Moderation1764150000200];
