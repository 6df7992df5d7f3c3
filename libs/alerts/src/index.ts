import { CrisisAlertTransition } from './entities/crisis-alert-transition.entity.js';
import { CrisisAlert } from './entities/crisis-alert.entity.js';
import { Alerts1764140420000 } from './migrations/1764140420000-alerts.js';

export { CrisisAlert, CrisisAlertTransition };
export type { AlertMatch } from './entities/crisis-alert.entity.js';
export { AlertAction, type AlertLevel, AlertStatus, LEVEL_RANK, ResolutionOutcome, type ScanLevel } from './entities/alert.enums.js';
export { AlertsErrorReason, AlertsException } from './alerts.exception.js';
export { AlertsModule, AlertsWorkerModule } from './alerts.module.js';
export { ALERT_QUEUES, ALERTS_QUEUE, type AlertJobs, type AlertQueueName, SCAN_QUEUE, type ScanJobs, scanJobId } from './jobs/alerts.jobs.js';
export { type AlertNotification, AlertNotifier, LoggingNotifier } from './notifier/alert-notifier.js';
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
export { type AlertFilter, alertCursor, AlertsService, type RuleStat, TEXT_VIEWED } from './services/alerts.service.js';
export { EscalationService } from './services/escalation.service.js';
export { type FailedJob, FailedJobsService } from './services/failed-jobs.service.js';
export { OutboxRelay } from './services/outbox-relay.service.js';
export { type ScanOutcome, ScanService } from './services/scan.service.js';

export const alertsEntities = [CrisisAlert, CrisisAlertTransition];
export const alertsMigrations = [Alerts1764140420000];
