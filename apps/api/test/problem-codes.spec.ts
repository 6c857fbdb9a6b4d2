import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HttpException } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  FIELD_ERROR_CODES,
  INPUT_ERROR_REASONS,
  invalidInput,
  PROBLEM_CODES,
  VALIDATION_ERROR_CODES,
} from '@common-ground/domain';
import { getMetadataStorage } from 'class-validator';
import { toProblem } from '../src/common/problem.filter';
import { Client, createWorkspace, startTestApp, type TestApp } from './harness';

interface StoredValidation {
  type: string;
  constraintCls?: unknown;
}

/** Every check a DTO of the running app declares, by the name its failure carries (`constraints` keys). */
function declaredChecks(): Set<string> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, StoredValidation[]>;
    constraintMetadatas: Map<unknown, { name: string }[]>;
  };
  const names = new Set<string>();
  for (const metadatas of storage.validationMetadatas.values()) {
    for (const metadata of metadatas) {
      // @IsOptional and @ValidateIf only decide whether other checks run: they never fail a field.
      if (metadata.type === 'conditionalValidation') continue;
      names.add(
        metadata.type === 'customValidation' ? (storage.constraintMetadatas.get(metadata.constraintCls)?.[0]?.name ?? '?') : metadata.type,
      );
    }
  }
  return names;
}

describe('problem codes the web app can translate', () => {
  let server: TestApp;
  let client: Client;
  beforeAll(async () => {
    server = await startTestApp();
    client = await new Client(server.url).signUp('Codes');
  });
  afterAll(() => server.close());

  it('lists every check any DTO declares among the field error codes', () => {
    const declared = declaredChecks();
    expect(declared.size).toBeGreaterThan(10);
    expect([...declared].filter((name) => !(VALIDATION_ERROR_CODES as readonly string[]).includes(name))).toEqual([]);
  });

  it('answers every domain error with its code, a 4xx (503 only for a printer that is away) and params; a reason is a field error code', () => {
    // The one server-side condition a person can wait out: the PDF printer (Chromium) is missing or busy.
    const SERVICE_UNAVAILABLE: string[] = [DomainErrorCode.PDF_UNAVAILABLE];
    for (const code of Object.values(DomainErrorCode)) {
      const problem = toProblem(new DomainError(code, 'x', 'field'));
      expect(PROBLEM_CODES).toContain(problem.code);
      expect(problem.status).toBeGreaterThanOrEqual(400);
      expect(problem.status).toBeLessThan(SERVICE_UNAVAILABLE.includes(code) ? 504 : 500);
      expect(problem.params).toEqual({});
      expect(FIELD_ERROR_CODES).toContain(problem.errors?.[0]?.code);
    }
    for (const reason of INPUT_ERROR_REASONS) {
      const problem = toProblem(invalidInput(reason, 'x', 'field', { max: 3 }));
      expect(problem).toMatchObject({ status: 400, code: 'INVALID_INPUT', reason, params: { max: 3 } });
      expect(problem.errors).toEqual([{ field: 'field', code: reason, params: { max: 3 }, message: 'x' }]);
      expect(FIELD_ERROR_CODES).toContain(reason);
    }
  });

  it('gives every HTTP error Nest can raise one of the listed codes', () => {
    for (let status = 400; status < 600; status += 1) {
      expect(PROBLEM_CODES).toContain(toProblem(new HttpException('x', status)).code);
    }
    expect(toProblem(new Error('boom')).code).toBe('INTERNAL');
  });

  it('names each refused field with the validator’s code and its constraints as params', async () => {
    const long = await client.post('/api/v1/workspaces', { name: 'x'.repeat(121) });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: 'VALIDATION', params: {} });
    expect(long.body.errors).toContainEqual({ field: 'name', code: 'maxLength', params: { max: 120 }, message: expect.any(String) });

    const signUp = await new Client(server.url).post('/api/v1/auth/sign-up', {
      email: 'not an address',
      password: 'short',
      displayName: 'Someone',
    });
    expect(signUp.status).toBe(400);
    const codes = (signUp.body.errors as { field: string; code: string }[]).map((error) => `${error.field}:${error.code}`);
    expect(codes).toContain('email:isEmail');
    expect(codes.some((code) => code.startsWith('password:'))).toBe(true);
    for (const error of signUp.body.errors as { code: string }[]) expect(FIELD_ERROR_CODES).toContain(error.code);

    const unknown = await client.post('/api/v1/workspaces', { name: 'Forum', colour: 'blue' });
    expect(unknown.body.errors).toContainEqual(expect.objectContaining({ field: 'colour', code: 'whitelistValidation' }));
  });

  it('names a refusal by the service with its reason; unknown routes and broken bodies have codes too', async () => {
    const email = (client.user as { email: string }).email;
    const wrong = await client.post('/api/v1/account/email', { newEmail: 'elsewhere@example.org', currentPassword: 'not my password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'INVALID_INPUT', reason: 'wrongPassword', params: {} });
    expect(wrong.body.errors).toEqual([
      { field: 'currentPassword', code: 'wrongPassword', params: {}, message: 'This is not your current password.' },
    ]);
    const same = await client.post('/api/v1/account/email', { newEmail: email, currentPassword: 'a long enough passphrase' });
    expect(same.body).toMatchObject({ status: 400, code: 'INVALID_INPUT', reason: 'sameEmail' });

    const workspaceId = await createWorkspace(client, 'Codes forum');
    const cursor = await client.get(`/api/v1/workspaces/${workspaceId}/audit/events?cursor=nonsense`);
    expect(cursor.body).toMatchObject({ status: 400, code: 'INVALID_INPUT', reason: 'cursorInvalid' });

    const missing = await client.get('/api/v1/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', params: {} });

    const malformed = await client.request('POST', '/api/v1/workspaces', '{"name":');
    expect(malformed.body).toMatchObject({ status: 400, code: 'MALFORMED_BODY', params: {} });
  });
});
