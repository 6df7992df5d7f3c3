import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { NOTIFIER_PLUGIN } from '@alongside/alerts';
import type { AppConfig } from '@alongside/platform';
import { EmailNotifier } from './email-notifier.js';

/** The e-mail notifier plugin, in place of the logging default. */
@Global()
@Module({})
export class NotifierEmailModule implements OnApplicationShutdown {
  constructor(@Inject(NOTIFIER_PLUGIN) private readonly notifier: EmailNotifier) {}

  /** Loaded only with ALERT_NOTIFIER=email (whose settings the configuration has validated). */
  static register(config: AppConfig): DynamicModule[] {
    const settings = config.notifications.email;
    if (config.notifications.notifier !== 'email' || !settings) return [];
    return [
      {
        module: NotifierEmailModule,
        providers: [{ provide: NOTIFIER_PLUGIN, useFactory: () => new EmailNotifier(settings) }],
        exports: [NOTIFIER_PLUGIN],
      },
    ];
  }

  onApplicationShutdown(): void {
    this.notifier.close();
  }
}
