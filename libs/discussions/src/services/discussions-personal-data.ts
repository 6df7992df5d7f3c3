import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { DeletedPostsPolicy, type PersonalDataSource } from '@alongside/platform';
import { PostRevision } from '../entities/post-revision.entity.js';
import { Post } from '../entities/post.entity.js';
import { Topic } from '../entities/topic.entity.js';

/** The member's topics and posts with every revision; on deletion anonymized or removed by policy. */
@Injectable()
export class DiscussionsPersonalData implements PersonalDataSource {
  readonly section = 'posts';

  async export(manager: EntityManager, userId: string): Promise<unknown> {
    const posts = await manager.find(Post, { where: { authorId: userId }, order: { createdAt: 'ASC' } });
    const revisions = posts.length
      ? await manager.find(PostRevision, { where: { postId: In(posts.map((p) => p.id)) }, order: { revision: 'ASC' } })
      : [];
    const topics = await manager.find(Topic, { where: { authorId: userId }, order: { createdAt: 'ASC' } });
    return {
      topicsStarted: topics.map((t) => ({ id: t.id, groupId: t.groupId, title: t.title, createdAt: t.createdAt })),
      posts: posts.map((p) => ({
        id: p.id,
        topicId: p.topicId,
        groupId: p.groupId,
        createdAt: p.createdAt,
        revisions: revisions
          .filter((r) => r.postId === p.id)
          .map((r) => ({ revision: r.revision, body: r.body, createdAt: r.createdAt })),
      })),
    };
  }

  async erase(manager: EntityManager, userId: string, policy: DeletedPostsPolicy): Promise<void> {
    if (policy === DeletedPostsPolicy.REMOVE) {
      const topicIds = (await manager.find(Post, { select: { topicId: true }, where: { authorId: userId } })).map(
        (p) => p.topicId,
      );
      await manager.delete(Post, { authorId: userId });
      if (topicIds.length) {
        // Recount the topics they wrote in (published posts, as countStatusChange keeps it); a topic left with no posts goes too.
        await manager.query(
          `UPDATE topics t SET post_count = (SELECT count(*) FROM posts p WHERE p.topic_id = t.id AND p.status = 'PUBLISHED') WHERE t.id = ANY($1)`,
          [[...new Set(topicIds)]],
        );
        await manager.query(`DELETE FROM topics t WHERE t.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id)`,
          [[...new Set(topicIds)]]);
      }
    }
    // What remains is shown as written by a deleted member.
    await manager.update(PostRevision, { editedById: userId }, { editedById: null });
    await manager.update(Post, { authorId: userId }, { authorId: null });
    await manager.update(Topic, { authorId: userId }, { authorId: null });
  }
}
