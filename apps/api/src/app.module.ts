import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AlertsModule, AlertsWorkerModule } from '@alongside/alerts';
import { DATABASE_ENDPOINT, DatabaseModule } from '@alongside/database';
import { DiscourseModule, DiscourseWorkerModule } from '@alongside/discourse';
import { DiscussionsModule } from '@alongside/discussions';
import { GroundRulesModule } from '@alongside/ground-rules';
import { GroupsModule } from '@alongside/groups';
import { IdentityModule } from '@alongside/identity';
import { ModerationModule, ModerationWorkerModule } from '@alongside/moderation';
import { NotifierEmailModule } from '@alongside/notifier-email';
import { NotifierWebhookModule } from '@alongside/notifier-webhook';
import { APP_CONFIG, type AppConfig, ConfigModule } from '@alongside/platform';
import { PrivacyModule } from '@alongside/privacy';
import { QueueModule } from '@alongside/queue';
import { CrisisAlertsResolver } from './alerts/alerts.resolver.js';
import { MetricsController } from './alerts/metrics.controller.js';
import { SupportMessagesResolver } from './alerts/support-messages.resolver.js';
import { AccessGuard } from './auth/access.guard.js';
import { ActorResolver } from './auth/actor-resolver.service.js';
import { graphqlConfig } from './graphql/graphql.config.js';
import { LoadersFactory } from './graphql/loaders.js';
import { createValidationPipe } from './graphql/validation.pipe.js';
import { DiscourseApiModule } from './discourse/discourse-api.module.js';
import { PostResolver, TopicResolver } from './discussions/discussions.resolver.js';
import { GroundRulesResolver, GroupGroundRulesResolver } from './ground-rules/ground-rules.resolver.js';
import { GroupConnectionResolver, GroupsResolver } from './groups/groups.resolver.js';
import { MembershipResolver } from './groups/membership.resolver.js';
import { HealthController } from './health/health.controller.js';
import { QueueHealthIndicator } from './health/queue.health.js';
import { IdentityResolver } from './identity/identity.resolver.js';
import { MODERATION_RESOLVERS } from './moderation/moderation.resolver.js';
import { PrivacyResolver } from './privacy/privacy.resolver.js';

const DOMAIN_MODULES = [IdentityModule, GroupsModule, GroundRulesModule, DiscussionsModule];

@Module({
  imports: DOMAIN_MODULES,
  providers: [LoadersFactory],
  exports: [LoadersFactory, ...DOMAIN_MODULES],
})
class LoadersModule {}

export interface AppModuleOptions {
  config: AppConfig;
  /** A database URL that overrides the configuration (tests). */
  databaseUrl?: string;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const header = req.headers['x-request-id'];
              const id = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
            autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') === true },
          },
        }),
        DatabaseModule.forRoot({ url: databaseUrl }),
        TerminusModule,
        ...DOMAIN_MODULES,
        PrivacyModule,
        QueueModule.forRoot(DATABASE_ENDPOINT),
        ...NotifierEmailModule.register(config),
        ...NotifierWebhookModule.register(config),
        AlertsModule,
        ...(config.runWorker ? [AlertsWorkerModule] : []),
        ...DiscourseModule.register(config),
        DiscourseApiModule,
        ...(config.runWorker ? DiscourseWorkerModule.register(config) : []),
        ModerationModule,
        ...(config.runWorker ? [ModerationWorkerModule] : []),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule],
          inject: [APP_CONFIG, LoadersFactory],
          useFactory: graphqlConfig,
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        ActorResolver,
        IdentityResolver,
        GroundRulesResolver,
        GroupGroundRulesResolver,
        TopicResolver,
        PostResolver,
        PrivacyResolver,
        GroupsResolver,
        GroupConnectionResolver,
        MembershipResolver,
        QueueHealthIndicator,
        CrisisAlertsResolver,
        SupportMessagesResolver,
        ...MODERATION_RESOLVERS,
      ],
    };
  }
}
