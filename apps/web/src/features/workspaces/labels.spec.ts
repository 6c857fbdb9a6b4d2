import { describe, expect, it } from '@jest/globals';
import { PROCESS_INVITATION_ROLE_LABELS, ROLE_LABELS } from '@common-ground/domain';
import type { MessageDescriptor } from 'react-intl';
import { invitationRoleLabels, roleLabels } from './labels';

const englishOf = (messages: Record<string, MessageDescriptor>) =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, message.defaultMessage]));

describe('the workspace screens’ words for roles', () => {
  it('say in English exactly what the domain says', () => {
    expect(englishOf(roleLabels)).toEqual(ROLE_LABELS);
    expect(englishOf(invitationRoleLabels)).toEqual(PROCESS_INVITATION_ROLE_LABELS);
  });
});
