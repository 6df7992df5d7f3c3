import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QueueService } from '@alongside/queue';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DiscourseDelivery } from '../entities/discourse-delivery.entity.js';
import { DISCOURSE_QUEUE, type DiscourseJobs } from '../jobs/discourse.jobs.js';
import { jobOptions } from '../jobs/job-options.js';
import type { ForumPost } from '../policies/forum-post.policy.js';
import type { ForumReviewable } from '../policies/review-decision.js';
import { DiscourseClient } from './discourse-client.service.js';
import { ForumPostsService, type IngestOutcome } from './forum-posts.service.js';
import { ReviewDecisionsService } from './review-decisions.service.js';
import { REVIEWABLE_EVENTS } from './webhooks.service.js';

/** The worker's side of a webhook: an accepted delivery turned into post changes, once. */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger(DeliveriesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: ForumPostsService,
    private readonly client: DiscourseClient,
    private readonly queues: QueueService,
    private readonly decisions: ReviewDecisionsService,
  ) {}

  async process(deliveryId: string): Promise<string> {
    const delivery = await this.dataSource.manager.findOneBy(DiscourseDelivery, { id: deliveryId });
    if (!delivery || delivery.processedAt !== null || delivery.body === null) return 'already-processed';
    const json = JSON.parse(delivery.body) as { post?: ForumPost; topic?: { id: number; title?: string; category_id?: number | null }; reviewable?: ForumReviewable };
    let outcome: string;
    if (REVIEWABLE_EVENTS.has(delivery.event)) {
      outcome = await this.decisions.received(json.reviewable!);
      return this.done(delivery, outcome);
    }
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
        // A first-post edit that changed the title or category arrives only as this: follow the topic, re-read the post.
        const topic = json.topic!;
        const topicId = topic.id;
        await this.posts.moveTopic(topic, await this.categorySlug(topic.category_id));
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
    return this.done(delivery, outcome);
  }

  /** The forum keeps the post; once processed the delivery is only a record that it came. */
  private async done(delivery: DiscourseDelivery, outcome: string): Promise<string> {
    await this.dataSource.manager.update(DiscourseDelivery, { id: delivery.id }, { processedAt: new Date(), outcome, body: null });
    this.logger.log({ deliveryId: delivery.id, event: delivery.event, eventId: delivery.eventId, outcome }, 'Discourse delivery processed');
    return outcome;
  }

  /** A category's slug (`/c/:id/show.json`), for mappings made by slug; a category gone since is unmapped. */
  private async categorySlug(categoryId: number | null | undefined): Promise<string | undefined> {
    if (categoryId == null) return undefined;
    try {
      const { category } = await this.client.request<{ category?: { slug?: string } }>({ method: 'GET', path: `/c/${categoryId}/show.json` });
      return category?.slug;
    } catch (error) {
      if (error instanceof DiscourseException && error.reason === DiscourseErrorReason.FORUM_REJECTED && error.details.status === 404) return undefined;
      throw error;
    }
  }

  /** The first post of a topic, read again (`/posts/by_number/:topic_id/1.json`, which carries `raw`). */
  async refetchFirstPost(discourseTopicId: number): Promise<IngestOutcome> {
    const post = await this.client.request<ForumPost>({ method: 'GET', path: `/posts/by_number/${discourseTopicId}/1.json` });
    return this.posts.ingest(post);
  }
}
