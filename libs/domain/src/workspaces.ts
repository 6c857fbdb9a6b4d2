import type { ProcessRole, WorkspaceRole } from './permissions';

/**
 * What a workspace admin may do to a member's workspace role. The matrix (`workspace.members.manage`) lets
 * owners and admins in; these rules decide per member. Only an owner makes, unmakes or removes an owner, so an
 * admin can never take a workspace from its owners. `to` is null for a removal. The rule that the last owner
 * stays is checked against the locked rows (`LAST_OWNER`), not here.
 */
export function memberChangeRefusal(actor: WorkspaceRole, member: WorkspaceRole, to: WorkspaceRole | null): string | null {
  if (actor === 'owner') return null;
  if (actor !== 'admin') return 'Only owners and admins manage members.';
  if (member === 'owner') return 'Only an owner can change or remove an owner.';
  if (to === 'owner') return 'Only an owner can make someone an owner.';
  return null;
}

/** The process roles a workspace can require two-factor sign-in of: those who lead its processes. */
export const TWO_FACTOR_LEAD_ROLES: readonly ProcessRole[] = ['convener', 'facilitator'];

/**
 * Whether the workspace must refuse this person until they turn two-factor sign-in on: the workspace
 * requires it of its leads, the person leads (convenes or facilitates) one of its processes, and has it off.
 */
export function mustEnrolTwoFactor(facts: { workspaceRequires: boolean; leadsAProcess: boolean; enrolled: boolean }): boolean {
  return facts.workspaceRequires && facts.leadsAProcess && !facts.enrolled;
}
