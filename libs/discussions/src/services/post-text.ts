import { DiscussionsErrorReason, DiscussionsException } from '../discussions.exception.js';

/** Longest post body, in characters: room for a long story, not for a pasted book. */
export const MAX_POST_LENGTH = 20_000;
export const MAX_TITLE_LENGTH = 200;

/** Checks text for services called from anywhere (plugins included), not only through GraphQL. */
export function checkedText(field: 'body' | 'title', value: string): string {
  const max = field === 'body' ? MAX_POST_LENGTH : MAX_TITLE_LENGTH;
  const trimmed = value.trim();
  if (trimmed.length === 0 || value.length > max) {
    throw new DiscussionsException(
      DiscussionsErrorReason.INVALID_TEXT,
      `The ${field} must be between 1 and ${max} characters.`,
      { fields: { [field]: `must be between 1 and ${max} characters` } },
    );
  }
  return field === 'title' ? trimmed : value;
}
