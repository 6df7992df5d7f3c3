import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfigOrExit } from '@alongside/platform';
import { WorkerModule } from './worker.module.js';

const config = loadConfigOrExit();
if (config.database.url === undefined) {
  process.stderr.write('Invalid configuration: DATABASE_URL is required by a separate worker process (use `npm start` for one process)\n');
  process.exit(1);
}

const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
app.useLogger(app.get(Logger));
app.enableShutdownHooks();
app.get(Logger).log('worker started');
