export { alertEmail, EmailNotifier, type EmailSettings } from './email-notifier.js';
export { NotifierEmailModule } from './notifier-email.module.js';
