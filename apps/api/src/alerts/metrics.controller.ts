import { Controller, Get, Header } from '@nestjs/common';
import { Metrics } from '@alongside/queue';

/** `GET /metrics`: Prometheus text format. Bind the port to a private network; it carries no personal data. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
