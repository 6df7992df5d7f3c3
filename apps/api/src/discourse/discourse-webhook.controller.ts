import { Controller, HttpCode, HttpException, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { DiscourseErrorReason, DiscourseException, WebhooksService, type WebhookOutcome } from '@alongside/discourse';

/** `POST /discourse/webhooks`: the raw body (kept by the parser registered in bootstrap) goes to the connector unparsed. */
@Controller('discourse')
export class DiscourseWebhookController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('webhooks')
  @HttpCode(200)
  async receive(@Req() request: Request): Promise<{ outcome: WebhookOutcome }> {
    const header = (name: string): string | undefined => {
      const value = request.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    try {
      const outcome = await this.webhooks.accept({
        body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        signature: header('x-discourse-event-signature'),
        event: header('x-discourse-event'),
        eventId: header('x-discourse-event-id'),
      });
      return { outcome };
    } catch (error) {
      if (error instanceof DiscourseException) {
        const status = error.reason === DiscourseErrorReason.BAD_SIGNATURE ? 401 : 400;
        throw new HttpException({ error: error.reason, message: error.message }, status);
      }
      throw error;
    }
  }
}
