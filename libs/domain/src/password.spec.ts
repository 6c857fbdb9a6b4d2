import { describe, expect, it } from '@jest/globals';
import { PASSWORD_WEAKNESSES, passwordProblem, passwordWeakness } from './password';

describe('passwordWeakness', () => {
  it('accepts a long passphrase and explains each refusal', () => {
    expect(passwordWeakness('correct horse battery staple')).toBeNull();
    expect(passwordWeakness('short')).toMatch(/12 characters/);
    expect(passwordWeakness('aaaaaaaaaaaaaaa')).toMatch(/different characters/);
    expect(passwordWeakness('password1234')).toBe('This password is too common.');
    expect(passwordWeakness('amina.yusuf.2026', 'amina.yusuf@example.org')).toMatch(/e-mail/);
    expect(passwordWeakness('x'.repeat(257))).toMatch(/at most/);
  });

  it('names each refusal by a stable code with the limit as a param, and reaches every code', () => {
    const cases = ['short', 'x'.repeat(257), 'aaaaaaaaaaaaaaa', 'password1234', 'amina.yusuf.2026'].map((password) =>
      passwordProblem(password, 'amina.yusuf@example.org'),
    );
    expect(cases.map((problem) => problem?.weakness)).toEqual([...PASSWORD_WEAKNESSES]);
    expect(cases[0]?.params).toEqual({ min: 12 });
    expect(cases[1]?.params).toEqual({ max: 256 });
  });
});
