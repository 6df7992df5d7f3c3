import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@alongside/platform';
import { flagMessage } from './flag-message.js';
import { type ForumPost, skipReason } from './forum-post.policy.js';
import { authoredText } from './scan-text.js';
import { signWebhook, verifyWebhook } from './webhook-signature.js';

const FIXTURES = '/work/shared/discourse/fixtures';

describe('webhook signature', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it.each(fixtures)('verifies %s over its exact bytes', (file) => {
    const { secret, headers, body } = JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')) as {
      secret: string; headers: Record<string, string>; body: string;
    };
    expect(verifyWebhook(secret, Buffer.from(body, 'utf8'), headers['X-Discourse-Event-Signature'])).toBe(true);
    expect(signWebhook(secret, body)).toBe(headers['X-Discourse-Event-Signature']);
  });

  it('matches Discourse’s own test vector', () => {
    expect(signWebhook('my_lovely_secret_for_web_hook', '{"ping":"OK"}')).toBe(
      'sha256=162f107f6b5022353274eb1a7197885cfd35744d8d08e5bcea025d309386b7d6',
    );
  });

  it.each([undefined, '', 'sha256=', 'sha1=abc', `sha256=${'0'.repeat(64)}`, `sha256=${'z'.repeat(64)}`])('refuses %j', (header) => {
    expect(verifyWebhook('a-secret-of-twelve', Buffer.from('{}'), header)).toBe(false);
  });

  it('refuses a body changed by one byte', () => {
    const header = signWebhook('a-secret-of-twelve', '{"a":1}');
    expect(verifyWebhook('a-secret-of-twelve', Buffer.from('{"a":2}'), header)).toBe(false);
  });
});

describe('authoredText', () => {
  it('blanks quotes and code but keeps every offset', () => {
    const raw = 'I feel fine.\n[quote="sam, post:3, topic:7"]\nI want to die\n[/quote]\nReally.\n```\nkill -9 1\n```\nand `rm` too';
    const text = authoredText(raw);
    expect(text).toHaveLength(raw.length);
    expect(text).not.toContain('want to die');
    expect(text).not.toContain('kill');
    expect(text).not.toContain('rm');
    expect(text.indexOf('Really.')).toBe(raw.indexOf('Really.'));
    expect(text.split('\n')).toHaveLength(raw.split('\n').length);
  });

  it('blanks nested and unclosed quotes', () => {
    expect(authoredText('a [quote]b [quote]c[/quote] d[/quote] e').trim().replace(/\s+/g, ' ')).toBe('a e');
    expect(authoredText('mine [quote="x"]theirs').trimEnd()).toBe('mine');
  });

  it('leaves plain text as it is', () => {
    expect(authoredText("Honestly I don't see the point")).toBe("Honestly I don't see the point");
  });
});

describe('skipReason', () => {
  const post = (overrides: Partial<ForumPost>): ForumPost => ({
    id: 1, username: 'rowan_e', user_id: 2, created_at: '2026-01-01T00:00:00Z', raw: 'hello', post_number: 1, post_type: 1, topic_id: 3,
    version: 1, topic_archetype: 'regular', ...overrides,
  });
  const own = { username: 'Alongside-Bot', includeWhispers: false };

  it.each([
    [{}, null],
    [{ username: 'alongside-bot' }, 'own-post'],
    [{ topic_archetype: 'private_message' }, 'private-message'],
    [{ post_type: 2 }, 'moderator-action'],
    [{ post_type: 3 }, 'small-action'],
    [{ post_type: 4 }, 'whisper'],
    [{ raw: '  ' }, 'no-text'],
    [{ version: undefined as unknown as number }, 'malformed'],
  ])('%j → %s', (overrides, reason) => {
    expect(skipReason(post(overrides), own)).toBe(reason);
  });

  it('reads whispers when configured', () => {
    expect(skipReason(post({ post_type: 4 }), { ...own, includeWhispers: true })).toBeNull();
  });
});

describe('flagMessage', () => {
  it('names level, categories, rules and link, and nothing from the post', () => {
    const message = flagMessage(
      {
        level: 'high',
        categories: ['suicide', 'medical_emergency'],
        matches: [
          { rule: 'en.suicide.kill_self', start: 0, end: 5, category: 'suicide', severity: 'high' },
          { rule: 'en.esc.blades_ready', start: 6, end: 12, category: 'suicide', severity: 'high' },
          { rule: 'en.esc.tonight', start: 13, end: 20, category: 'suicide', severity: 'high' },
        ],
      },
      'https://alongside.example/alerts/1',
    );
    expect(message).toContain('level HIGH');
    expect(message).toContain('thoughts of suicide, medical emergency');
    expect(message).toContain('suicidal language ×1, urgency (timing, plan, means or farewell) ×2');
    // rule names can name a method or means: never in the message
    expect(message).not.toMatch(/kill_self|blades|tonight/);
    expect(message).toContain('https://alongside.example/alerts/1');
  });
});

describe('DISCOURSE_* configuration', () => {
  const base = { NODE_ENV: 'test', DATA_DIR: '/nonexistent' };
  const full = {
    DISCOURSE_URL: 'https://forum.example.org/', DISCOURSE_API_KEY: 'k', DISCOURSE_API_USERNAME: 'alongside-bot',
    DISCOURSE_WEBHOOK_SECRET: 'twelve-chars', DISCOURSE_CATEGORY_MAP: '12=young-adults-cancer, General=caregivers',
  };

  it('is off unless configured', () => {
    expect(loadConfig(base).discourse).toBeUndefined();
  });

  it('reads the four credentials, the map and the defaults', () => {
    const config = loadConfig({ ...base, ...full }).discourse!;
    expect(config.url).toBe('https://forum.example.org');
    expect([...config.categoryMap]).toEqual([['12', 'young-adults-cancer'], ['general', 'caregivers']]);
    expect(config).toMatchObject({ flagLevel: 'low', maxRequestsPerMinute: 50, includeWhispers: false });
  });

  it.each([
    [{ DISCOURSE_API_KEY: '' }, 'DISCOURSE_API_KEY is required'],
    [{ DISCOURSE_URL: 'not a url' }, 'DISCOURSE_URL is not a well-formed URL'],
    [{ DISCOURSE_URL: 'ftp://forum' }, 'DISCOURSE_URL must use'],
    [{ DISCOURSE_WEBHOOK_SECRET: 'short' }, 'DISCOURSE_WEBHOOK_SECRET must be at least 12'],
    [{ DISCOURSE_CATEGORY_MAP: '12:cancer' }, 'DISCOURSE_CATEGORY_MAP must be'],
    [{ DISCOURSE_MAX_REQUESTS_PER_MINUTE: '0' }, 'DISCOURSE_MAX_REQUESTS_PER_MINUTE must be between'],
  ])('names the bad variable: %j', (overrides, message) => {
    expect(() => loadConfig({ ...base, ...full, ...overrides })).toThrow(message);
  });
});
