import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DiscourseAdminModule } from '@alongside/discourse';
import type { AppConfig } from '@alongside/platform';
import { DiscourseHealthIndicator } from '../health/discourse.health.js';
import { DiscourseWebhookController } from './discourse-webhook.controller.js';
import { DiscourseResolver } from './discourse.resolver.js';

/** The connector's HTTP surface: the admin operations and the health check always (same schema either way), the webhook when configured. */
@Module({})
export class DiscourseApiModule {
  static register(config: AppConfig): DynamicModule[] {
    return [
      {
        module: DiscourseApiModule,
        imports: [DiscourseAdminModule, TerminusModule],
        controllers: config.discourse ? [DiscourseWebhookController] : [],
        providers: [DiscourseResolver, DiscourseHealthIndicator],
        exports: [DiscourseHealthIndicator],
      },
    ];
  }
}
