import { BadInputError } from '../../../kit';

/** The SDL's default page size. */
export const DEFAULT_PAGE = 20;
/** The largest page, so that one request cannot pull a whole agency's history. */
export const MAX_PAGE = 100;

/** `first` checked before any query; an explicit null means the default. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new BadInputError('first', 'PAGE_SIZE', `first must be between 1 and ${MAX_PAGE}`);
  }
  return size;
}
