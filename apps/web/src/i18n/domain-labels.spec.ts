import { describe, expect, it } from '@jest/globals';
import {
  ACTION_STATUS_LABELS,
  COST_STATUS_LABELS,
  DO_NO_HARM_RATING_LABELS,
  FACILITATION_RESOURCE_LABELS,
  FUNDING_OUTLOOK_LABELS,
  FUNDING_STATUS_LABELS,
  HOSTING_MODEL_LABELS,
  LEVEL_LABELS,
  MOU_STATUS_LABELS,
  OWNERSHIP_LABELS,
  PARTICIPATION_STANCE_LABELS,
  PHASE_LABELS,
  PLAN_STATUS_LABELS,
  PROCESS_INVITATION_ROLE_LABELS,
  REPORT_FREQUENCY_LABELS,
  RISK_LABELS,
  ROLE_LABELS,
  WHEEL_AREA_LABELS,
  WORKING_GROUP_KIND_LABELS,
} from '@common-ground/domain';
import type { MessageDescriptor } from 'react-intl';
import * as domain from './domain-labels';

const englishOf = (messages: Record<string, MessageDescriptor>) =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, message.defaultMessage]));

describe('the shared words for domain values', () => {
  it('say in English exactly what the domain says', () => {
    expect(englishOf(domain.PHASE_MESSAGES)).toEqual(PHASE_LABELS);
    expect(englishOf(domain.PROCESS_LEVEL_MESSAGES)).toEqual(LEVEL_LABELS);
    expect(englishOf(domain.ROLE_MESSAGES)).toEqual(ROLE_LABELS);
    expect(englishOf(domain.INVITATION_ROLE_MESSAGES)).toEqual(PROCESS_INVITATION_ROLE_LABELS);
    expect(englishOf(domain.WHEEL_AREA_MESSAGES)).toEqual(WHEEL_AREA_LABELS);
    expect(englishOf(domain.OWNERSHIP_MESSAGES)).toEqual(OWNERSHIP_LABELS);
    expect(englishOf(domain.RISK_MESSAGES)).toEqual(RISK_LABELS);
    expect(englishOf(domain.FUNDING_OUTLOOK_MESSAGES)).toEqual(FUNDING_OUTLOOK_LABELS);
    expect(englishOf(domain.HOSTING_MODEL_MESSAGES)).toEqual(HOSTING_MODEL_LABELS);
    expect(englishOf(domain.MOU_STATUS_MESSAGES)).toEqual(MOU_STATUS_LABELS);
    expect(englishOf(domain.COST_STATUS_MESSAGES)).toEqual(COST_STATUS_LABELS);
    expect(englishOf(domain.FACILITATION_RESOURCE_MESSAGES)).toEqual(FACILITATION_RESOURCE_LABELS);
    expect(englishOf(domain.PARTICIPATION_STANCE_MESSAGES)).toEqual(PARTICIPATION_STANCE_LABELS);
    expect(englishOf(domain.PLAN_STATUS_MESSAGES)).toEqual(PLAN_STATUS_LABELS);
    expect(englishOf(domain.ACTION_STATUS_MESSAGES)).toEqual(ACTION_STATUS_LABELS);
    expect(englishOf(domain.WORKING_GROUP_KIND_MESSAGES)).toEqual(WORKING_GROUP_KIND_LABELS);
    expect(englishOf(domain.REPORT_FREQUENCY_MESSAGES)).toEqual(REPORT_FREQUENCY_LABELS);
  });

  it('name the narrower domain types with the same words as the wider ones they are part of', () => {
    // Funding sources are secured or pledged, Do-No-Harm answers low, medium or high risk: one message each.
    for (const [status, label] of Object.entries(FUNDING_STATUS_LABELS))
      expect(domain.COST_STATUS_MESSAGES[status as keyof typeof FUNDING_STATUS_LABELS].defaultMessage).toBe(label);
    for (const [rating, label] of Object.entries(DO_NO_HARM_RATING_LABELS))
      expect(domain.RISK_MESSAGES[rating as keyof typeof DO_NO_HARM_RATING_LABELS].defaultMessage).toBe(label);
  });
});
