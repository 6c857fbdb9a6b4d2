import { offsetCursor } from './cursor';

const DEFAULT_PAGE = 25;

export interface Page {
  limit: number;
  offset: number;
}

/** The page a list query asks for, with an offset cursor (lists short enough that an offset costs nothing). */
export function pageOf(query: { limit?: number; cursor?: string }): Page {
  return { limit: query.limit ?? DEFAULT_PAGE, offset: offsetCursor.decodeOptional(query.cursor)?.offset ?? 0 };
}

/** Rows are fetched one beyond the page: the extra row only says that another page follows. */
export function pageResult<T>(rows: T[], page: Page): { items: T[]; nextCursor: string | null } {
  return {
    items: rows.slice(0, page.limit),
    nextCursor: rows.length > page.limit ? offsetCursor.encode({ offset: page.offset + page.limit }) : null,
  };
}
