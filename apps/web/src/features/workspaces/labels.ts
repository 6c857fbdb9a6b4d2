import type { ProcessInvitationRole, Role } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor } from 'react-intl';
import { untyped } from '../../i18n/untyped';

/** Roles as the workspace screens name them, one message per domain value (the English equals ROLE_LABELS). */
export const roleLabels = untyped(
  defineMessages({
    owner: { id: 'workspaces.role.owner', defaultMessage: 'Owner' },
    admin: { id: 'workspaces.role.admin', defaultMessage: 'Admin' },
    member: { id: 'workspaces.role.member', defaultMessage: 'Member' },
    convener: { id: 'workspaces.role.convener', defaultMessage: 'Convener' },
    facilitator: { id: 'workspaces.role.facilitator', defaultMessage: 'Facilitator' },
    secretariat: { id: 'workspaces.role.secretariat', defaultMessage: 'Secretariat' },
    participant: { id: 'workspaces.role.participant', defaultMessage: 'Participant' },
    observer: { id: 'workspaces.role.observer', defaultMessage: 'Observer' },
  }),
) satisfies Record<Role, MessageDescriptor>;

/** The roles a process invitation offers (the English equals PROCESS_INVITATION_ROLE_LABELS). */
export const invitationRoleLabels = untyped(
  defineMessages({
    participant: { id: 'workspaces.invitationRole.participant', defaultMessage: 'Participant' },
    alternate: { id: 'workspaces.invitationRole.alternate', defaultMessage: 'Alternate' },
    observer: { id: 'workspaces.invitationRole.observer', defaultMessage: 'Observer' },
    facilitator: { id: 'workspaces.invitationRole.facilitator', defaultMessage: 'Facilitator' },
    secretariat: { id: 'workspaces.invitationRole.secretariat', defaultMessage: 'Secretariat' },
    co_convener: { id: 'workspaces.invitationRole.co_convener', defaultMessage: 'Co-convener' },
  }),
) satisfies Record<ProcessInvitationRole, MessageDescriptor>;
