import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import { DISCOURSE_WEBHOOK_MAX_BYTES, DISCOURSE_WEBHOOK_PATH, DiscourseErrorReason, DiscourseException, type WebhooksService } from '@alongside/discourse';

/** The path, with or without a trailing slash, whatever the query string (as express routed it). */
const WEBHOOK_URL = new RegExp(`^${DISCOURSE_WEBHOOK_PATH}/?(?:\\?|$)`);

/** `POST /discourse/webhooks`: a delivery from the forum. */
export function isDiscourseWebhook(request: IncomingMessage): boolean {
  return request.method === 'POST' && WEBHOOK_URL.test(request.url ?? '');
}

/**
 * Answers the forum's deliveries on the HTTP server itself, ahead of express and Nest: the forum sends hundreds a
 * second at its peaks, and through them (routing, the request logger, the access guard, body parsing, response
 * helpers) each delivery cost the API several times the CPU that verifying and storing it does (README,
 * `bench:discourse`). The raw body goes to the connector unparsed; 200 only once the delivery and its outbox row have
 * committed.
 */
export function discourseWebhookListener(webhooks: WebhooksService): (request: IncomingMessage, response: ServerResponse) => void {
  const logger = new Logger('DiscourseWebhook');
  const accept = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    if (body === null) {
      // Not read to its end: the connection cannot carry another request.
      response.shouldKeepAlive = false;
      answer(response, 413, { error: 'PAYLOAD_TOO_LARGE', message: `A webhook body is at most ${DISCOURSE_WEBHOOK_MAX_BYTES} bytes.` });
      return;
    }
    try {
      const outcome = await webhooks.accept({
        body,
        signature: header(request, 'x-discourse-event-signature'),
        event: header(request, 'x-discourse-event'),
        eventId: header(request, 'x-discourse-event-id'),
      });
      answer(response, 200, { outcome });
    } catch (error) {
      if (!(error instanceof DiscourseException)) throw error;
      answer(response, error.reason === DiscourseErrorReason.BAD_SIGNATURE ? 401 : 400, { error: error.reason, message: error.message });
    }
  };
  return (request, response) => {
    accept(request, response).catch((error: unknown) => {
      // Not stored: the forum resends on an error status, and the reconciliation reads what it does not.
      logger.error({ err: error }, 'Discourse webhook not stored');
      if (!response.headersSent) answer(response, 500, { error: 'INTERNAL_SERVER_ERROR' });
    });
  };
}

/** The body's bytes, or null (the rest left unread) once it exceeds DISCOURSE_WEBHOOK_MAX_BYTES. */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  if (Number(request.headers['content-length'] ?? 0) > DISCOURSE_WEBHOOK_MAX_BYTES) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length <= DISCOURSE_WEBHOOK_MAX_BYTES) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      resolve(null);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks, length)));
    request.on('error', reject);
  });
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function answer(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
