import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Post } from '../entities/post.entity.js';

/** A post about to be written. */
export interface PostDraft {
  readonly groupId: string;
  readonly topicId: string | null;
  readonly authorId: string;
  readonly body: string;
}

export interface ScreenVerdict {
  /** The text to store (a screen may censor words). */
  readonly body: string;
  /** Why the post waits for a moderator's approval (shown to the author), or null to publish it. */
  readonly hold: string | null;
  /** What a screen wants moderators to look at, passed back to it once the post exists. */
  readonly flags: readonly string[];
}

/**
 * A check every new post passes in its writing transaction (automatic rules live in another context,
 * which registers here). `screen` may throw to refuse the post; `written` runs once the post exists.
 */
export interface PostScreen {
  screen(manager: EntityManager, draft: PostDraft, verdict: ScreenVerdict): Promise<ScreenVerdict>;
  written(manager: EntityManager, post: Post, verdict: ScreenVerdict): Promise<void>;
}

/** The registered screens, run in registration order. */
@Injectable()
export class PostScreens {
  private readonly screens: PostScreen[] = [];

  register(screen: PostScreen): void {
    if (!this.screens.includes(screen)) this.screens.push(screen);
  }

  async screen(manager: EntityManager, draft: PostDraft, hold: string | null): Promise<ScreenVerdict> {
    let verdict: ScreenVerdict = { body: draft.body, hold, flags: [] };
    for (const screen of this.screens) verdict = await screen.screen(manager, draft, verdict);
    return verdict;
  }

  async written(manager: EntityManager, post: Post, verdict: ScreenVerdict): Promise<void> {
    for (const screen of this.screens) await screen.written(manager, post, verdict);
  }
}
