import { isReadOnly, type ProcessStatus } from './process';

/**
 * The one role × action matrix. The API's global guard, the web app's `can()` and the generated
 * matrix tests all read this table; nothing else decides who may do what.
 */
export const WORKSPACE_ROLES = ['owner', 'admin', 'member'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

export const PROCESS_ROLES = ['convener', 'facilitator', 'secretariat', 'participant', 'observer'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

export type Role = WorkspaceRole | ProcessRole;

/** Where an action applies: the signed-in user alone, a workspace, or one process of a workspace. */
export type Scope = 'user' | 'workspace' | 'process';

interface ActionRule {
  scope: Scope;
  /**
   * Whether the action changes anything (every route but a GET). A write on a read-only process
   * (`isReadOnly(status)`: archived) is refused: by the API's guard, and by `can()` when given the status.
   */
  writes: boolean;
  /** Roles granted the action. For process actions, workspace roles listed here act on every process of the workspace. */
  roles: readonly Role[];
  description: string;
}

const ALL_WORKSPACE: readonly WorkspaceRole[] = WORKSPACE_ROLES;
const WORKSPACE_ADMINS: readonly WorkspaceRole[] = ['owner', 'admin'];
const PROCESS_MEMBERS: readonly ProcessRole[] = PROCESS_ROLES;

export const ACTIONS = {
  'workspace.create': { scope: 'user', writes: true, roles: [], description: 'Create a workspace (any signed-in person)' },
  'workspace.list': { scope: 'user', writes: false, roles: [], description: 'List the workspaces one belongs to' },
  'invitation.accept': { scope: 'user', writes: true, roles: [], description: 'Accept an invitation sent to one’s e-mail' },
  'account.view': { scope: 'user', writes: false, roles: [], description: 'See one’s own account, sessions and security log' },
  'account.update': { scope: 'user', writes: true, roles: [], description: 'Change one’s own name, language, e-mail or password' },
  'account.sessions.revoke': { scope: 'user', writes: true, roles: [], description: 'Sign out one’s own other sessions' },
  'notifications.view': { scope: 'user', writes: false, roles: [], description: 'See one’s own notifications and how many are unread' },
  'notifications.markRead': { scope: 'user', writes: true, roles: [], description: 'Mark one’s own notifications read' },
  'notifications.preferences.view': {
    scope: 'user',
    writes: false,
    roles: [],
    description: 'See how one hears of each kind of notification',
  },
  'notifications.preferences.edit': {
    scope: 'user',
    writes: true,
    roles: [],
    description: 'Choose per kind: in the app, e-mail at once, daily digest or off',
  },
  'todo.view': {
    scope: 'user',
    writes: false,
    roles: [],
    description: 'See what one is asked to do across one’s workspaces and processes, and the invitations pending for one’s e-mail',
  },
  'workspace.view': { scope: 'workspace', writes: false, roles: ALL_WORKSPACE, description: 'See the workspace' },
  'workspace.rename': { scope: 'workspace', writes: true, roles: WORKSPACE_ADMINS, description: 'Rename the workspace' },
  'workspace.members.view': { scope: 'workspace', writes: false, roles: ALL_WORKSPACE, description: 'See the workspace’s members' },
  'workspace.members.contact': {
    scope: 'workspace',
    writes: false,
    roles: WORKSPACE_ADMINS,
    description: 'See the e-mail addresses of the workspace’s members (personal data; other members see names only)',
  },
  'workspace.invitations.view': {
    scope: 'workspace',
    writes: false,
    roles: WORKSPACE_ADMINS,
    description: 'See the workspace’s pending invitations',
  },
  'workspace.members.invite': {
    scope: 'workspace',
    writes: true,
    roles: WORKSPACE_ADMINS,
    description: 'Invite people and revoke invitations',
  },
  'workspace.members.manage': {
    scope: 'workspace',
    writes: true,
    roles: WORKSPACE_ADMINS,
    description: 'Change a member’s workspace role or remove them (only an owner grants, changes or removes the owner role)',
  },
  'workspace.security.manage': {
    scope: 'workspace',
    writes: true,
    roles: ['owner'],
    description: 'Require two-factor sign-in of the workspace’s conveners and facilitators',
  },
  'account.twoFactor.view': { scope: 'user', writes: false, roles: [], description: 'See whether one’s own two-factor sign-in is on' },
  'account.twoFactor.manage': {
    scope: 'user',
    writes: true,
    roles: [],
    description: 'Turn one’s own two-factor sign-in on or off and renew its recovery codes',
  },
  'process.create': {
    scope: 'workspace',
    writes: true,
    roles: ALL_WORKSPACE,
    description: 'Create a process; the creator becomes its convener',
  },
  'process.list': {
    scope: 'workspace',
    writes: false,
    roles: ALL_WORKSPACE,
    description: 'List processes (admins see all, others their own)',
  },
  'process.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, ...PROCESS_MEMBERS],
    description: 'See a process, its phase, readiness and history',
  },
  'process.edit': { scope: 'process', writes: true, roles: ['convener', 'facilitator'], description: 'Edit a process’s details' },
  'process.archive': { scope: 'process', writes: true, roles: ['owner', 'convener'], description: 'Archive a process' },
  'process.transition': { scope: 'process', writes: true, roles: ['convener'], description: 'Move the process to another phase' },
  'process.members.view': {
    scope: 'process',
    writes: false,
    roles: ['owner', 'admin', 'convener', 'facilitator', 'secretariat', 'participant'],
    description: 'See who takes part in the process',
  },
  'process.members.contact': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, 'convener', 'facilitator'],
    description: 'See the e-mail addresses of the people taking part (personal data; other roles see names only)',
  },
  'process.members.manage': {
    scope: 'process',
    writes: true,
    roles: ['owner', 'admin', 'convener'],
    description: 'Add workspace members to the process, change their role, remove them',
  },
  'process.invitations.view': {
    scope: 'process',
    writes: false,
    roles: ['owner', 'admin', 'convener'],
    description: 'See the process’s pending invitations',
  },
  'process.invite': {
    scope: 'process',
    writes: true,
    roles: ['owner', 'admin', 'convener'],
    description: 'Invite people to the process with a role, and revoke its pending invitations',
  },
  'selection.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Write the participant selection criteria and diversity targets, the Do-No-Harm answers and the concept note',
  },
  'selection.doNoHarm.view': {
    scope: 'process',
    writes: false,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Read the Do-No-Harm self-assessment (it names risks to participants)',
  },
  'selection.doNoHarm.complete': {
    scope: 'process',
    writes: true,
    roles: ['convener'],
    description: 'Mark the Do-No-Harm self-assessment complete',
  },
  'demographics.self.view': {
    scope: 'process',
    writes: false,
    roles: PROCESS_MEMBERS,
    description: 'Read back one’s own declared demographics',
  },
  'demographics.self': {
    scope: 'process',
    writes: true,
    roles: PROCESS_MEMBERS,
    description: 'Declare one’s own gender, age band, region and organisation’s Coordination Wheel areas (optional)',
  },
  'inclusion.view': {
    scope: 'process',
    writes: false,
    roles: ['convener', 'facilitator'],
    description:
      'See the inclusion view: composition and targets from the participants’ self-declared demographics (personal data, as protected aggregates)',
  },
  'stakeholders.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description:
      'Keep the list of stakeholder groups, mark the indispensable ones, say whom each participant represents, and keep the stakeholder register and its relationships',
  },
  'stakeholders.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, 'convener', 'facilitator', 'secretariat'],
    description:
      'See the stakeholder register, the influence/interest grid, the relationship map and the prospective participants (stances of named actors are sensitive: not for participants and observers)',
  },
  'stakeholders.personalData.view': {
    scope: 'process',
    writes: false,
    roles: ['convener', 'facilitator'],
    description:
      'See personal data in the register: stakeholders’ contact points and prospects’ e-mail addresses (others get the records without them)',
  },
  'prospects.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Record prospective participants, move them along their status and log the consultations with them',
  },
  'charter.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, ...PROCESS_MEMBERS],
    description: 'Read the charter, its versions, signatures and ratification',
  },
  'charter.declines.view': {
    scope: 'process',
    writes: false,
    roles: ['convener', 'facilitator'],
    description: 'Read why participants declined to sign (other participants see only that they declined)',
  },
  'charter.draft': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Start, edit, propose and withdraw charter drafts',
  },
  'charter.adopt': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Record that the group adopted a proposed charter version',
  },
  'charter.sign': {
    scope: 'process',
    writes: true,
    roles: ['participant'],
    description: 'Sign the adopted charter version, or decline with a reason',
  },
  'charter.comment': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description: 'Comment on charter sections and propose amendments',
  },
  'groundRules.propose': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'participant'],
    description: 'Propose a ground rule',
  },
  'groundRules.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Adopt, amend and retire ground rules',
  },
  'accountability.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Record to whom participants are accountable and when they report back',
  },
  'agreements.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Set the grievance procedure and the confidentiality regime',
  },
  'plans.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, ...PROCESS_MEMBERS],
    description: 'Read the problem statement, visions, working groups, action plans and their actions',
  },
  'framing.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Write the problem statement and the vision statements, and record when the group agreed them',
  },
  'plans.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Draft action plans, their actions, milestones and cost lines; propose and withdraw plans; track any action',
  },
  'plans.approve': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Record that the group approved a proposed action plan, or reopen an approved one',
  },
  'workingGroups.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Form working groups and task forces: mandate, lead and members',
  },
  'actions.updateStatus': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description: 'Change an action’s status; a participant only of actions they hold (checked per action), plans.manage roles of any',
  },
  'initiation.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, 'convener', 'facilitator'],
    description:
      'Read the initiator assessments: key questions with their risk notes, champions, hosts, core group and MoU, facilitation resources',
  },
  'initiation.realityCheck.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, 'convener', 'facilitator', 'secretariat'],
    description: 'Read the reality check: cost estimate, funding secured and pledged, gaps and the contingency plan',
  },
  'initiation.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description:
      'Answer the initiator key questions; record champions, hosts, core group and MoU, facilitation resources and the reality check',
  },
  'initiation.myChecklist.view': {
    scope: 'process',
    writes: false,
    roles: ['participant'],
    description: 'Read one’s own stakeholder group’s checklist (key questions for potential participants)',
  },
  'initiation.checklist.fill': {
    scope: 'process',
    writes: true,
    roles: ['participant'],
    description: 'Answer one’s own stakeholder group’s checklist and choose whether conveners see it',
  },
  'initiation.checklists.view': {
    scope: 'process',
    writes: false,
    roles: ['convener', 'facilitator'],
    description: 'See which stakeholder groups shared their checklist with the conveners, and read the shared ones',
  },
  'actions.reportProgress': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description:
      'Post a progress update on an action; a participant only on actions they hold (checked per action), plans.manage roles on any',
  },
  'milestones.record': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description:
      'Record a value of a milestone’s indicator; a participant only for milestones of actions they hold (checked per milestone)',
  },
  'reportBacks.record': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description: 'Record that a participant reported back to their constituency; a participant only their own (checked per person)',
  },
  'dashboard.view': {
    scope: 'process',
    writes: false,
    roles: ['owner', 'admin', 'convener', 'facilitator', 'secretariat'],
    description: 'See the secretariat’s dashboard: overdue and blocked actions, milestones and report-backs due, funding gap, progress',
  },
  'calendar.feed.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, ...PROCESS_MEMBERS],
    description: 'See whether one has a secret calendar feed of the process',
  },
  'calendar.subscribe': {
    scope: 'process',
    writes: true,
    roles: [...WORKSPACE_ADMINS, ...PROCESS_MEMBERS],
    description: 'Create, rotate and revoke one’s own secret calendar feed of the process’s milestones and due dates',
  },
  'meeting.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, ...PROCESS_MEMBERS],
    description:
      'See meetings and their minutes: conveners, facilitators, the secretariat and workspace admins all of them; participants those they are invited to (checked per meeting); observers the plenaries',
  },
  'meeting.schedule': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Schedule a meeting: kind, format, time, place or link, hosts, agenda, confidentiality mode',
  },
  'meeting.edit': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Change a meeting (its mode only ever stricter) and invite participants, stakeholder groups or working groups',
  },
  'meeting.cancel': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Cancel a meeting',
  },
  'meeting.rsvp': {
    scope: 'process',
    writes: true,
    roles: PROCESS_MEMBERS,
    description: 'Answer one’s own invitation yes, no or maybe, naming an alternate to attend instead (invitees only, checked per meeting)',
  },
  'meeting.attendance.take': {
    scope: 'process',
    writes: true,
    roles: ['facilitator', 'secretariat'],
    description: 'Record who attended a meeting and show the meeting’s attendance code for people to record themselves',
  },
  'meeting.attendance.self': {
    scope: 'process',
    writes: true,
    roles: PROCESS_MEMBERS,
    description:
      'Record one’s own attendance with the meeting’s code while the meeting is on (invitees and alternates, checked per meeting)',
  },
  'meeting.viewAll': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, 'convener', 'facilitator', 'secretariat'],
    description: 'See every meeting of the process, invited or not (others see the meetings they are invited to; observers plenaries)',
  },
  'meeting.attendance.viewAlways': {
    scope: 'process',
    writes: false,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'See who is invited and who attended under every confidentiality mode, not only on the record',
  },
  'meeting.attendance.view': {
    scope: 'process',
    writes: false,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description:
      'See who is invited and who attended, with their groups, and the live quorum: conveners, facilitators and the secretariat always; invited participants only on the record (checked per meeting)',
  },
  'minutes.draft': {
    scope: 'process',
    writes: true,
    roles: ['facilitator', 'secretariat'],
    description: 'Write the minutes: statements in agenda order and action points; submit them for review or reopen them',
  },
  'minutes.review': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description: 'Approve or object to minutes in review, with a comment (attendees only, checked per meeting)',
  },
  'minutes.quoteMe': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat', 'participant'],
    description:
      'Under the Chatham House Rule, agree to be quoted by name for one statement one made (attendees only, checked per meeting)',
  },
  'decisions.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, ...PROCESS_MEMBERS],
    description: 'Read the decision log, the decision rules and the standing objections register',
  },
  'decisions.manage': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator', 'secretariat'],
    description: 'Put a question to a decision, change its settings, close it early and record its outcome',
  },
  'decisions.take': {
    scope: 'process',
    writes: true,
    roles: ['participant'],
    description: 'Take a position, cast a ballot, or withdraw one’s own objection (active participants; checked per person)',
  },
  'decisions.rules.edit': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Set how each kind of question is decided, as the charter says: method, quorum, threshold, secret ballots',
  },
  'objections.review': {
    scope: 'process',
    writes: true,
    roles: ['convener', 'facilitator'],
    description: 'Record how the group answered a standing objection',
  },
  'audit.view': {
    scope: 'workspace',
    writes: false,
    roles: WORKSPACE_ADMINS,
    description: 'Read the workspace’s audit trail and verify its hash chain',
  },
  'process.audit.view': {
    scope: 'process',
    writes: false,
    roles: [...WORKSPACE_ADMINS, 'convener'],
    description: 'Read the process’s audit trail and verify the hash chain it is part of',
  },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTIONS;

export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

export function actionScope(action: Action): Scope {
  return ACTIONS[action].scope;
}

/** The roles a person holds where the action applies. */
export interface Grants {
  workspaceRole?: WorkspaceRole | null;
  processRole?: ProcessRole | null;
}

export function rolesOf(grants: Grants): Role[] {
  const roles: Role[] = [];
  if (grants.workspaceRole) roles.push(grants.workspaceRole);
  if (grants.processRole) roles.push(grants.processRole);
  return roles;
}

/** Does the action change anything? Such actions are refused on a read-only process. */
export function writes(action: Action): boolean {
  return ACTIONS[action].writes;
}

/**
 * May someone holding these roles do this action?
 * User-scoped actions need only a signed-in person; workspace and process actions need a granted role.
 * Given the process's status, a write on a read-only (archived) process is refused whatever the roles.
 */
export function can(grants: Grants, action: Action, processStatus?: ProcessStatus): boolean {
  const rule: ActionRule = ACTIONS[action];
  if (processStatus && rule.writes && isReadOnly(processStatus)) return false;
  if (rule.scope === 'user') return true;
  if (!grants.workspaceRole) return false;
  const held = rolesOf(grants);
  return rule.roles.some((role) => held.includes(role));
}

/** Every action the roles allow, for the web app to show only what a person may do. */
export function allowedActions(grants: Grants): Action[] {
  return ACTION_NAMES.filter((action) => ACTIONS[action].scope !== 'user' && can(grants, action));
}

/** A workspace admin sees every process of the workspace; others see the processes they take part in. */
export function seesAllProcesses(role: WorkspaceRole): boolean {
  return can({ workspaceRole: role }, 'process.view');
}

/** Roles that count as convening or facilitating for the lifecycle gates. */
export const LEADERSHIP_ROLES: readonly ProcessRole[] = ['convener', 'facilitator'];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
  convener: 'Convener',
  facilitator: 'Facilitator',
  secretariat: 'Secretariat',
  participant: 'Participant',
  observer: 'Observer',
};
