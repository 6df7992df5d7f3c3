import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '@alongside/alerts';
import { AuditLogService, AuditModule } from '@alongside/audit';
import { DiscussionsModule } from '@alongside/discussions';
import { GroundRulesModule } from '@alongside/ground-rules';
import { GroupsModule } from '@alongside/groups';
import { MemberNote } from './entities/member-note.entity.js';
import { MemberWarning } from './entities/member-warning.entity.js';
import { Report } from './entities/report.entity.js';
import { ReviewItem } from './entities/review-item.entity.js';
import { WatchedTerm } from './entities/watched-term.entity.js';
import { ModerationProcessor } from './jobs/moderation.processor.js';
import { MemberNotesService } from './services/member-notes.service.js';
import { ModerationAccess } from './services/moderation-access.js';
import { ModerationPersonalData } from './services/moderation-personal-data.js';
import { ModerationService } from './services/moderation.service.js';
import { ReportExpiryService } from './services/report-expiry.service.js';
import { ReportsService } from './services/reports.service.js';
import { ReviewQueueService } from './services/review-queue.service.js';
import { WatchedTermsService } from './services/watched-terms.service.js';

/** Reports, the review queue, moderators' actions, watched terms and the audit log's reading. Needs QueueModule (for alerts). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewItem, Report, MemberWarning, WatchedTerm, MemberNote]),
    AuditModule,
    AlertsModule,
    DiscussionsModule,
    GroupsModule,
    GroundRulesModule,
  ],
  providers: [
    ModerationAccess,
    ModerationService,
    MemberNotesService,
    ReportsService,
    ReviewQueueService,
    WatchedTermsService,
    ModerationPersonalData,
    AuditLogService,
    ReportExpiryService,
  ],
  exports: [ModerationService, MemberNotesService, ReportsService, ReviewQueueService, WatchedTermsService, ModerationPersonalData, AuditLogService, ReportExpiryService],
})
export class ModerationModule {}

/** Moderation's scheduled jobs: loaded by `apps/worker`, and by the API when RUN_WORKER=1. */
@Module({
  imports: [ModerationModule],
  providers: [ModerationProcessor],
})
export class ModerationWorkerModule {}
