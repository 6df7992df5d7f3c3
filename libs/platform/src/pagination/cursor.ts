import { InvalidInputException } from '../exceptions/domain.exception.js';

/** A keyset position: the sort value of the last row seen and its id (the tie-breaker). */
export interface KeysetCursor {
  readonly sort: string;
  readonly id: string;
}

/** Opaque Relay cursors: base64url of the keyset position. */
export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      return { sort: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the typed error
  }
  throw new InvalidInputException('The cursor is not valid.', { after: 'is not a cursor this API returned' });
}

export interface Page<T> {
  readonly items: T[];
  readonly hasNextPage: boolean;
}

/** Given `first + 1` rows fetched, the page of `first` and whether more follow. */
export function toPage<T>(rows: T[], first: number): Page<T> {
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}
