import { CrisisAlertTransition } from './entities/crisis-alert-transition.entity.js';
import { CrisisAlert } from './entities/crisis-alert.entity.js';
import { SupportMessage } from './entities/support-message.entity.js';
import { Alerts1764140420000 } from './migrations/1764140420000-alerts.js';
import { AlertsOutlivePosts1764185000000 } from './migrations/1764185000000-alerts-outlive-posts.js';
import { CrisisAlertsPostIndex1764192000000 } from './migrations/1764192000000-crisis-alerts-post-index.js';
import { SupportMessages1764170000000 } from './migrations/1764170000000-support-messages.js';

export { CrisisAlert, CrisisAlertTransition, SupportMessage };
export type { AlertMatch } from './entities/crisis-alert.entity.js';
export { AlertAction, type AlertLevel, AlertStatus, LEVEL_RANK, ResolutionOutcome, type ScanLevel } from './entities/alert.enums.js';
export { AlertsErrorReason, AlertsException } from './alerts.exception.js';
export { AlertsModule, AlertsWorkerModule } from './alerts.module.js';
export {
  ALERT_QUEUES,
  ALERTS_QUEUE,
  type AlertJobs,
  type AlertQueueName,
  PURGE_SCHEDULER_ID,
  RETENTION_QUEUE,
  SCAN_QUEUE,
  type ScanJobs,
  scanJobId,
} from './jobs/alerts.jobs.js';
export { type AlertNotification, AlertNotifier, LoggingNotifier, NOTIFIER_PLUGIN, RecipientBook } from './notifier/alert-notifier.js';
export { type AlertNotificationEvent } from './jobs/alerts.jobs.js';
export { supportDue } from './policies/support-message.policy.js';
export { type SupportOutcome, SupportMessagesService } from './services/support-messages.service.js';
export { decideScan, type ScanDecision } from './policies/scan.policy.js';
export { decideTriage, dueAtFor, isOverdue, isPastDue, MAX_NOTE_LENGTH, type TriageCommand, type TriageState } from './policies/triage.policy.js';
export { type CrisisScan, CrisisScanner } from './scanner/crisis-scanner.js';
export { moderates } from './services/alert-access.js';
export {
  ALERT_RAISED_EVENT,
  ALERT_UPDATED_EVENT,
  AlertAnnouncer,
  type AlertEvent,
  type AlertSnapshot,
} from './services/alert-announcer.service.js';
export { type AlertFilter, alertCursor, type AlertPage, AlertsService, type RuleStat, TEXT_VIEWED } from './services/alerts.service.js';
export { AlertRetentionService, TEXT_PURGED } from './services/alert-retention.service.js';
export { EscalationService } from './services/escalation.service.js';
export { type FailedJob, FailedJobsService } from './services/failed-jobs.service.js';
export { OutboxRelay } from './services/outbox-relay.service.js';
export { type ScanOutcome, ScanService } from './services/scan.service.js';

export const alertsEntities = [CrisisAlert, CrisisAlertTransition, SupportMessage];
export const alertsMigrations = [
  Alerts1764140420000,
  SupportMessages1764170000000,
  AlertsOutlivePosts1764185000000,
  CrisisAlertsPostIndex1764192000000,
];
export { AlertsPersonalData } from './services/alerts-personal-data.js';
