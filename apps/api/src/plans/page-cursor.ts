import { DomainError, DomainErrorCode } from '@common-ground/domain';

const DEFAULT_PAGE = 25;
/** Lists here are short (a process's plans, one person's actions), so the cursor is a plain offset. */
const MAX_OFFSET = 100_000;

export interface Page {
  limit: number;
  offset: number;
}

export function pageOf(query: { limit?: number; cursor?: string }): Page {
  const limit = query.limit ?? DEFAULT_PAGE;
  if (!query.cursor) return { limit, offset: 0 };
  const offset = Number(Buffer.from(query.cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'This page cursor is not valid; start from the first page.', 'cursor');
  }
  return { limit, offset };
}

/** Rows are fetched one beyond the page: the extra row only says that another page follows. */
export function pageResult<T>(rows: T[], page: Page): { items: T[]; nextCursor: string | null } {
  return {
    items: rows.slice(0, page.limit),
    nextCursor: rows.length > page.limit ? Buffer.from(String(page.offset + page.limit)).toString('base64url') : null,
  };
}
