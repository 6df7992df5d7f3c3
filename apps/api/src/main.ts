import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@alongside/platform';
import { createApiApp } from './bootstrap.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const app = await createApiApp(config);
await app.listen(config.server.port, config.server.host);
const url = `${config.server.publicUrl}/graphql`;
new Logger('Alongside').log(`GraphQL ready at ${url}`);
process.stdout.write(`\n  Alongside is running. GraphQL: ${url}\n\n`);
