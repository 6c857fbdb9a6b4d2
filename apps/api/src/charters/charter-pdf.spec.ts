import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type CharterPdfInput, renderCharterPdf } from './charter-pdf';

const hash = createHash('sha256').update('{"canonical":"charter"}').digest('hex');

function input(overrides: Partial<CharterPdfInput> = {}): CharterPdfInput {
  return {
    processTitle: 'Riverside Housing Dialogue',
    workspaceName: 'City Forum',
    versionNumber: 3,
    status: 'adopted',
    adoptedAt: new Date('2024-05-01T12:34:56Z'),
    contentHash: hash,
    sections: [
      { label: 'Purpose', text: 'We meet to find common ground on the future of the riverside housing estate.' },
      { label: 'Ground rules', text: 'Speak for yourself. Listen to understand.' },
    ],
    consentStatement: 'By signing, I agree to take part under this charter.',
    signatureDisclosure: 'names',
    signatures: [
      { name: 'Alice Quimby', group: 'Tenants', signedAt: new Date('2024-05-02T09:00:00Z'), contentHash: hash },
      { name: 'Bertrand Zoller', group: 'Landlords', signedAt: new Date('2024-05-02T10:15:00Z'), contentHash: 'f'.repeat(64) },
      { name: 'Chiara Vexley', group: 'Tenants', signedAt: new Date('2024-05-03T08:30:00Z'), contentHash: hash },
    ],
    ratification: {
      inForce: false,
      signed: 3,
      active: 5,
      required: 4,
      missing: ['1 more signature (3 of 5 active participants signed; 4 needed).'],
    },
    auditTrail: [
      { at: new Date('2024-04-30T08:00:00Z'), event: 'drafted', actor: 'Dana Convener' },
      { at: new Date('2024-05-01T12:34:56Z'), event: 'adopted', actor: null },
      { at: new Date('2024-05-02T09:00:00Z'), event: 'signed', actor: 'Alice Quimby' },
    ],
    generatedAt: new Date('2024-06-01T00:00:00Z'),
    ...overrides,
  };
}

/**
 * Minimal text extraction for uncompressed pdfkit output: pdfkit writes text as hex strings of WinAnsi
 * codes inside TJ arrays, split by kerning adjustments; join each array's strings back together.
 */
// WinAnsi (cp1252) differs from Latin-1 only in 0x80–0x9F (Node's TextDecoder treats windows-1252 as Latin-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const decodeHex = (hex: string): string =>
  [...Buffer.from(hex, 'hex')]
    .map((byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)))
    .join('');

function extractText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const parts = [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1]));
    lines.push(parts.join(''));
  }
  for (const match of raw.matchAll(/<([0-9a-fA-F]*)>\s*Tj/g)) lines.push(decodeHex(match[1]));
  return lines.join('\n');
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

function expectAbsent(pdf: Buffer, name: string): void {
  const raw = pdf.toString('latin1');
  const hex = Buffer.from(name, 'latin1').toString('hex');
  expect(raw).not.toContain(name);
  expect(raw).not.toContain(hex.toLowerCase());
  expect(raw).not.toContain(hex.toUpperCase());
  expect(extractText(pdf)).not.toContain(name);
  // Every word separately too, in case kerning split the name across hex strings.
  for (const word of name.split(' ')) expect(extractText(pdf)).not.toContain(word);
}

describe('renderCharterPdf', () => {
  it('renders a PDF whose raw bytes contain the content hash', async () => {
    const pdf = await renderCharterPdf(input());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(hash);
    expect(pdf.toString('latin1')).toContain(`(SHA-256: ${hash})`);
    const text = extractText(pdf);
    expect(text).toContain(`SHA-256: ${hash}`);
    expect(text).toContain('Charter — version 3');
    expect(text).toContain('Riverside Housing Dialogue');
    expect(text).toContain('Purpose');
    expect(text).toContain('Not in force');
    expect(text).toContain('Page 1 of 3');
    expect(text).toContain('Page 3 of 3');
    expect(pageCount(pdf)).toBe(3);
    expect(pdf.toString('latin1')).toContain('(Common Ground)');
  });

  it('lists names, groups, UTC times and hash matches under names disclosure', async () => {
    const text = extractText(await renderCharterPdf(input()));
    expect(text).toContain('Alice Quimby — Tenants — 2024-05-02T09:00Z — hash matches: yes');
    expect(text).toContain('Bertrand Zoller — Landlords — 2024-05-02T10:15Z — hash matches: no');
    expect(text).toContain('2024-04-30T08:00Z — drafted — Dana Convener');
  });

  it('never prints a name under groups_only', async () => {
    const pdf = await renderCharterPdf(input({ signatureDisclosure: 'groups_only' }));
    for (const name of ['Alice Quimby', 'Bertrand Zoller', 'Chiara Vexley', 'Dana Convener']) expectAbsent(pdf, name);
    const text = extractText(pdf);
    expect(text).toContain('Tenants — 2 signatures — 2024-05-02T09:00Z, 2024-05-03T08:30Z');
    expect(text).toContain('Landlords — 1 signature — 2024-05-02T10:15Z');
    expect(text).toContain('Names are withheld');
    expect(pdf.toString('latin1')).toContain(hash);
  });

  it('flows long sections over several pages', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i + 1} of a very long section that must wrap and flow.`).join(' ');
    const pdf = await renderCharterPdf(input({ sections: [{ label: 'Long', text: long }] }));
    expect(pageCount(pdf)).toBeGreaterThan(4);
    const text = extractText(pdf);
    expect(text).toContain('Sentence 400');
    expect(text).toContain(`Page ${pageCount(pdf)} of ${pageCount(pdf)}`);
  });

  it('is deterministic for the same input', async () => {
    const [a, b] = await Promise.all([renderCharterPdf(input()), renderCharterPdf(input())]);
    expect(a.equals(b)).toBe(true);
  });
});
