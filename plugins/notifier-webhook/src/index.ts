export { NotifierWebhookModule } from './notifier-webhook.module.js';
export {
  MAX_SIGNATURE_AGE_SECONDS,
  SIGNATURE_HEADER,
  signWebhook,
  TIMESTAMP_HEADER,
  verifyWebhook,
  WebhookNotifier,
  type WebhookSettings,
  webhookPayload,
} from './webhook-notifier.js';
