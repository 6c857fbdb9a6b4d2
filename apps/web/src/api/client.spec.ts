import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { UseFormSetError } from 'react-hook-form';
import { makeCurrentIntl } from '../i18n/current-intl';
import { INPUT_ERROR_REASONS, PASSWORD_WEAKNESSES, VALIDATION_ERROR_CODES } from '@common-ground/domain';
import { ApiError, applyFieldErrors, errorMessage, toApiError, unwrap } from './client';
import { INPUT_REASON_MESSAGES, PASSWORD_MESSAGES, VALIDATION_MESSAGES } from './field-messages';

interface Values {
  title: string;
  wheelAreas: string[];
  text: string;
}

function problemResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

describe('toApiError', () => {
  it('keeps the problem details the API sent', () => {
    const error = toApiError(
      {
        type: '/problems/validation',
        title: 'Invalid input',
        status: 400,
        detail: 'title: too long',
        code: 'VALIDATION',
        errors: [{ field: 'title', message: 'too long' }],
      },
      problemResponse(400),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual([{ field: 'title', message: 'too long' }]);
    expect(errorMessage(error)).toBe('title: too long');
  });

  it('falls back to a sentence when the body is not problem+json', () => {
    const error = toApiError('<html>Bad gateway</html>', problemResponse(502));
    expect(error.status).toBe(502);
    expect(errorMessage(error)).toBe('Something went wrong on the server. Try again later.');
  });

  it('tells how long to wait after too many attempts', () => {
    const error = toApiError(
      { title: 'Too many attempts', status: 429, code: 'TOO_MANY_ATTEMPTS' },
      problemResponse(429, { 'Retry-After': '900' }),
    );
    expect(errorMessage(error)).toBe('Too many attempts. Try again in 15 minutes.');
  });

  it('calls only a stale version a version conflict, not every 409', () => {
    expect(toApiError({ title: 'Changed', status: 409, code: 'VERSION_CONFLICT' }, problemResponse(409)).isVersionConflict).toBe(true);
    expect(toApiError({ title: 'Last convener', status: 409, code: 'LAST_CONVENER' }, problemResponse(409)).isVersionConflict).toBe(false);
  });
});

describe('unwrap', () => {
  it('returns the data of a successful call', async () => {
    await expect(unwrap(Promise.resolve({ data: { id: 'a' }, response: new Response('{}', { status: 200 }) }))).resolves.toEqual({
      id: 'a',
    });
  });

  it('throws an ApiError for an error status', async () => {
    const call = Promise.resolve({ error: { title: 'Not found', status: 404 }, response: problemResponse(404) });
    await expect(unwrap(call)).rejects.toMatchObject({ status: 404, isNotFound: true });
  });

  it('turns a failed fetch into a network error', async () => {
    const error: unknown = await unwrap(Promise.reject(new TypeError('fetch failed'))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetworkError).toBe(true);
  });
});

describe('applyFieldErrors', () => {
  const error = new ApiError({
    title: 'Invalid input',
    status: 400,
    errors: [
      { field: 'title', message: 'Use at most 200 characters.' },
      { field: 'wheelAreas.1', message: 'Unknown area.' },
      { field: 'reason', message: 'Write a reason.' },
      { field: 'mystery', message: 'Something else is wrong.' },
    ],
  });

  it('puts each message on its field, nested fields on their parent, aliases on their form field', () => {
    const setError = jest.fn<UseFormSetError<Values>>();
    const rest = applyFieldErrors<Values>(error, setError, ['title', 'wheelAreas', 'text'], { reason: 'text' });
    expect(setError.mock.calls).toEqual([
      ['title', { type: 'server', message: 'Use at most 200 characters.' }, { shouldFocus: true }],
      ['wheelAreas', { type: 'server', message: 'Unknown area.' }, { shouldFocus: false }],
      ['text', { type: 'server', message: 'Write a reason.' }, { shouldFocus: false }],
    ]);
    expect(rest).toEqual(['Something else is wrong.']);
  });

  it('returns the whole message when the error names no field', () => {
    const setError = jest.fn<UseFormSetError<Values>>();
    const rest = applyFieldErrors<Values>(
      new ApiError({ title: 'Not allowed', status: 403, detail: 'Your role does not allow this.' }),
      setError,
      ['title'],
    );
    expect(setError).not.toHaveBeenCalled();
    expect(rest).toEqual(['Your role does not allow this.']);
  });
});

describe('errors in the screen’s language', () => {
  const catalog = (locale: string, area: string): Record<string, string> =>
    JSON.parse(fs.readFileSync(path.join(process.cwd(), 'apps/web/src/i18n/catalogs', locale, `${area}.json`), 'utf8'));
  afterEach(() => {
    makeCurrentIntl('en', {});
  });

  it('says a known code in French, and falls back to the API’s sentence for an unknown code', () => {
    makeCurrentIntl('fr', catalog('fr', 'errors'));
    expect(
      errorMessage(new ApiError({ title: 'Wrong', status: 401, detail: 'Wrong e-mail or password.', code: 'INVALID_CREDENTIALS' })),
    ).toBe(catalog('fr', 'errors')['errors.INVALID_CREDENTIALS']);
    expect(errorMessage(new ApiError({ title: 'Odd', status: 400, detail: 'Something new.', code: 'SOMETHING_NEW' }))).toBe(
      'Something new.',
    );
    expect(errorMessage(new ApiError({ title: 'x', status: 429, code: 'TOO_MANY_ATTEMPTS' }, 120))).toBe(
      'Trop de tentatives. Réessayez dans 2 minutes.',
    );
  });

  it('keeps the API’s own, more precise sentence in English', () => {
    expect(
      errorMessage(
        new ApiError({ title: 'Invalid input', status: 400, detail: 'This is not your current password.', code: 'INVALID_INPUT' }),
      ),
    ).toBe('This is not your current password.');
  });

  it('puts a field refused by the API under its field in Arabic', () => {
    makeCurrentIntl('ar', catalog('ar', 'errors'));
    const setError = jest.fn<UseFormSetError<Values>>();
    applyFieldErrors<Values>(
      new ApiError({ title: 'Invalid input', status: 400, code: 'VALIDATION', errors: [{ field: 'title', message: 'too long' }] }),
      setError,
      ['title'],
    );
    expect(setError.mock.calls[0]?.[1]).toEqual({ type: 'server', message: catalog('ar', 'errors')['errors.field'] });
  });
});

describe('field errors by code', () => {
  const catalog = (locale: string, area: string): Record<string, string> =>
    JSON.parse(fs.readFileSync(path.join(process.cwd(), 'apps/web/src/i18n/catalogs', locale, `${area}.json`), 'utf8'));
  afterEach(() => {
    makeCurrentIntl('en', {});
  });

  const refused = (errors: { field: string; code?: string; params?: Record<string, unknown>; message: string }[], code = 'VALIDATION') =>
    new ApiError({ title: 'Invalid input', status: 400, code, errors });

  it('says a class-validator constraint with its params in the reader’s language', () => {
    makeCurrentIntl('fr', catalog('fr', 'errors'));
    const setError = jest.fn<UseFormSetError<Values>>();
    applyFieldErrors<Values>(
      refused([
        { field: 'title', code: 'maxLength', params: { max: 200 }, message: 'title must be shorter than or equal to 200 characters' },
        { field: 'text', code: 'isLength', params: { min: 1, max: 2000 }, message: 'text must be longer than or equal to 1 characters' },
      ]),
      setError,
      ['title', 'text'],
    );
    expect(setError.mock.calls.map((call) => call[1].message)).toEqual([
      'Utilisez au plus 200 caractères.',
      `Utilisez de 1 à ${new Intl.NumberFormat('fr').format(2000)} caractères.`,
    ]);
  });

  it('says why a password is too weak, from the WEAK_PASSWORD field error’s params', () => {
    makeCurrentIntl('es', catalog('es', 'errors'));
    const setError = jest.fn<UseFormSetError<Values>>();
    applyFieldErrors<Values>(
      refused(
        [{ field: 'text', code: 'WEAK_PASSWORD', params: { weakness: 'tooShort', min: 12 }, message: 'Use at least 12 characters.' }],
        'WEAK_PASSWORD',
      ),
      setError,
      ['text'],
    );
    expect(setError.mock.calls[0]?.[1].message).toBe('Use al menos 12 caracteres.');
  });

  it('falls back to the general sentence for a code without its params, and keeps the API’s sentence in English', () => {
    makeCurrentIntl('ar', catalog('ar', 'errors'));
    const setError = jest.fn<UseFormSetError<Values>>();
    applyFieldErrors<Values>(refused([{ field: 'title', code: 'maxLength', params: {}, message: 'too long' }]), setError, ['title']);
    expect(setError.mock.calls[0]?.[1].message).toBe(catalog('ar', 'errors')['errors.field']);

    makeCurrentIntl('en', {});
    const english = jest.fn<UseFormSetError<Values>>();
    applyFieldErrors<Values>(refused([{ field: 'title', code: 'maxLength', params: { max: 200 }, message: 'too long' }]), english, [
      'title',
    ]);
    expect(english.mock.calls[0]?.[1].message).toBe('too long');
  });

  it('has a sentence for every validation code and every password weakness', () => {
    const ids = Object.keys(catalog('en', 'errors'));
    for (const code of VALIDATION_ERROR_CODES) expect(ids).toContain(VALIDATION_MESSAGES[code].id);
    for (const weakness of PASSWORD_WEAKNESSES) expect(ids).toContain(PASSWORD_MESSAGES[weakness].id);
    for (const reason of INPUT_ERROR_REASONS) expect(ids).toContain(INPUT_REASON_MESSAGES[reason].id);
  });

  it('says an INVALID_INPUT reason with its params, under its field and as the whole message', () => {
    makeCurrentIntl('fr', catalog('fr', 'errors'));
    const setError = jest.fn<UseFormSetError<Values>>();
    applyFieldErrors<Values>(
      refused([{ field: 'text', code: 'wrongPassword', params: {}, message: 'This is not your current password.' }], 'INVALID_INPUT'),
      setError,
      ['text'],
    );
    expect(setError.mock.calls[0]?.[1].message).toBe('Ce n’est pas votre mot de passe actuel.');
    const full = new ApiError({
      title: 'Invalid input',
      status: 400,
      code: 'INVALID_INPUT',
      reason: 'planActionsFull',
      params: { max: 200 },
      detail: 'A plan holds at most 200 actions; start another plan for another goal.',
    });
    expect(errorMessage(full)).toBe('Un plan compte au plus 200 actions ; commencez un autre plan pour un autre objectif.');
    const withoutParams = new ApiError({ title: 'Invalid input', status: 400, code: 'INVALID_INPUT', reason: 'planActionsFull' });
    expect(errorMessage(withoutParams)).toBe(catalog('fr', 'errors')['errors.INVALID_INPUT']);
  });
});
