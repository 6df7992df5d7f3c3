import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alongside/audit';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { CrisisAlertTransition } from './entities/crisis-alert-transition.entity.js';
import { CrisisAlert } from './entities/crisis-alert.entity.js';
import { SupportMessage } from './entities/support-message.entity.js';
import { AlertsProcessor, ScanProcessor } from './jobs/alerts.processors.js';
import { PipelineLifecycle } from './jobs/pipeline.lifecycle.js';
import { RetentionProcessor } from './jobs/retention.processor.js';
import { AlertNotifier, LoggingNotifier, NOTIFIER_PLUGIN } from './notifier/alert-notifier.js';
import { CrisisScanner } from './scanner/crisis-scanner.js';
import { EngineScanner } from './scanner/engine-scanner.js';
import { AlertAnnouncer } from './services/alert-announcer.service.js';
import { AlertRetentionService } from './services/alert-retention.service.js';
import { AlertsPersonalData } from './services/alerts-personal-data.js';
import { AlertNotificationsService } from './services/alert-notifications.service.js';
import { AlertsMetrics } from './services/alerts-metrics.service.js';
import { AlertsService } from './services/alerts.service.js';
import { EscalationService } from './services/escalation.service.js';
import { FailedJobsService } from './services/failed-jobs.service.js';
import { FollowUpRelay } from './services/follow-up-relay.service.js';
import { OutboxNudges } from './services/outbox-nudges.service.js';
import { OutboxRelay } from './services/outbox-relay.service.js';
import { ScanService } from './services/scan.service.js';
import { SupportMessagesService } from './services/support-messages.service.js';

/** The alerts context as the API uses it: the queue, triage, subscriptions, failed jobs. Needs QueueModule. */
@Module({
  imports: [TypeOrmModule.forFeature([CrisisAlert, CrisisAlertTransition, SupportMessage]), AuditModule],
  providers: [
    AlertsService,
    AlertAnnouncer,
    AlertsMetrics,
    FailedJobsService,
    ScanService,
    EscalationService,
    AlertNotificationsService,
    OutboxRelay,
    FollowUpRelay,
    OutboxNudges,
    { provide: CrisisScanner, useClass: EngineScanner },
    SupportMessagesService,
    AlertsPersonalData,
    AlertRetentionService,
    {
      provide: AlertNotifier,
      inject: [APP_CONFIG, { token: NOTIFIER_PLUGIN, optional: true }],
      useFactory: (config: AppConfig, plugin?: AlertNotifier): AlertNotifier => {
        if (config.notifications.notifier === 'log') return new LoggingNotifier();
        if (!plugin) throw new Error(`ALERT_NOTIFIER=${config.notifications.notifier}, but the notifier-${config.notifications.notifier} plugin is not loaded`);
        return plugin;
      },
    },
  ],
  exports: [
    AlertsPersonalData,
    AlertRetentionService,
    AlertsService,
    AlertAnnouncer,
    FailedJobsService,
    ScanService,
    EscalationService,
    AlertNotificationsService,
    SupportMessagesService,
    OutboxRelay,
    FollowUpRelay,
    OutboxNudges,
    CrisisScanner,
  ],
})
export class AlertsModule {}

/** The pipeline's processors, relay and sweep, and the retention job: loaded by `apps/worker`, and by the API when RUN_WORKER=1. */
@Module({
  imports: [AlertsModule],
  providers: [ScanProcessor, AlertsProcessor, PipelineLifecycle, RetentionProcessor],
})
export class AlertsWorkerModule {}
