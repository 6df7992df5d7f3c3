import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { WebhooksService } from '@alongside/discourse';
import type { AppConfig } from '@alongside/platform';
import { AppModule } from './app.module.js';
import { discourseWebhookListener, isDiscourseWebhook } from './discourse/discourse-webhook.handler.js';

/** Largest request body. A bigger post is refused by validation (BAD_USER_INPUT), not by the parser. */
export const MAX_BODY = '2mb';

/** Builds the HTTP application; `main.ts` listens on it and tests drive it in-process. */
export async function createApiApp(config: AppConfig, options: { databaseUrl?: string } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, ...options }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  if (config.discourse) {
    // The forum's deliveries are answered by the HTTP server itself (see the listener); every other request goes to
    // express, and through it to Nest, as before.
    const server = app.getHttpServer();
    const express = app.getHttpAdapter().getInstance();
    const webhook = discourseWebhookListener(app.get(WebhooksService));
    server.removeListener('request', express);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (isDiscourseWebhook(request)) webhook(request, response);
      else express(request, response);
    });
  }
  app.useBodyParser('json', { limit: MAX_BODY });
  app.enableShutdownHooks();
  return app;
}
