import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '@alongside/alerts';
import { AuditLogService, AuditModule } from '@alongside/audit';
import { DiscussionsModule } from '@alongside/discussions';
import { GroundRulesModule } from '@alongside/ground-rules';
import { GroupsModule } from '@alongside/groups';
import { MemberWarning } from './entities/member-warning.entity.js';
import { Report } from './entities/report.entity.js';
import { ReviewItem } from './entities/review-item.entity.js';
import { WatchedTerm } from './entities/watched-term.entity.js';
import { AlertTextRetention } from './services/alert-text-retention.service.js';
import { ModerationAccess } from './services/moderation-access.js';
import { ModerationPersonalData } from './services/moderation-personal-data.js';
import { ModerationService } from './services/moderation.service.js';
import { ReportsService } from './services/reports.service.js';
import { ReviewQueueService } from './services/review-queue.service.js';
import { WatchedTermsService } from './services/watched-terms.service.js';

/** Reports, the review queue, moderators' actions, watched terms and the audit log's reading. Needs QueueModule (for alerts). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewItem, Report, MemberWarning, WatchedTerm]),
    AuditModule,
    AlertsModule,
    DiscussionsModule,
    GroupsModule,
    GroundRulesModule,
  ],
  providers: [
    ModerationAccess,
    ModerationService,
    ReportsService,
    ReviewQueueService,
    WatchedTermsService,
    ModerationPersonalData,
    AuditLogService,
    AlertTextRetention,
  ],
  exports: [ModerationService, ReportsService, ReviewQueueService, WatchedTermsService, ModerationPersonalData, AuditLogService, AlertTextRetention],
})
export class ModerationModule {}
