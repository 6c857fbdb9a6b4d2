import { describe, expect, it } from '@jest/globals';
import { AUDIT_OBJECT_TYPES, auditActor, auditCanonical, type AuditBody } from './audit';

const BODY: AuditBody = {
  seq: 7,
  workspaceId: '11111111-1111-4111-8111-111111111111',
  processId: null,
  actorId: '22222222-2222-4222-8222-222222222222',
  objectType: 'process',
  action: 'updated',
  objectId: '33333333-3333-4333-8333-333333333333',
  payload: { version: 3, fields: ['title', 'purpose'] },
  occurredAt: '2026-12-05T10:00:00.000Z',
};

describe('audit trail rules', () => {
  it('hashes one canonical text whatever the key order: keys sorted at every level, no whitespace', () => {
    const shuffled = { ...BODY, payload: { fields: ['title', 'purpose'], version: 3 } };
    const reordered = Object.fromEntries(Object.entries(shuffled).reverse()) as unknown as AuditBody;
    expect(auditCanonical(reordered)).toBe(auditCanonical(BODY));
    expect(auditCanonical(BODY)).toBe(
      '{"action":"updated","actorId":"22222222-2222-4222-8222-222222222222","objectId":"33333333-3333-4333-8333-333333333333","objectType":"process","occurredAt":"2026-12-05T10:00:00.000Z","payload":{"fields":["title","purpose"],"version":3},"processId":null,"seq":7,"workspaceId":"11111111-1111-4111-8111-111111111111"}',
    );
  });

  it('stores no actor for an anonymous event, and the actor otherwise', () => {
    expect(auditActor({ anonymous: true }, BODY.actorId)).toBeNull();
    expect(auditActor({}, BODY.actorId)).toBe(BODY.actorId);
    expect(auditActor({ anonymous: false }, BODY.actorId)).toBe(BODY.actorId);
  });

  it('lists each object type once for the filters', () => {
    expect(new Set(AUDIT_OBJECT_TYPES).size).toBe(AUDIT_OBJECT_TYPES.length);
    expect(AUDIT_OBJECT_TYPES).toContain('charter_version');
  });
});
