import { PostRevision } from './entities/post-revision.entity.js';
import { Post } from './entities/post.entity.js';
import { Topic } from './entities/topic.entity.js';
import { Discussions1764140300000 } from './migrations/1764140300000-discussions.js';

export { Post, PostRevision, Topic };
export { PostSource } from './entities/post.entity.js';
export { DiscussionsErrorReason, DiscussionsException } from './discussions.exception.js';
export { DiscussionsModule } from './discussions.module.js';
export { DiscussionsPersonalData } from './services/discussions-personal-data.js';
export { DiscussionsService, type PageRequest, postCursor, topicCursor } from './services/discussions.service.js';
export { MAX_POST_LENGTH, MAX_TITLE_LENGTH } from './services/post-text.js';

export const discussionsEntities = [Topic, Post, PostRevision];
export const discussionsMigrations = [Discussions1764140300000];
