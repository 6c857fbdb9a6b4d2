import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../api/client';
import { failureOf, FormProblem, reloadMessage, versioned } from './use-cg-form';

interface Doc {
  version: number;
  text: string;
}

const stale = (current: unknown) => new ApiError({ title: 'Conflict', status: 409, code: 'VERSION_CONFLICT', current });

describe('what a failed save turns into', () => {
  it('offers keep-mine / take-theirs when the 409 carries the current object', () => {
    const failure = failureOf<Doc>(stale({ version: 4, text: 'theirs' }), { conflict: { parse: versioned<Doc> } });
    expect(failure).toEqual({ kind: 'conflict', current: { version: 4, text: 'theirs' } });
  });

  it('asks to reload when the 409 has no usable current object and the form has no handler', () => {
    expect(failureOf<Doc>(stale(undefined), { conflict: { parse: versioned<Doc> } })).toEqual({
      kind: 'messages',
      messages: [reloadMessage()],
    });
  });

  it("lets the form's own conflict handler speak, or stay silent", () => {
    expect(failureOf(stale(undefined), { onConflict: () => 'The plan was reloaded.' })).toEqual({
      kind: 'messages',
      messages: ['The plan was reloaded.'],
    });
    let called = 0;
    const silent = failureOf(stale(undefined), {
      onConflict: () => {
        called += 1;
      },
    });
    expect(silent).toEqual({ kind: 'messages', messages: [] });
    expect(called).toBe(1);
  });

  it('treats another 409 (a duplicate) and a 400 as field errors, not as a version conflict', () => {
    const duplicate = new ApiError({ title: 'Exists', status: 409, code: 'RELATIONSHIP_EXISTS' });
    const invalid = new ApiError({ title: 'Invalid', status: 400, errors: [{ field: 'name', message: 'Too long.' }] });
    expect(failureOf(duplicate, { conflict: { parse: versioned<Doc> } })).toEqual({ kind: 'fields' });
    expect(failureOf(invalid, {})).toEqual({ kind: 'fields' });
  });

  it('shows a check of the form itself at the top', () => {
    expect(failureOf(new FormProblem('Tick the proposed rules the group adopted.'), {})).toEqual({
      kind: 'messages',
      messages: ['Tick the proposed rules the group adopted.'],
    });
  });
});
