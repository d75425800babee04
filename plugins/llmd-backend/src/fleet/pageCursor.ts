import { InputError } from '@backstage/errors';

/** A position in a sorted list: the sort it belongs to and the sort key of the last item returned. */
export interface PageCursor {
  readonly sort: string;
  readonly key: readonly (string | number)[];
}

/** The opaque `nextCursor`: base64url JSON of the position (a keyset, so a newer fleet still pages sensibly). */
export function encodePageCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key])).toString(
    'base64url',
  );
}

/**
 * Reads a cursor of {@link encodePageCursor} for the given sort.
 *
 * @throws InputError (400) when it is not one, or belongs to another sort order
 */
export function decodePageCursor(
  text: string,
  sort: string,
  keyLength: number,
): PageCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    !Array.isArray(parsed[1]) ||
    parsed[1].length !== keyLength ||
    !parsed[1].every(v => typeof v === 'string' || typeof v === 'number')
  ) {
    throw new InputError(
      'cursor: not a cursor of this list; pass the nextCursor of the previous page',
    );
  }
  if (parsed[0] !== sort) {
    throw new InputError(
      `cursor: it belongs to the sort order ${parsed[0]}, not ${sort}; start again from the first page`,
    );
  }
  return { sort, key: parsed[1] };
}
