import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { ConfigError, loadConfig, loadConfigOrExit } from './app-config.js';

const SECRET = 'x'.repeat(32);

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig({ NODE_ENV: 'test', ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded database, the PostgreSQL queue backend and port 3000', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config.database.url).toBeUndefined();
    expect(config.queue.backend).toBe('postgres');
    expect(config.server.port).toBe(3000);
    expect(config.server.publicUrl).toBe('http://localhost:3000');
  });

  it('uses Redis for the queue when REDIS_URL is set', () => {
    const config = loadConfig({ NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(config.queue).toMatchObject({ backend: 'redis', redisUrl: 'redis://127.0.0.1:6379' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'whole number'],
    [{ PORT: '70000' }, 'PORT', 'between 0 and 65535'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL', 'well-formed'],
    [{ DATABASE_URL: 'mysql://x/y', JWT_SECRET: SECRET }, 'DATABASE_URL', 'postgres:'],
    [{ DATABASE_URL: 'postgres://db/alongside' }, 'JWT_SECRET', 'required when DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET', 'at least 32'],
    [{ QUEUE_BACKEND: 'redis' }, 'REDIS_URL', 'required when QUEUE_BACKEND=redis'],
    [{ QUEUE_BACKEND: 'kafka' }, 'QUEUE_BACKEND', 'one of redis, postgres'],
    [{ ADMIN_EMAIL: 'a@b.org' }, 'ADMIN_PASSWORD', 'together'],
    [{ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long-enough-password' }, 'ADMIN_EMAIL', 'e-mail'],
    [{ ADMIN_EMAIL: 'a@b.org', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD', 'at least 12'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'one of'],
    [{ ALERT_NOTIFIER: 'pager' }, 'ALERT_NOTIFIER', 'one of log, email, webhook'],
    [{ ALERT_NOTIFIER: 'email' }, 'SMTP_URL', 'required when ALERT_NOTIFIER=email'],
    [{ ALERT_NOTIFIER: 'email', SMTP_URL: 'smtp://127.0.0.1:25', SMTP_FROM: 'a@b.org' }, 'ALERT_EMAILS', 'is required'],
    [{ ALERT_NOTIFIER: 'email', SMTP_URL: 'smtp://x', SMTP_FROM: 'a@b.org', ALERT_EMAILS: 'a@b.org,nope' }, 'ALERT_EMAILS', 'got "nope"'],
    [{ ALERT_NOTIFIER: 'webhook', ALERT_WEBHOOK_URLS: 'ftp://x' }, 'ALERT_WEBHOOK_URLS', 'http(s) URLs'],
    [{ ALERT_NOTIFIER: 'webhook', ALERT_WEBHOOK_URLS: 'https://x.test/h', ALERT_WEBHOOK_SECRET: 'short' }, 'ALERT_WEBHOOK_SECRET', 'at least 32'],
    [{ SUPPORT_MESSAGE_LEVEL: 'always' }, 'SUPPORT_MESSAGE_LEVEL', 'one of'],
    [{ WORKER_METRICS_PORT: 'metrics' }, 'WORKER_METRICS_PORT', 'whole number'],
    [{ WORKER_METRICS_PORT: '65536' }, 'WORKER_METRICS_PORT', 'between 0 and 65535'],
    [{ SCAN_CONCURRENCY: '0' }, 'SCAN_CONCURRENCY', 'between 1 and 256'],
  ])('refuses %j naming %s', (env, variable, problem) => {
    const error = failure(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(problem);
  });

  it('opens no metrics listener in a worker process unless WORKER_METRICS_PORT is set (0: any free port)', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).workerMetricsPort).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test', WORKER_METRICS_PORT: '9464' }).workerMetricsPort).toBe(9464);
    expect(loadConfig({ NODE_ENV: 'test', WORKER_METRICS_PORT: '0' }).workerMetricsPort).toBe(0);
  });

  it('notifies through the log by default, and reads the notifier plugins\' settings when chosen', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).notifications).toMatchObject({
      notifier: 'log', includeText: false, supportMessageLevel: 'medium', supportMessagePeriodHours: 24,
    });
    const webhook = loadConfig({
      NODE_ENV: 'test', ALERT_NOTIFIER: 'webhook', ALERT_ESCALATION_WEBHOOK_URLS: 'https://hooks.test/a, https://hooks.test/b', ALERT_WEBHOOK_SECRET: SECRET,
    });
    expect(webhook.notifications.webhook).toEqual({ urls: [], escalationUrls: ['https://hooks.test/a', 'https://hooks.test/b'], secret: SECRET });
  });

  it('keeps a generated JWT secret beside the embedded data, stable across restarts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'alongside-config-'));
    const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const second = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    expect(first.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.auth.jwtSecret).toBe(first.auth.jwtSecret);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first.auth.jwtSecret);
  });

  it('leaves the Discourse connector\'s optional actions off unless their level is set, and validates them', () => {
    const forum = { DISCOURSE_URL: 'https://forum.example.org', DISCOURSE_API_KEY: 'k', DISCOURSE_API_USERNAME: 'alongside', DISCOURSE_WEBHOOK_SECRET: 'twelve-chars-secret' };
    expect(loadConfig({ NODE_ENV: 'test', ...forum }).discourse).toMatchObject({
      safeguardingLevel: 'off', supportLevel: 'off', hideLevel: 'off', supportRegion: undefined, supportLanguage: 'en',
    });
    expect(loadConfig({
      NODE_ENV: 'test', ...forum, DISCOURSE_SAFEGUARDING_LEVEL: 'high', DISCOURSE_SAFEGUARDING_RECIPIENTS: 'safeguarding, duty_lead',
      DISCOURSE_SUPPORT_MESSAGE_LEVEL: 'medium', DISCOURSE_SUPPORT_REGION: 'gb', DISCOURSE_HIDE_LEVEL: 'high',
    }).discourse).toMatchObject({
      safeguardingLevel: 'high', safeguardingRecipients: ['safeguarding', 'duty_lead'], supportLevel: 'medium', supportRegion: 'GB', hideLevel: 'high',
    });
    expect(failure({ ...forum, DISCOURSE_SAFEGUARDING_LEVEL: 'high' }).variable).toBe('DISCOURSE_SAFEGUARDING_RECIPIENTS');
    expect(failure({ ...forum, DISCOURSE_SAFEGUARDING_RECIPIENTS: 'safe guarding' }).variable).toBe('DISCOURSE_SAFEGUARDING_RECIPIENTS');
    expect(failure({ ...forum, DISCOURSE_HIDE_LEVEL: 'always' }).variable).toBe('DISCOURSE_HIDE_LEVEL');
    expect(failure({ ...forum, DISCOURSE_SUPPORT_REGION: 'England' }).variable).toBe('DISCOURSE_SUPPORT_REGION');
    expect(failure({ ...forum, DISCOURSE_SUPPORT_LANGUAGE: 'english' }).variable).toBe('DISCOURSE_SUPPORT_LANGUAGE');
  });

  it('stops an entry point with one line naming the variable', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exited');
    });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() => loadConfigOrExit({ NODE_ENV: 'test', PORT: 'eighty' })).toThrow('exited');
      expect(exit).toHaveBeenCalledWith(1);
      expect(stderr).toHaveBeenCalledWith('Invalid configuration: PORT must be a whole number, got "eighty"\n');
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
    }
  });
});
