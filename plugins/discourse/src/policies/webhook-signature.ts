import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';
const HEX_LENGTH = 64;

/** `sha256=` + lowercase hex HMAC-SHA256(secret, raw body): the value of `X-Discourse-Event-Signature`. */
export function signWebhook(secret: string, body: Buffer | string): string {
  return PREFIX + createHmac('sha256', secret).update(body).digest('hex');
}

/** Checks the header over the exact bytes received, in constant time; a missing or malformed header is simply wrong. */
export function verifyWebhook(secret: string, body: Buffer, header: string | undefined): boolean {
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = header?.startsWith(PREFIX) ? header.slice(PREFIX.length) : '';
  const received = /^[0-9a-fA-F]+$/.test(given) && given.length === HEX_LENGTH ? Buffer.from(given, 'hex') : Buffer.alloc(expected.length);
  return timingSafeEqual(expected, received) && given.length === HEX_LENGTH;
}
