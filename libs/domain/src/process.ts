/** The vocabulary of a process (design.md §3, seed 000 Lessons 10-11). */
export const PROCESS_LEVELS = ['local', 'regional', 'national'] as const;
export type ProcessLevel = (typeof PROCESS_LEVELS)[number];

/** The Coordination Wheel: five joint activities (Lesson 10). */
export const WHEEL_AREAS = [
  'joint_capacity_building',
  'joint_assessment',
  'joint_planning',
  'joint_implementation',
  'joint_monitoring_evaluation',
] as const;
export type WheelArea = (typeof WHEEL_AREAS)[number];

/** Levels of local ownership, from least to most (Lesson 10). */
export const OWNERSHIP_LEVELS = [
  'information_sharing',
  'dialogue_consultation',
  'joint_implementation',
  'joint_oversight',
] as const;
export type OwnershipLevel = (typeof OWNERSHIP_LEVELS)[number];

export const PROCESS_STATUSES = ['active', 'archived'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

/** A process in one of these statuses is a record: it can be read, and nothing in it changes. */
const READ_ONLY_STATUSES: readonly ProcessStatus[] = ['archived'];

export function isReadOnly(status: ProcessStatus): boolean {
  return READ_ONLY_STATUSES.includes(status);
}

export const LEVEL_LABELS: Record<ProcessLevel, string> = { local: 'Local', regional: 'Regional', national: 'National' };

export const WHEEL_AREA_LABELS: Record<WheelArea, string> = {
  joint_capacity_building: 'Joint capacity building',
  joint_assessment: 'Joint assessment',
  joint_planning: 'Joint planning',
  joint_implementation: 'Joint implementation',
  joint_monitoring_evaluation: 'Joint monitoring and evaluation',
};

export const OWNERSHIP_LABELS: Record<OwnershipLevel, string> = {
  information_sharing: 'Information sharing',
  dialogue_consultation: 'Dialogue and consultation',
  joint_implementation: 'Joint implementation',
  joint_oversight: 'Joint institutional oversight',
};

export const LIMITS = {
  titleMax: 200,
  purposeMax: 10000,
  workspaceNameMax: 120,
  displayNameMax: 120,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 256,
  pageSizeMax: 100,
  searchMax: 200,
} as const;

export function isValidTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}
