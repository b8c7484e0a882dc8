import { createHash } from 'node:crypto';
import { asUuid, BadInputError } from '../../../kit';
import { isMicrosecondInstant, isReal } from '../../../kit/cursor-keys';
import type { FamilySearch, SearchPosition } from './family.repository';

/** A short fingerprint of a search's filters: a cursor only continues the search that handed it out. */
export function searchTag(filter: FamilySearch): string {
  const key = JSON.stringify([filter.jurisdiction, filter.name ?? null, filter.regionCode ?? null, filter.district ?? null, filter.hasChildren ?? null]);
  return createHash('sha256').update(key).digest('base64url').slice(0, 10);
}

/** An opaque cursor: base64url of the search's tag and the keyset position. */
export function encodeCursor(tag: string, position: SearchPosition): string {
  return Buffer.from(JSON.stringify([tag, position.score, position.createdAt, position.id])).toString('base64url');
}

/** Reads a cursor back; anything this search did not hand out is BAD_USER_INPUT, never an SQL error. */
export function decodeCursor(tag: string, cursor: string): SearchPosition {
  try {
    const [cursorTag, score, createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const uuid = typeof id === 'string' ? asUuid(id) : null;
    // The sort keys as the repository writes them: a real, and UTC with microseconds, each castable.
    if (cursorTag === tag && isReal(score) && isMicrosecondInstant(createdAt) && uuid) {
      return { score, createdAt, id: uuid };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after', 'CURSOR', 'after is not a cursor returned by this search (rule CURSOR)');
}
