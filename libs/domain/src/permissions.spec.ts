import { describe, expect, it } from '@jest/globals';
import {
  type Action,
  ACTION_NAMES,
  ACTIONS,
  allowedActions,
  can,
  PROCESS_ROLES,
  type ProcessRole,
  seesAllProcesses,
  WORKSPACE_ROLES,
  type WorkspaceRole,
  writes,
} from './permissions';
import { isReadOnly, PROCESS_STATUSES } from './process';

/** The matrix written out by hand: the product decision, against which the data is checked cell by cell. */
const EXPECTED: Record<Action, string> = {
  'workspace.create': 'anyone signed in',
  'workspace.list': 'anyone signed in',
  'todo.view': 'anyone signed in',
  'invitation.accept': 'anyone signed in',
  'account.view': 'anyone signed in',
  'account.update': 'anyone signed in',
  'account.sessions.revoke': 'anyone signed in',
  'notifications.view': 'anyone signed in',
  'notifications.markRead': 'anyone signed in',
  'notifications.preferences.view': 'anyone signed in',
  'notifications.preferences.edit': 'anyone signed in',
  'workspace.view': 'owner admin member',
  'workspace.rename': 'owner admin',
  'workspace.members.view': 'owner admin member',
  'workspace.members.contact': 'owner admin',
  'workspace.invitations.view': 'owner admin',
  'workspace.members.invite': 'owner admin',
  'workspace.members.manage': 'owner admin',
  'workspace.security.manage': 'owner',
  'account.twoFactor.view': 'anyone signed in',
  'account.twoFactor.manage': 'anyone signed in',
  'process.create': 'owner admin member',
  'process.list': 'owner admin member',
  'process.view': 'owner admin convener facilitator secretariat participant observer',
  'process.edit': 'convener facilitator',
  'process.archive': 'owner convener',
  'process.transition': 'convener',
  'process.members.view': 'owner admin convener facilitator secretariat participant',
  'process.members.contact': 'owner admin convener facilitator',
  'process.members.manage': 'owner admin convener',
  'process.invitations.view': 'owner admin convener',
  'process.invite': 'owner admin convener',
  'selection.manage': 'convener facilitator',
  'selection.doNoHarm.view': 'convener facilitator secretariat',
  'selection.doNoHarm.complete': 'convener',
  'demographics.self.view': 'convener facilitator secretariat participant observer',
  'demographics.self': 'convener facilitator secretariat participant observer',
  'inclusion.view': 'convener facilitator',
  'stakeholders.manage': 'convener facilitator',
  'stakeholders.view': 'owner admin convener facilitator secretariat',
  'stakeholders.personalData.view': 'convener facilitator',
  'prospects.manage': 'convener facilitator',
  'charter.view': 'owner admin convener facilitator secretariat participant observer',
  'charter.declines.view': 'convener facilitator',
  'charter.draft': 'convener facilitator',
  'charter.adopt': 'convener facilitator',
  'charter.sign': 'participant',
  'charter.comment': 'convener facilitator secretariat participant',
  'groundRules.propose': 'convener facilitator participant',
  'groundRules.manage': 'convener facilitator',
  'accountability.manage': 'convener facilitator secretariat',
  'agreements.manage': 'convener facilitator',
  'plans.view': 'owner admin convener facilitator secretariat participant observer',
  'framing.manage': 'convener facilitator',
  'plans.manage': 'convener facilitator secretariat',
  'plans.approve': 'convener facilitator',
  'workingGroups.manage': 'convener facilitator secretariat',
  'actions.updateStatus': 'convener facilitator secretariat participant',
  'initiation.view': 'owner admin convener facilitator',
  'initiation.realityCheck.view': 'owner admin convener facilitator secretariat',
  'initiation.manage': 'convener facilitator',
  'initiation.myChecklist.view': 'participant',
  'initiation.checklist.fill': 'participant',
  'initiation.checklists.view': 'convener facilitator',
  'actions.reportProgress': 'convener facilitator secretariat participant',
  'milestones.record': 'convener facilitator secretariat participant',
  'reportBacks.record': 'convener facilitator secretariat participant',
  'dashboard.view': 'owner admin convener facilitator secretariat',
  'calendar.feed.view': 'owner admin convener facilitator secretariat participant observer',
  'calendar.subscribe': 'owner admin convener facilitator secretariat participant observer',
  'meeting.view': 'owner admin convener facilitator secretariat participant observer',
  'meeting.schedule': 'convener facilitator secretariat',
  'meeting.edit': 'convener facilitator secretariat',
  'meeting.cancel': 'convener facilitator secretariat',
  'meeting.rsvp': 'convener facilitator secretariat participant observer',
  'meeting.attendance.take': 'facilitator secretariat',
  'meeting.attendance.self': 'convener facilitator secretariat participant observer',
  'meeting.attendance.view': 'convener facilitator secretariat participant',
  'meeting.viewAll': 'owner admin convener facilitator secretariat',
  'meeting.attendance.viewAlways': 'convener facilitator secretariat',
  'minutes.draft': 'facilitator secretariat',
  'minutes.review': 'convener facilitator secretariat participant',
  'minutes.quoteMe': 'convener facilitator secretariat participant',
  'decisions.view': 'owner admin convener facilitator secretariat participant observer',
  'decisions.manage': 'convener facilitator secretariat',
  'decisions.take': 'participant',
  'decisions.rules.edit': 'convener facilitator',
  'objections.review': 'convener facilitator',
  'audit.view': 'owner admin',
  'process.audit.view': 'owner admin convener',
};

/** The actions that only read, written out by hand: every other action changes something. */
const READS: readonly Action[] = [
  'account.view',
  'audit.view',
  'process.audit.view',
  'workspace.list',
  'notifications.view',
  'notifications.preferences.view',
  'todo.view',
  'workspace.view',
  'workspace.members.view',
  'workspace.members.contact',
  'workspace.invitations.view',
  'account.twoFactor.view',
  'process.list',
  'process.view',
  'process.members.view',
  'process.members.contact',
  'process.invitations.view',
  'selection.doNoHarm.view',
  'demographics.self.view',
  'inclusion.view',
  'stakeholders.view',
  'stakeholders.personalData.view',
  'charter.view',
  'charter.declines.view',
  'plans.view',
  'initiation.view',
  'initiation.realityCheck.view',
  'initiation.myChecklist.view',
  'initiation.checklists.view',
  'dashboard.view',
  'calendar.feed.view',
  'meeting.view',
  'meeting.attendance.view',
  'meeting.viewAll',
  'meeting.attendance.viewAlways',
  'decisions.view',
];

describe('permission matrix', () => {
  it('covers every action with a description', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTION_NAMES].sort());
    for (const action of ACTION_NAMES) expect(ACTIONS[action].description.length).toBeGreaterThan(5);
  });

  const cells: [Action, WorkspaceRole, ProcessRole | null][] = ACTION_NAMES.flatMap((action) =>
    WORKSPACE_ROLES.flatMap((workspaceRole) =>
      [null, ...PROCESS_ROLES].map((processRole) => [action, workspaceRole, processRole] as [Action, WorkspaceRole, ProcessRole | null]),
    ),
  );

  it.each(cells)('%s for workspace %s, process %s', (action, workspaceRole, processRole) => {
    const granted =
      EXPECTED[action] === 'anyone signed in' || EXPECTED[action].split(' ').some((role) => role === workspaceRole || role === processRole);
    expect(can({ workspaceRole, processRole }, action)).toBe(granted);
  });

  it('says of every action whether it writes', () => {
    expect(ACTION_NAMES.filter((action) => !writes(action)).sort()).toEqual([...READS].sort());
  });

  it('keeps an archived process read-only for every role, and reads open', () => {
    expect(PROCESS_STATUSES.filter(isReadOnly)).toEqual(['archived']);
    for (const action of ACTION_NAMES) {
      for (const workspaceRole of WORKSPACE_ROLES) {
        for (const processRole of [null, ...PROCESS_ROLES]) {
          const grants = { workspaceRole, processRole };
          expect(can(grants, action, 'active')).toBe(can(grants, action));
          expect(can(grants, action, 'archived')).toBe(!writes(action) && can(grants, action));
        }
      }
    }
  });

  it('grants nothing in a workspace to someone without a workspace role, even with a process role', () => {
    for (const action of ACTION_NAMES.filter((a) => ACTIONS[a].scope !== 'user')) {
      expect(can({ processRole: 'convener' }, action)).toBe(false);
    }
  });

  it('shows personal data of the register only to people who also see the register, and the register to no participant or observer', () => {
    for (const workspaceRole of WORKSPACE_ROLES) {
      for (const processRole of [null, ...PROCESS_ROLES]) {
        const grants = { workspaceRole, processRole };
        if (can(grants, 'stakeholders.personalData.view')) expect(can(grants, 'stakeholders.view')).toBe(true);
        if (can(grants, 'stakeholders.manage') || can(grants, 'prospects.manage'))
          expect(can(grants, 'stakeholders.personalData.view')).toBe(true);
      }
    }
    for (const processRole of ['participant', 'observer'] as const)
      expect(can({ workspaceRole: 'member', processRole }, 'stakeholders.view')).toBe(false);
  });

  it('lists allowed actions for the web app and lets admins see every process', () => {
    expect(allowedActions({ workspaceRole: 'member', processRole: 'participant' })).toEqual([
      'workspace.view',
      'workspace.members.view',
      'process.create',
      'process.list',
      'process.view',
      'process.members.view',
      'demographics.self.view',
      'demographics.self',
      'charter.view',
      'charter.sign',
      'charter.comment',
      'groundRules.propose',
      'plans.view',
      'actions.updateStatus',
      'initiation.myChecklist.view',
      'initiation.checklist.fill',
      'actions.reportProgress',
      'milestones.record',
      'reportBacks.record',
      'calendar.feed.view',
      'calendar.subscribe',
      'meeting.view',
      'meeting.rsvp',
      'meeting.attendance.self',
      'meeting.attendance.view',
      'minutes.review',
      'minutes.quoteMe',
      'decisions.view',
      'decisions.take',
    ]);
    expect(WORKSPACE_ROLES.filter(seesAllProcesses)).toEqual(['owner', 'admin']);
  });
});
