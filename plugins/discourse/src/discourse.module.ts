import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule } from '@alongside/alerts';
import { AuditModule } from '@alongside/audit';
import { DiscussionsModule } from '@alongside/discussions';
import type { AppConfig } from '@alongside/platform';
import { DISCOURSE_CONFIG } from './discourse-config.js';
import { DiscourseLifecycle } from './jobs/discourse.lifecycle.js';
import { DiscourseProcessor } from './jobs/discourse.processor.js';
import { CatchUpService } from './services/catch-up.service.js';
import { CategoryMappingService } from './services/category-mapping.service.js';
import { DeliveriesService } from './services/deliveries.service.js';
import { DeliveryRelay } from './services/delivery-relay.service.js';
import { DiscourseAdminService } from './services/discourse-admin.service.js';
import { DiscourseClient } from './services/discourse-client.service.js';
import { DiscourseStateService } from './services/discourse-state.service.js';
import { FlagsService } from './services/flags.service.js';
import { ForumMessagesService } from './services/forum-messages.service.js';
import { ForumPostsService } from './services/forum-posts.service.js';
import { DiscourseRateLimiter } from './services/rate-limiter.service.js';
import { ReviewDecisionsService } from './services/review-decisions.service.js';
import { WebhooksService } from './services/webhooks.service.js';

const SERVICES = [
  DiscourseStateService,
  DiscourseRateLimiter,
  DiscourseClient,
  ForumPostsService,
  WebhooksService,
  DeliveryRelay,
  DeliveriesService,
  CatchUpService,
  FlagsService,
  CategoryMappingService,
  ReviewDecisionsService,
  ForumMessagesService,
];

/** The Discourse connector: loaded only when DISCOURSE_* are configured (`register` returns no module otherwise). Needs QueueModule. */
@Module({})
export class DiscourseModule {
  static register(config: AppConfig): DynamicModule[] {
    if (!config.discourse) return [];
    return [
      {
        module: DiscourseModule,
        global: true,
        imports: [DiscussionsModule, AlertsModule, AuditModule],
        providers: [{ provide: DISCOURSE_CONFIG, useValue: config.discourse }, ...SERVICES],
        exports: [DISCOURSE_CONFIG, ...SERVICES],
      },
    ];
  }
}

/** The connector's admin actions and status: always loaded, so the API's schema does not depend on the configuration. */
@Module({ imports: [AuditModule], providers: [DiscourseAdminService], exports: [DiscourseAdminService] })
export class DiscourseAdminModule {}

/** The connector's processors, relay and schedules: in `apps/worker`, and in the API when RUN_WORKER=1. */
@Module({})
export class DiscourseWorkerModule {
  static register(config: AppConfig): DynamicModule[] {
    if (!config.discourse) return [];
    return [{ module: DiscourseWorkerModule, imports: [AlertsModule], providers: [DiscourseProcessor, DiscourseLifecycle] }];
  }
}
