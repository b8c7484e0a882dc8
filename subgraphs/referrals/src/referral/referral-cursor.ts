import { asUuid, BadInputError } from '../../../kit';
import { isMicrosecondInstant } from '../../../kit/cursor-keys';
import type { QueuePosition } from './referral.repository';

/** The two referral queues of an agency. */
export type QueueKind = 'INCOMING' | 'OUTGOING';

const TAG: Record<QueueKind, string> = { INCOMING: 'in', OUTGOING: 'out' };

/**
 * An opaque cursor: base64url of the queue it belongs to and the keyset position. The tag makes a
 * cursor from the outbox unusable on the inbox, whose order differs.
 */
export function encodeCursor(kind: QueueKind, position: QueuePosition): string {
  return Buffer.from(JSON.stringify([TAG[kind], position.sortKey, position.id])).toString('base64url');
}

/** Reads a cursor back; anything this query did not hand out is BAD_USER_INPUT, never an SQL error. */
export function decodeCursor(kind: QueueKind, cursor: string): QueuePosition {
  try {
    const [tag, sortKey, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    const uuid = typeof id === 'string' ? asUuid(id) : null;
    // The sort key as the repository writes it: UTC with microseconds (a JavaScript Date would drop
    // them), on a day that exists.
    if (tag === TAG[kind] && isMicrosecondInstant(sortKey) && uuid) {
      return { sortKey, id: uuid };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after', 'CURSOR', 'after is not a cursor returned by this query');
}
