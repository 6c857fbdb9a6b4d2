import { describe, expect, it } from '@jest/globals';
import { translator } from '../documents/document-messages';
import { type CharterDocumentInput, charterDocument } from './charter-document';

const hash = 'a'.repeat(64);

function charterInput(overrides: Partial<CharterDocumentInput> = {}): CharterDocumentInput {
  return {
    locale: 'en',
    timeZone: 'Africa/Nairobi',
    processTitle: 'Riverside Housing Dialogue',
    workspaceName: 'City Forum',
    versionNumber: 3,
    status: 'adopted',
    adoptedAt: new Date('2024-05-01T12:34:56Z'),
    contentHash: hash,
    sections: [
      { key: 'goal_mandate', text: 'We meet to find common ground on the future of the riverside housing estate.' },
      { key: 'decision_making', text: 'Consensus first.\n\nA vote only as a last resort.' },
    ],
    participants: ['Alice Quimby', 'Bertrand Zoller', 'Chiara Vexley'],
    consentStatement: 'By signing, I agree to take part under this charter.',
    signatureDisclosure: 'names',
    signatures: [
      { name: 'Alice Quimby', group: 'Tenants', signedAt: new Date('2024-05-02T09:00:00Z'), contentHash: hash },
      { name: 'Bertrand Zoller', group: 'Landlords', signedAt: new Date('2024-05-02T10:15:00Z'), contentHash: 'f'.repeat(64) },
      { name: 'Chiara Vexley', group: null, signedAt: new Date('2024-05-03T08:30:00Z'), contentHash: hash },
    ],
    ratification: { inForce: false, signed: 3, active: 5, required: 4, missingGroups: ['Landlords'] },
    auditTrail: [
      { at: new Date('2024-04-30T08:00:00Z'), event: { kind: 'version', action: 'drafted', number: 3 }, actor: 'Dana Convener' },
      { at: new Date('2024-05-01T12:34:56Z'), event: { kind: 'version', action: 'adopted', number: 3 }, actor: null },
      { at: new Date('2024-05-02T09:00:00Z'), event: { kind: 'signed' }, actor: 'Alice Quimby' },
    ],
    generatedAt: new Date('2024-06-01T00:00:00Z'),
    ...overrides,
  };
}

function render(overrides: Partial<CharterDocumentInput> = {}) {
  const input = charterInput(overrides);
  return charterDocument(input, translator(input.locale));
}

describe('charterDocument', () => {
  it('writes an English document, left to right, with times in the process’s zone, labelled', () => {
    const { html, title, footerHtml } = render();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(title).toBe('\u2068Riverside Housing Dialogue\u2069 — Charter version 3'); // the name isolated from the sentence's direction
    expect(html).toContain('Charter — version 3');
    expect(html).toContain('Goal and mandate');
    expect(html).toContain('Adopted: May 1, 2024 at 03:34 PM GMT+3');
    expect(html).toContain('Times are in the process’s time zone, Africa/Nairobi.');
    expect(html).toContain(`SHA-256: ${hash}`);
    expect(html).toContain('1 more signature');
    expect(html).toContain('A signature from the indispensable group “\u2068Landlords\u2069”.');
    expect(html).not.toMatch(/\d{4}-\d\d-\d\dT/); // never a raw ISO time
    expect(footerHtml).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footerHtml).toContain('dir="ltr"');
  });

  it('writes an Arabic document right to left, in Arabic, with a right-to-left footer', () => {
    const { html, title, footerHtml } = render({ locale: 'ar' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(title).toBe('\u2068Riverside Housing Dialogue\u2069 — الميثاق، الإصدار 3');
    expect(html).toContain('الهدف والولاية');
    expect(html).toContain('سجل التدقيق');
    expect(html).toContain('توقيع إضافي واحد');
    expect(html).toContain("font-family: 'Noto Naskh Arabic'");
    expect(footerHtml).toContain('dir="rtl"');
    expect(footerHtml).toContain('الصفحة <span class="pageNumber"></span> من <span class="totalPages"></span>');
  });

  it('escapes what people typed', () => {
    const { html, footerHtml } = render({
      processTitle: '<script>alert(1)</script>',
      sections: [{ key: 'observers', text: '<img src="https://example.org/x.png"> & "quotes"' }],
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=&quot;https://example.org/x.png&quot;&gt; &amp; &quot;quotes&quot;');
    expect(footerHtml).toContain('&lt;script&gt;');
  });

  it('never prints a name under groups_only', () => {
    const { html } = render({ signatureDisclosure: 'groups_only' });
    for (const name of ['Alice', 'Bertrand', 'Chiara', 'Dana']) expect(html).not.toContain(name);
    expect(html).toContain('3 active participants (names withheld');
    expect(html).toContain('Names are withheld');
    expect(html).toContain('2 of 3 signatures were made on exactly this content');
    expect(html).toContain('name withheld');
  });

  it('falls back to UTC for a time zone the runtime does not know', () => {
    expect(render({ timeZone: 'Mars/Olympus' }).html).toContain('May 1, 2024 at 12:34 PM UTC');
  });

  it('uses Arabic plural forms', () => {
    const { html } = render({ locale: 'ar', signatureDisclosure: 'groups_only', participants: ['a', 'b'] });
    expect(html).toContain('مشاركان نشطان');
  });
});
