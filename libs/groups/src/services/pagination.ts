import { InvalidInputException } from '@alongside/platform';

export interface Pagination {
  first?: number;
  after?: string;
}

/** A row of a page with its opaque cursor. */
export interface Listed<T> {
  readonly node: T;
  readonly cursor: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputException(`Ask for 1 to ${MAX_PAGE_SIZE} items.`, { first: `must be between 1 and ${MAX_PAGE_SIZE}` });
  }
  return size;
}

export function badCursor(): InvalidInputException {
  return new InvalidInputException('The cursor is not valid.', { after: 'is not a cursor of this listing' });
}
