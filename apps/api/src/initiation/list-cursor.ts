import { DomainError, DomainErrorCode } from '@common-ground/domain';

/** Where a page of an initiation list ends: the last row's creation time (to the microsecond) and id. */
export interface ListCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`).toString('base64url');
}

export function decodeCursor(text: string): ListCursor {
  const [createdAt, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'This page cursor is not valid; start from the first page.', 'cursor');
  }
  return { createdAt, id };
}
