import { describe, expect, it } from '@jest/globals';
import { passwordWeakness } from './password';

describe('passwordWeakness', () => {
  it('accepts a long passphrase and explains each refusal', () => {
    expect(passwordWeakness('correct horse battery staple')).toBeNull();
    expect(passwordWeakness('short')).toMatch(/12 characters/);
    expect(passwordWeakness('aaaaaaaaaaaaaaa')).toMatch(/different characters/);
    expect(passwordWeakness('password1234')).toBe('This password is too common.');
    expect(passwordWeakness('amina.yusuf.2026', 'amina.yusuf@example.org')).toMatch(/e-mail/);
    expect(passwordWeakness('x'.repeat(257))).toMatch(/at most/);
  });
});
