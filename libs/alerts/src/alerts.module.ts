import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alongside/audit';
import { CrisisAlertTransition } from './entities/crisis-alert-transition.entity.js';
import { CrisisAlert } from './entities/crisis-alert.entity.js';
import { AlertsProcessor, ScanProcessor } from './jobs/alerts.processors.js';
import { PipelineLifecycle } from './jobs/pipeline.lifecycle.js';
import { AlertNotifier, LoggingNotifier } from './notifier/alert-notifier.js';
import { CrisisScanner } from './scanner/crisis-scanner.js';
import { EngineScanner } from './scanner/engine-scanner.js';
import { AlertAnnouncer } from './services/alert-announcer.service.js';
import { AlertNotificationsService } from './services/alert-notifications.service.js';
import { AlertsMetrics } from './services/alerts-metrics.service.js';
import { AlertsService } from './services/alerts.service.js';
import { EscalationService } from './services/escalation.service.js';
import { FailedJobsService } from './services/failed-jobs.service.js';
import { OutboxRelay } from './services/outbox-relay.service.js';
import { ScanService } from './services/scan.service.js';

/** The alerts context as the API uses it: the queue, triage, subscriptions, failed jobs. Needs QueueModule. */
@Module({
  imports: [TypeOrmModule.forFeature([CrisisAlert, CrisisAlertTransition]), AuditModule],
  providers: [
    AlertsService,
    AlertAnnouncer,
    AlertsMetrics,
    FailedJobsService,
    ScanService,
    EscalationService,
    AlertNotificationsService,
    OutboxRelay,
    { provide: CrisisScanner, useClass: EngineScanner },
    { provide: AlertNotifier, useClass: LoggingNotifier },
  ],
  exports: [AlertsService, AlertAnnouncer, FailedJobsService, ScanService, EscalationService, AlertNotificationsService, OutboxRelay, CrisisScanner],
})
export class AlertsModule {}

/** The pipeline's processors, relay and sweep: loaded by `apps/worker`, and by the API when RUN_WORKER=1. */
@Module({
  imports: [AlertsModule],
  providers: [ScanProcessor, AlertsProcessor, PipelineLifecycle],
})
export class AlertsWorkerModule {}
