import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  assertMaySign,
  canonicalize,
  type CharterContent,
  contentHash,
  DEFAULT_RATIFICATION_RULE,
  evaluateRatification,
  nextVersionStatus,
  type SignatureAttempt,
} from './charters';
import { DomainError, DomainErrorCode } from './errors';

const content: CharterContent = {
  sections: {
    goal_mandate: 'Agree how security is provided in the district.',
    decision_making: 'Consensus; if none, a vote with a quorum of two thirds.',
  },
  consentStatement: 'I agree to take part under these terms.',
  alternatesMaySign: false,
};

function codeOf(run: () => unknown): DomainErrorCode | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('canonical form and hash', () => {
  it('is the same whatever the key order, line endings and trailing spaces', async () => {
    const reordered = {
      alternatesMaySign: false,
      consentStatement: 'I agree to take part under these terms.  ',
      sections: {
        decision_making: 'Consensus; if none, a vote with a quorum of two thirds.\r\n',
        goal_mandate: 'Agree how security is provided in the district.',
      },
    } as CharterContent;
    expect(canonicalize(reordered)).toBe(canonicalize(content));
    expect(await contentHash(reordered)).toBe(await contentHash(content));
  });

  it('is SHA-256 of the canonical JSON, so anyone can recompute it', async () => {
    const expected = createHash('sha256').update(canonicalize(content)).digest('hex');
    expect(await contentHash(content)).toBe(expected);
    expect(canonicalize({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });

  it('changes when a word of the text changes', async () => {
    const changed = { ...content, sections: { ...content.sections, goal_mandate: 'Agree how security is provided in the region.' } };
    expect(await contentHash(changed)).not.toBe(await contentHash(content));
  });

  it('is stable under any key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        return canonicalize(record) === canonicalize(reversed) && JSON.parse(canonicalize(record)) !== undefined;
      }),
    );
  });
});

describe('version state machine', () => {
  it('goes draft → proposed → adopted → superseded, with a proposal withdrawable', () => {
    expect(nextVersionStatus('draft', 'propose')).toBe('proposed');
    expect(nextVersionStatus('proposed', 'withdraw')).toBe('draft');
    expect(nextVersionStatus('proposed', 'adopt')).toBe('adopted');
    expect(nextVersionStatus('adopted', 'supersede')).toBe('superseded');
  });

  it('refuses every other move', () => {
    expect(codeOf(() => nextVersionStatus('draft', 'adopt'))).toBe(DomainErrorCode.CHARTER_STATE_INVALID);
    expect(codeOf(() => nextVersionStatus('superseded', 'propose'))).toBe(DomainErrorCode.CHARTER_STATE_INVALID);
    expect(codeOf(() => nextVersionStatus('adopted', 'withdraw'))).toBe(DomainErrorCode.CHARTER_STATE_INVALID);
  });
});

describe('signing', () => {
  const ok: SignatureAttempt = {
    versionStatus: 'adopted',
    versionIsCurrent: true,
    signerIsActiveParticipant: true,
    alreadySigned: false,
    onBehalfOfOther: false,
    alternatesMaySign: false,
  };

  it('lets an active participant sign the current adopted version once', () => {
    expect(() => assertMaySign(ok)).not.toThrow();
    expect(codeOf(() => assertMaySign({ ...ok, alreadySigned: true }))).toBe(DomainErrorCode.ALREADY_SIGNED);
  });

  it('rejects a signature on a non-adopted or superseded version, by a non-participant, or by an alternate the charter does not allow', () => {
    expect(codeOf(() => assertMaySign({ ...ok, versionStatus: 'proposed' }))).toBe(DomainErrorCode.CHARTER_VERSION_NOT_ADOPTED);
    expect(codeOf(() => assertMaySign({ ...ok, versionStatus: 'superseded' }))).toBe(DomainErrorCode.CHARTER_VERSION_NOT_ADOPTED);
    expect(codeOf(() => assertMaySign({ ...ok, versionIsCurrent: false }))).toBe(DomainErrorCode.CHARTER_VERSION_STALE);
    expect(codeOf(() => assertMaySign({ ...ok, signerIsActiveParticipant: false }))).toBe(DomainErrorCode.NOT_ACTIVE_PARTICIPANT);
    expect(codeOf(() => assertMaySign({ ...ok, onBehalfOfOther: true }))).toBe(DomainErrorCode.NOT_ACTIVE_PARTICIPANT);
    expect(() => assertMaySign({ ...ok, onBehalfOfOther: true, alternatesMaySign: true })).not.toThrow();
  });
});

describe('ratification', () => {
  const groups = [
    { id: 'police', name: 'Police' },
    { id: 'women', name: "Women's organisations" },
  ];
  const participants = [
    { id: 'p1', groupId: 'police' },
    { id: 'p2', groupId: 'women' },
    { id: 'p3', groupId: 'government' },
  ];

  it('is in force with two thirds of active participants and every indispensable group', () => {
    const result = evaluateRatification(DEFAULT_RATIFICATION_RULE, {
      activeParticipants: participants,
      indispensableGroups: groups,
      signedFor: ['p1', 'p2'],
    });
    expect(result).toEqual({ inForce: true, signed: 2, active: 3, required: 2, missing: [], missingGroups: [] });
  });

  it('says exactly what is still missing', () => {
    const result = evaluateRatification(DEFAULT_RATIFICATION_RULE, {
      activeParticipants: participants,
      indispensableGroups: groups,
      signedFor: ['p3', 'gone'],
    });
    expect(result.inForce).toBe(false);
    expect(result.missing).toEqual([
      '1 more signature (1 of 3 active participants signed; 2 needed).',
      'A signature from the indispensable group “Police”.',
      "A signature from the indispensable group “Women's organisations”.",
    ]);
    expect(result.missingGroups).toEqual(['Police', "Women's organisations"]);
  });

  it('needs someone to sign even under a zero share, and counts only active participants', () => {
    expect(
      evaluateRatification(
        { everyIndispensableGroup: false, shareNumerator: 0, shareDenominator: 1 },
        { activeParticipants: [], indispensableGroups: [], signedFor: [] },
      ).inForce,
    ).toBe(false);
    expect(
      evaluateRatification(
        { everyIndispensableGroup: false, shareNumerator: 1, shareDenominator: 1 },
        { activeParticipants: participants, indispensableGroups: [], signedFor: ['p1', 'p2', 'p3', 'p3'] },
      ).inForce,
    ).toBe(true);
    expect(() =>
      evaluateRatification(
        { everyIndispensableGroup: false, shareNumerator: 3, shareDenominator: 2 },
        { activeParticipants: [], indispensableGroups: [], signedFor: [] },
      ),
    ).toThrow(RangeError);
  });

  it('never needs more signatures than active participants, nor fewer than the share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (size, den, rawNum) => {
          const num = rawNum % (den + 1);
          const active = Array.from({ length: size }, (_, i) => ({ id: `p${i}`, groupId: null }));
          const { required } = evaluateRatification(
            { everyIndispensableGroup: false, shareNumerator: num, shareDenominator: den },
            { activeParticipants: active, indispensableGroups: [], signedFor: [] },
          );
          return required <= size && required * den >= num * size && (required - 1) * den < num * size;
        },
      ),
    );
  });
});
