import { type DynamicModule, Global, Module } from '@nestjs/common';
import { NOTIFIER_PLUGIN } from '@alongside/alerts';
import type { AppConfig } from '@alongside/platform';
import { WebhookNotifier } from './webhook-notifier.js';

/** The signed-webhook notifier plugin, in place of the logging default. */
@Global()
@Module({})
export class NotifierWebhookModule {
  /** Loaded only with ALERT_NOTIFIER=webhook (whose settings the configuration has validated). */
  static register(config: AppConfig): DynamicModule[] {
    const settings = config.notifications.webhook;
    if (config.notifications.notifier !== 'webhook' || !settings) return [];
    return [
      {
        module: NotifierWebhookModule,
        providers: [{ provide: NOTIFIER_PLUGIN, useFactory: () => new WebhookNotifier(settings) }],
        exports: [NOTIFIER_PLUGIN],
      },
    ];
  }
}
