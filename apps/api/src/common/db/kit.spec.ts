import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@common-ground/domain';
import { keysetCursor, MAX_CURSOR_OFFSET, offsetCursor } from './cursor';
import { iso, isoOrNull } from './dates';
import { isForeignKeyViolation, isUniqueViolation } from './errors';
import { containsPattern, escapeLike } from './like';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

function rejected(decode: () => unknown): DomainError {
  try {
    decode();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the cursor was accepted');
}

describe('the cursor codec', () => {
  const id = '6f1c2a4e-9b7d-4c3a-8e2f-1a2b3c4d5e6f';

  it('round-trips a keyset cursor and an offset cursor', () => {
    const value = { createdAt: '2026-02-28T23:59:59.123456Z', id };
    expect(keysetCursor.decode(keysetCursor.encode(value))).toEqual(value);
    expect(offsetCursor.decode(offsetCursor.encode({ offset: 50 }))).toEqual({ offset: 50 });
    expect(keysetCursor.decodeOptional(undefined)).toBeNull();
    expect(keysetCursor.decodeOptional('')).toBeNull();
  });

  it.each([
    ['an impossible date', b64(`2026-02-31T00:00:00.000000Z|${id}`)],
    ['an hour that does not exist', b64(`2026-02-28T24:00:00Z|${id}`)],
    ['a date JavaScript reads but PostgreSQL refuses', b64(`1|${id}`)],
    ['a malformed id', b64('2026-02-28T00:00:00Z|------------------------------------')],
    ['an id with a trailing part', b64(`2026-02-28T00:00:00Z|${id}|x`)],
    ['garbage bytes', b64('\u0000\uffff not a cursor')],
    ['characters outside base64url', 'abc$def'],
    ['a non-canonical spelling', `${b64(`2026-02-28T00:00:00Z|${id}`)}x`],
    ['an over-long cursor', 'A'.repeat(500)],
  ])('rejects %s with 400 INVALID_INPUT naming cursor', (_name, cursor) => {
    const error = rejected(() => keysetCursor.decode(cursor));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.field).toBe('cursor');
  });

  it.each([['-1'], ['1.5'], ['007'], [String(MAX_CURSOR_OFFSET + 1)], ['1e3'], ['']])('rejects the offset %p', (offset) => {
    expect(rejected(() => offsetCursor.decode(b64(offset) || '=')).field).toBe('cursor');
  });
});

describe('the small helpers', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });

  it('recognises unique and foreign-key violations from TypeORM and from pg', () => {
    expect(isUniqueViolation({ driverError: { code: '23505', constraint: 'uq_name' } })).toBe(true);
    expect(isUniqueViolation({ code: '23505', constraint: 'uq_name' }, 'uq_name')).toBe(true);
    expect(isUniqueViolation({ code: '23505', constraint: 'uq_name' }, 'uq_other')).toBe(false);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isForeignKeyViolation({ driverError: { code: '23503' } })).toBe(true);
  });

  it('writes timestamps as ISO 8601, keeping empty values empty', () => {
    expect(iso('2026-03-01 10:00:00+00')).toBe('2026-03-01T10:00:00.000Z');
    expect(iso(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02T00:00:00.000Z');
    expect(isoOrNull(null)).toBeNull();
    expect(isoOrNull(undefined)).toBeNull();
  });
});
