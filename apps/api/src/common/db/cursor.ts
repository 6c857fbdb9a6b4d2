import { DomainError, invalidInput } from '@common-ground/domain';

/**
 * The one page-cursor codec. A cursor is opaque to clients but comes back from them, so it is decoded as
 * untrusted input: bounded length, canonical base64url, every part checked against its kind (a real
 * calendar timestamp, a well-formed uuid, a bounded offset). Anything else is a 400 naming `cursor`,
 * never a query PostgreSQL would refuse with a 500.
 */
export const MAX_CURSOR_LENGTH = 200;
/** Offset cursors serve short lists (a process's plans, one person's actions). */
export const MAX_CURSOR_OFFSET = 100_000;

const SEPARATOR = '|';
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** UTC to the microsecond, as the repositories format `created_at` with to_char. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z$/;
const OFFSET = /^(?:0|[1-9]\d{0,5})$/;

type PartKind = 'timestamp' | 'uuid' | 'offset';
type PartValue<K extends PartKind> = K extends 'offset' ? number : string;
export type CursorValue<S extends Record<string, PartKind>> = { [P in keyof S]: PartValue<S[P]> };

function isRealTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  // Date.parse rolls 31 February over into March; PostgreSQL refuses it. Compare the day back.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const CHECKS: Record<PartKind, (text: string) => boolean> = {
  timestamp: isRealTimestamp,
  uuid: (text) => UUID.test(text),
  offset: (text) => OFFSET.test(text) && Number(text) <= MAX_CURSOR_OFFSET,
};

export function invalidCursor(): DomainError {
  return invalidInput('cursorInvalid', 'This page cursor is not valid; start from the first page.', 'cursor');
}

export class CursorCodec<S extends Record<string, PartKind>> {
  private readonly names: (keyof S & string)[];

  constructor(private readonly schema: S) {
    this.names = Object.keys(schema);
  }

  encode(value: CursorValue<S>): string {
    return Buffer.from(this.names.map((name) => String(value[name])).join(SEPARATOR)).toString('base64url');
  }

  decode(text: string): CursorValue<S> {
    if (text.length === 0 || text.length > MAX_CURSOR_LENGTH || !BASE64URL.test(text)) throw invalidCursor();
    const decoded = Buffer.from(text, 'base64url');
    // Node ignores stray bits; only the canonical spelling of the bytes is accepted.
    if (decoded.toString('base64url') !== text) throw invalidCursor();
    const parts = decoded.toString('utf8').split(SEPARATOR);
    if (parts.length !== this.names.length) throw invalidCursor();
    const value: Record<string, string | number> = {};
    this.names.forEach((name, index) => {
      const part = parts[index];
      const kind = this.schema[name];
      if (!CHECKS[kind](part)) throw invalidCursor();
      value[name] = kind === 'offset' ? Number(part) : part;
    });
    return value as CursorValue<S>;
  }

  /** The cursor of a query string, or null for the first page. */
  decodeOptional(text: string | undefined): CursorValue<S> | null {
    return text === undefined || text === '' ? null : this.decode(text);
  }
}

/** Keyset pagination on (created_at, id): the last row's creation time (to the microsecond) and id. */
export const keysetCursor = new CursorCodec({ createdAt: 'timestamp', id: 'uuid' });
export type KeysetCursor = CursorValue<{ createdAt: 'timestamp'; id: 'uuid' }>;

/** Offset pagination, for lists short enough that an offset costs nothing. */
export const offsetCursor = new CursorCodec({ offset: 'offset' });
