import { describe, expect, it } from '@jest/globals';
import { ResolutionOutcome } from '@alongside/alerts';
import { offeredActions, performAction, readReviewable, reviewedPostId, reviewer, reviewStatus, statusAfter } from './review-decision.js';

describe('review decisions', () => {
  it('reads a status by number (the contract) or by name (newer serialisers)', () => {
    expect([0, 1, 2, 3, 4].map(reviewStatus)).toEqual(['pending', 'approved', 'rejected', 'ignored', 'deleted']);
    expect(reviewStatus('ignored')).toBe('ignored');
    expect(reviewStatus(7)).toBeNull();
    expect(reviewStatus('closed')).toBeNull();
  });

  it('performs the first preferred action the item offers, read from its side-loaded actions and bundles', () => {
    const visible = readReviewable({
      reviewable: { id: 5521, status: 0, version: 0 },
      bundled_actions: [{ action_ids: ['agree_and_hide', 'agree_and_keep'] }, { action_ids: ['disagree'] }],
      actions: [{ id: 'ignore_and_do_nothing' }],
    });
    const offered = offeredActions(visible);
    expect(performAction(ResolutionOutcome.CONTACTED_MEMBER, offered)).toBe('agree_and_keep');
    expect(performAction(ResolutionOutcome.FALSE_POSITIVE, offered)).toBe('disagree');
    expect(performAction(ResolutionOutcome.NO_ACTION_NEEDED, offered)).toBe('ignore_and_do_nothing');
    const hidden = ['agree_and_keep_hidden', 'agree_and_restore', 'disagree_and_restore'];
    expect(performAction(ResolutionOutcome.REFERRED_TO_EMERGENCY_SERVICES, hidden)).toBe('agree_and_restore');
    expect(performAction(ResolutionOutcome.FALSE_POSITIVE, hidden)).toBe('disagree_and_restore');
    // An item that lists nothing gets the first preference.
    expect(performAction(ResolutionOutcome.CONTACTED_MEMBER, [])).toBe('agree_and_keep');
    // None offered (e.g. only delete actions): nothing is sent rather than an action Discourse would refuse.
    expect(performAction(ResolutionOutcome.FALSE_POSITIVE, ['delete_and_agree'])).toBeNull();
    expect([statusAfter('agree_and_keep'), statusAfter('disagree'), statusAfter('ignore_and_do_nothing')]).toEqual(['approved', 'rejected', 'ignored']);
  });

  it('finds who decided: a score\'s reviewer, embedded or side-loaded, else the latest history entry', () => {
    expect(reviewer({ id: 1, status: 2, version: 1, reviewable_scores: [{ reviewed_by: { username: 'sam' } }] })).toBe('sam');
    expect(reviewer({ id: 1, status: 2, version: 1, reviewable_scores: [{ reviewed_by_id: 9 }], users: [{ id: 9, username: 'kim' }] })).toBe('kim');
    expect(reviewer({ id: 1, status: 2, version: 1, reviewable_histories: [{ created_by: { username: 'a' } }, { created_by: { username: 'lee' } }] })).toBe('lee');
    expect(reviewer({ id: 1, status: 2, version: 1 })).toBeNull();
  });

  it('finds the post of an item by post_id, or by a Post target', () => {
    expect(reviewedPostId({ id: 1, status: 0, version: 0, post_id: 90412 })).toBe(90412);
    expect(reviewedPostId({ id: 1, status: 0, version: 0, target_type: 'Post', target_id: 90413 })).toBe(90413);
    expect(reviewedPostId({ id: 1, status: 0, version: 0, target_type: 'User', target_id: 3 })).toBeNull();
  });
});
