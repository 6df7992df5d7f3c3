import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { raw } from 'express';
import { DISCOURSE_WEBHOOK_MAX_BYTES, DISCOURSE_WEBHOOK_PATH } from '@alongside/discourse';
import type { AppConfig } from '@alongside/platform';
import { AppModule } from './app.module.js';

/** Largest request body. A bigger post is refused by validation (BAD_USER_INPUT), not by the parser. */
export const MAX_BODY = '2mb';

/** Builds the HTTP application; `main.ts` listens on it and tests drive it in-process. */
export async function createApiApp(config: AppConfig, options: { databaseUrl?: string } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, ...options }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // The webhook's signature is over the exact bytes received: that route keeps its body raw (the JSON parser skips it).
  app.use(DISCOURSE_WEBHOOK_PATH, raw({ type: () => true, limit: DISCOURSE_WEBHOOK_MAX_BYTES }));
  app.useBodyParser('json', { limit: MAX_BODY });
  app.enableShutdownHooks();
  return app;
}
