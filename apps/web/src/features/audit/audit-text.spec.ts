import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { AUDIT_CHAIN_PROBLEMS, AUDIT_OBJECT_TYPES, auditChainProblemText } from '@common-ground/domain';
import { createIntl } from 'react-intl';
import { ACTION_MESSAGES, auditEventText, chainProblemText, objectTypeText } from './audit-text';

const catalog = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'apps/web/src/i18n/catalogs', locale, 'audit.json'), 'utf8'));
const words = (identifier: string) => identifier.replace(/_/g, ' ');

describe('audit text', () => {
  it('says object types and actions in English as the chain stores them, spaced', () => {
    const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
    for (const objectType of AUDIT_OBJECT_TYPES) {
      expect(objectTypeText(english, objectType)).toBe(words(objectType));
      for (const action of Object.keys(ACTION_MESSAGES)) {
        expect(auditEventText(english, { objectType, action })).toBe(`${words(objectType)} ${words(action)}`);
      }
    }
  });

  for (const locale of ['fr', 'es', 'ar']) {
    it(`translates every object type and action in ${locale}`, () => {
      const errors: unknown[] = [];
      const intl = createIntl({ locale, messages: catalog(locale), onError: (error) => errors.push(error) });
      for (const objectType of AUDIT_OBJECT_TYPES) expect(objectTypeText(intl, objectType)).not.toBe(words(objectType));
      expect(auditEventText(intl, { objectType: 'process_member', action: 'added' })).not.toContain('process member');
      expect(errors).toEqual([]);
    });
  }

  it('shows an identifier it does not know with spaces', () => {
    const french = createIntl({ locale: 'fr', messages: catalog('fr') });
    expect(auditEventText(french, { objectType: 'new_thing', action: 'made_up' })).toBe('new thing : made up');
  });

  it('says why the chain is broken: in English as the API does, in French from the problem code', () => {
    const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
    const french = createIntl({ locale: 'fr', messages: catalog('fr') });
    for (const problem of AUDIT_CHAIN_PROBLEMS) {
      const verification = { problem, brokenAt: 7, reason: auditChainProblemText(problem, 7) };
      expect(chainProblemText(english, verification)).toBe(verification.reason);
      expect(chainProblemText(french, verification)).not.toBe(verification.reason);
    }
    expect(chainProblemText(french, { problem: 'event_missing', brokenAt: 7, reason: 'x' })).toBe('l’événement 7 manque');
    expect(chainProblemText(french, { problem: null, brokenAt: null, reason: null })).toBeNull();
  });
});
