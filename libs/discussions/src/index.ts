import { PostRevision } from './entities/post-revision.entity.js';
import { Post } from './entities/post.entity.js';
import { Topic } from './entities/topic.entity.js';
import { Discussions1764140300000 } from './migrations/1764140300000-discussions.js';
import { PostStates1764150000100 } from './migrations/1764150000100-post-states.js';
import { PublishedPostCount1764187000100 } from './migrations/1764187000100-published-post-count.js';

export { Post, PostRevision, Topic };
export { PostSource, PostStatus } from './entities/post.entity.js';
export { AUTHOR_VISIBLE, postVisible } from './policies/post-visibility.policy.js';
export { type PostDraft, type PostScreen, PostScreens, type ScreenVerdict } from './services/post-screens.js';
export { DiscussionsErrorReason, DiscussionsException } from './discussions.exception.js';
export { DiscussionsModule } from './discussions.module.js';
export { DiscussionsPersonalData } from './services/discussions-personal-data.js';
export { DiscussionsService, type ExternalPostInput, type PageRequest, postCursor, topicCursor } from './services/discussions.service.js';
export { MAX_POST_LENGTH, MAX_TITLE_LENGTH } from './services/post-text.js';
export { countStatusChange } from './services/topic-post-count.js';

export const discussionsEntities = [Topic, Post, PostRevision];
export const discussionsMigrations = [Discussions1764140300000, PostStates1764150000100, PublishedPostCount1764187000100];
