import { BadInputError } from '../../../kit';

/** The keyset position of a family in a search: its match score, creation time and id. */
export interface FamilyCursor {
  score: number;
  createdAt: string;
  id: string;
}

/** An opaque cursor: base64url of the keyset position. */
export function encodeCursor(row: { sortScore: number; createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.sortScore, row.createdAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): FamilyCursor {
  try {
    const [score, createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    if (typeof score === 'number' && typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt))) {
      return { score, createdAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after', 'CURSOR', 'after is not a cursor returned by this query');
}
