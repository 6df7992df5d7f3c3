import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QueueService } from '@alongside/queue';
import { DiscourseDelivery } from '../entities/discourse-delivery.entity.js';
import { DISCOURSE_QUEUE, type DiscourseJobs } from '../jobs/discourse.jobs.js';
import { jobOptions } from '../jobs/job-options.js';
import type { ForumPost } from '../policies/forum-post.policy.js';
import { DiscourseClient } from './discourse-client.service.js';
import { ForumPostsService, type IngestOutcome } from './forum-posts.service.js';

/** The worker's side of a webhook: an accepted delivery turned into post changes, once. */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger(DeliveriesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: ForumPostsService,
    private readonly client: DiscourseClient,
    private readonly queues: QueueService,
  ) {}

  async process(deliveryId: string): Promise<string> {
    const delivery = await this.dataSource.manager.findOneBy(DiscourseDelivery, { id: deliveryId });
    if (!delivery || delivery.processedAt !== null || delivery.body === null) return 'already-processed';
    const json = JSON.parse(delivery.body) as { post?: ForumPost; topic?: { id: number } };
    let outcome: IngestOutcome | 'refetch-queued';
    switch (delivery.event) {
      case 'post_created':
      case 'post_edited':
        outcome = await this.posts.ingest(json.post!);
        break;
      case 'post_destroyed':
        outcome = await this.posts.setDeleted(json.post!.id, true);
        break;
      case 'post_recovered':
        await this.posts.ingest(json.post!);
        outcome = await this.posts.setDeleted(json.post!.id, false);
        break;
      case 'topic_edited': {
        // A first-post edit that changed the title or category arrives only as this: re-read the post.
        const topicId = json.topic!.id;
        await (await this.queues.queue<DiscourseJobs>(DISCOURSE_QUEUE)).add(
          'refetch',
          { discourseTopicId: topicId },
          { jobId: `refetch-${topicId}-${deliveryId}`, ...jobOptions },
        );
        outcome = 'refetch-queued';
        break;
      }
      default:
        outcome = 'skipped:event';
    }
    // The forum keeps the post; once processed the delivery is only a record that it came.
    await this.dataSource.manager.update(DiscourseDelivery, { id: deliveryId }, { processedAt: new Date(), outcome, body: null });
    this.logger.log({ deliveryId, event: delivery.event, eventId: delivery.eventId, outcome }, 'Discourse delivery processed');
    return outcome;
  }

  /** The first post of a topic, read again (`/posts/by_number/:topic_id/1.json`, which carries `raw`). */
  async refetchFirstPost(discourseTopicId: number): Promise<IngestOutcome> {
    const post = await this.client.request<ForumPost>({ method: 'GET', path: `/posts/by_number/${discourseTopicId}/1.json` });
    return this.posts.ingest(post);
  }
}
