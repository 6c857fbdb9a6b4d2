import { describe, expect, it } from '@jest/globals';
import { WORKSPACE_ROLES } from './permissions';
import { formatRecoveryCode, parseTwoFactorCode } from './two-factor';
import { memberChangeRefusal, mustEnrolTwoFactor } from './workspaces';

describe('member changes', () => {
  it('lets an owner change or remove anyone, owners included', () => {
    for (const member of WORKSPACE_ROLES)
      for (const to of [...WORKSPACE_ROLES, null]) expect(memberChangeRefusal('owner', member, to)).toBeNull();
  });

  it('lets an admin manage admins and members but never touch the owner role', () => {
    expect(memberChangeRefusal('admin', 'member', 'admin')).toBeNull();
    expect(memberChangeRefusal('admin', 'admin', 'member')).toBeNull();
    expect(memberChangeRefusal('admin', 'member', null)).toBeNull();
    expect(memberChangeRefusal('admin', 'owner', 'member')).toMatch(/owner/);
    expect(memberChangeRefusal('admin', 'owner', null)).toMatch(/owner/);
    expect(memberChangeRefusal('admin', 'member', 'owner')).toMatch(/owner/);
  });

  it('refuses a plain member', () => {
    expect(memberChangeRefusal('member', 'member', null)).not.toBeNull();
  });
});

describe('two-factor requirement', () => {
  it('refuses only a lead without two-factor in a workspace that requires it', () => {
    expect(mustEnrolTwoFactor({ workspaceRequires: true, leadsAProcess: true, enrolled: false })).toBe(true);
    expect(mustEnrolTwoFactor({ workspaceRequires: true, leadsAProcess: true, enrolled: true })).toBe(false);
    expect(mustEnrolTwoFactor({ workspaceRequires: true, leadsAProcess: false, enrolled: false })).toBe(false);
    expect(mustEnrolTwoFactor({ workspaceRequires: false, leadsAProcess: true, enrolled: false })).toBe(false);
  });
});

describe('two-factor codes', () => {
  it('reads six digits as a TOTP code, spaces allowed', () => {
    expect(parseTwoFactorCode('123 456')).toEqual({ kind: 'totp', code: '123456' });
  });

  it('reads a recovery code in any case, with or without dashes', () => {
    expect(parseTwoFactorCode('abcd-efgh-jkmn')).toEqual({ kind: 'recovery', code: 'ABCDEFGHJKMN' });
    expect(formatRecoveryCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
  });

  it('refuses anything else', () => {
    for (const typed of ['', '12345', '1234567', 'ABCD-EFGH-JKMI', 'ABCD-EFGH-JKM']) expect(parseTwoFactorCode(typed)).toBeNull();
  });
});
