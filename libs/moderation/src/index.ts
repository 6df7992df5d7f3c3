import { MemberNote } from './entities/member-note.entity.js';
import { MemberWarning } from './entities/member-warning.entity.js';
import { Report } from './entities/report.entity.js';
import { ReviewItem } from './entities/review-item.entity.js';
import { WatchedTerm } from './entities/watched-term.entity.js';
import { Moderation1764150000200 } from './migrations/1764150000200-moderation.js';
import { MemberNotes1764187000000 } from './migrations/1764187000000-member-notes.js';
import { ExpiredReports1764187000200 } from './migrations/1764187000200-expired-reports.js';

export { MemberNote, MemberWarning, Report, ReviewItem, WatchedTerm };
export { ReportReason, ReviewKind, ReviewStatus, UNSETTLED, WatchedTermAction } from './entities/moderation.enums.js';
export { ModerationErrorReason, ModerationException } from './moderation.exception.js';
export { EXPIRY_SCHEDULER_ID, MODERATION_QUEUE } from './jobs/moderation.jobs.js';
export { ModerationModule, ModerationWorkerModule } from './moderation.module.js';
export { alertUrgency, HELD_POST_URGENCY, postTransition, reportUrgency } from './policies/moderation.policy.js';
export { MemberNotesService, noteCursor } from './services/member-notes.service.js';
export { ModerationPersonalData } from './services/moderation-personal-data.js';
export { ModerationService, type Reasoned } from './services/moderation.service.js';
export { ReportExpiryService } from './services/report-expiry.service.js';
export { type ReportInput, ReportsService } from './services/reports.service.js';
export { type QueueEntry, type QueueFilter, ReviewQueueService } from './services/review-queue.service.js';
export { WatchedTermsService } from './services/watched-terms.service.js';

export const moderationEntities = [ReviewItem, Report, MemberWarning, WatchedTerm, MemberNote];
export const moderationMigrations = [Moderation1764150000200, MemberNotes1764187000000, ExpiredReports1764187000200];
