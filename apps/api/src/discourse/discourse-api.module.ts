import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@alongside/platform';
import { DiscourseWebhookController } from './discourse-webhook.controller.js';

/** The connector's HTTP surface, present only when the connector is configured. */
@Module({})
export class DiscourseApiModule {
  static register(config: AppConfig): DynamicModule[] {
    if (!config.discourse) return [];
    return [{ module: DiscourseApiModule, controllers: [DiscourseWebhookController] }];
  }
}
