import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  CONSULTATION_CHANNEL_LABELS,
  CONTACT_KIND_LABELS,
  describeRelationship as domainSentence,
  INTEREST_LEVEL_LABELS,
  PROSPECT_STATUS_LABELS,
  QUADRANT_LABELS,
  RELATIONSHIP_KIND_LABELS,
  RELATIONSHIP_KINDS,
  STAKEHOLDER_KIND_LABELS,
  STANCE_LABELS,
  STRENGTH_LABELS,
} from '@common-ground/domain';
import { createIntl, type MessageDescriptor } from 'react-intl';
import {
  channelLabels,
  contactKindLabels,
  describeRelationship,
  interestLevelLabels,
  kindLabels,
  prospectStatusLabels,
  quadrantLabels,
  relationshipKindLabels,
  stanceLabels,
  strengthLabels,
} from './labels';

const englishOf = (messages: Record<string, MessageDescriptor>) =>
  Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, message.defaultMessage]));

const catalog = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), `apps/web/src/i18n/catalogs/${locale}/stakeholders.json`), 'utf8')) as Record<
    string,
    string
  >;

describe('the register’s words for domain values', () => {
  it('say in English exactly what the domain says', () => {
    expect(englishOf(stanceLabels)).toEqual(STANCE_LABELS);
    expect(englishOf(kindLabels)).toEqual(STAKEHOLDER_KIND_LABELS);
    expect(englishOf(relationshipKindLabels)).toEqual(RELATIONSHIP_KIND_LABELS);
    expect(englishOf(strengthLabels)).toEqual(STRENGTH_LABELS);
    expect(englishOf(contactKindLabels)).toEqual(CONTACT_KIND_LABELS);
    expect(englishOf(quadrantLabels)).toEqual(QUADRANT_LABELS);
    expect(englishOf(prospectStatusLabels)).toEqual(PROSPECT_STATUS_LABELS);
    expect(englishOf(channelLabels)).toEqual(CONSULTATION_CHANNEL_LABELS);
    expect(englishOf(interestLevelLabels)).toEqual(INTEREST_LEVEL_LABELS);
  });

  it('describe a relationship in English as the domain does, and in the reader’s language otherwise', () => {
    const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
    for (const kind of RELATIONSHIP_KINDS)
      expect(describeRelationship(english, kind, 'Police', 'Youth')).toBe(domainSentence(kind, 'Police', 'Youth'));
    const arabic = createIntl({ locale: 'ar', messages: catalog('ar') });
    expect(describeRelationship(arabic, 'dependency', 'الشرطة', 'الوزارة')).toBe('الشرطة يعتمد على الوزارة');
    const spanish = createIntl({ locale: 'es', messages: catalog('es') });
    expect(describeRelationship(spanish, 'tension', 'Policía', 'Juventud')).toBe('Policía y Juventud: tensión');
  });
});
