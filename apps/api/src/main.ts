import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@alongside/platform';
import { createApiApp } from './bootstrap.js';

const config = loadConfigOrExit();

const app = await createApiApp(config);
await app.listen(config.server.port, config.server.host);
const url = `${config.server.publicUrl}/graphql`;
new Logger('Alongside').log(`GraphQL ready at ${url}`);
process.stdout.write(`\n  Alongside is running. GraphQL: ${url}\n\n`);
