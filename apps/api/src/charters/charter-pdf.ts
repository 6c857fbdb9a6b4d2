import PDFDocument from 'pdfkit';

/**
 * Everything the charter PDF shows. The caller resolves names, groups and the ratification state;
 * this module only lays them out.
 */
export interface CharterPdfInput {
  processTitle: string;
  workspaceName: string;
  versionNumber: number;
  status: string; // adopted / superseded / proposed / draft
  adoptedAt: Date | null;
  contentHash: string | null; // SHA-256 hex of the canonical content
  sections: { label: string; text: string }[]; // in order, only the present ones
  consentStatement: string;
  /** 'names': signer names and roles; 'groups_only': no names, only the role/group of each signer (Chatham House / off the record) */
  signatureDisclosure: 'names' | 'groups_only';
  signatures: { name: string; group: string; signedAt: Date; contentHash: string }[];
  ratification: { inForce: boolean; signed: number; active: number; required: number; missing: string[] } | null;
  auditTrail: { at: Date; event: string; actor: string | null }[]; // e.g. drafted, proposed, adopted, signed, declined
  generatedAt: Date;
}

const MARGIN = 56;
const FOOTER_GAP = 28;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const OBLIQUE = 'Helvetica-Oblique';
const MUTED = '#555555';
const INK = '#111111';

/** Characters outside Latin-1 that WinAnsiEncoding (the encoding of pdfkit's built-in fonts) still has. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * pdfkit's built-in (AFM) fonts write each character as its WinAnsi code; a character outside that set
 * would produce a corrupt glyph code. Keep what WinAnsi can show, drop diacritics it cannot, and replace
 * the rest with '?'.
 */
function winAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (char === '\n' || char === '\t' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) {
      out += char;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue; // control characters
    const stripped = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += [...stripped].every((c) => (c.codePointAt(0) ?? 0) < 0x100 || WIN_ANSI_EXTRA.has(c)) && stripped.length > 0 ? stripped : '?';
  }
  return out;
}

/** UTC, to the minute, ISO 8601: 2024-05-01T12:34Z. */
function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Renders a charter version as an A4 PDF: header and sections, a signatures page, an audit trail page,
 * and "Page x of y" footers. Deterministic for the same input (CreationDate = generatedAt, and pdfkit
 * derives the file ID from the info dictionary).
 */
export function renderCharterPdf(input: CharterPdfInput): Promise<Buffer> {
  const hash = input.contentHash?.trim().toLowerCase() || null;
  const title = `${input.processTitle} — Charter version ${input.versionNumber}`;

  // Text in the page content is written by pdfkit as hex strings of WinAnsi glyph codes, split wherever
  // kerning applies (e.g. "[<5348412d> 50 <323536> 0] TJ"), so the hash is NOT greppable in the page
  // content. The info dictionary, however, is written as literal PDF strings, ASCII verbatim
  // ("(SHA-256: 3fa9...)"), and compress: false leaves it uncompressed. Putting the hash in Subject and
  // Keywords makes `pdf.toString('latin1').includes(contentHash)` true and lets people find it with grep;
  // PDF viewers show it in the document properties. The visible "SHA-256: <hash>" line on the audit trail
  // page is what a reader (and a viewer's text search) finds.
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    compress: false,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: title,
      Author: 'Common Ground',
      Subject: hash ? `SHA-256: ${hash}` : 'SHA-256: not recorded',
      Keywords: hash ? `charter, sha-256, ${hash}` : 'charter',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      writeContent(doc, input, hash);
      writeFooters(doc, input);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

type Doc = InstanceType<typeof PDFDocument>;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function heading(doc: Doc, text: string, size = 14): void {
  // Keep a heading together with at least a couple of lines of what follows it.
  if (doc.y + size * 4 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc
    .moveDown(0.6)
    .font(BOLD)
    .fontSize(size)
    .fillColor(INK)
    .text(winAnsi(text), { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string, options: { font?: string; size?: number; color?: string } = {}): void {
  doc
    .font(options.font ?? FONT)
    .fontSize(options.size ?? 11)
    .fillColor(options.color ?? INK)
    .text(winAnsi(text), { width: contentWidth(doc), lineGap: 2, paragraphGap: 4 });
}

function rule(doc: Doc): void {
  const y = doc.y + 2;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc.y = y + 6;
}

function writeContent(doc: Doc, input: CharterPdfInput, hash: string | null): void {
  // Title page header.
  doc
    .font(BOLD)
    .fontSize(22)
    .fillColor(INK)
    .text(winAnsi(input.processTitle), { width: contentWidth(doc) });
  doc.moveDown(0.2);
  paragraph(doc, input.workspaceName, { size: 12, color: MUTED });
  doc.moveDown(0.6);
  doc
    .font(BOLD)
    .fontSize(16)
    .fillColor(INK)
    .text(`Charter — version ${input.versionNumber}`, { width: contentWidth(doc) });
  doc.moveDown(0.2);
  paragraph(doc, `Status: ${input.status}`, { size: 11 });
  paragraph(doc, input.adoptedAt ? `Adopted: ${utcMinute(input.adoptedAt)} (UTC)` : 'Adopted: not adopted', { size: 11 });
  doc.moveDown(0.4);
  rule(doc);

  for (const section of input.sections) {
    heading(doc, section.label);
    paragraph(doc, section.text);
  }

  heading(doc, 'Consent statement');
  paragraph(doc, input.consentStatement, { font: OBLIQUE });

  writeSignatures(doc, input, hash);
  writeAuditTrail(doc, input, hash);
}

function writeSignatures(doc: Doc, input: CharterPdfInput, hash: string | null): void {
  doc.addPage();
  doc
    .font(BOLD)
    .fontSize(18)
    .fillColor(INK)
    .text('Signatures', { width: contentWidth(doc) });
  doc.moveDown(0.5);

  const signatures = [...input.signatures].sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  const matches = (s: { contentHash: string }) => hash !== null && s.contentHash.trim().toLowerCase() === hash;

  if (signatures.length === 0) {
    paragraph(doc, 'No one has signed this version.', { color: MUTED });
  } else if (input.signatureDisclosure === 'names') {
    paragraph(doc, 'Name — group — signed at (UTC) — hash matches', { font: BOLD, size: 10 });
    rule(doc);
    for (const s of signatures) {
      paragraph(doc, `${s.name} — ${s.group} — ${utcMinute(s.signedAt)} — hash matches: ${matches(s) ? 'yes' : 'no'}`, { size: 10 });
    }
  } else {
    // Off the record: never a name. Groups in order of their first signature, with count and times.
    paragraph(
      doc,
      'Names are withheld: this process runs under a confidentiality regime (Chatham House / off the record), so this record shows only how many people signed for each group and when.',
      { font: OBLIQUE, size: 10, color: MUTED },
    );
    doc.moveDown(0.3);
    paragraph(doc, 'Group — signatures — signed at (UTC)', { font: BOLD, size: 10 });
    rule(doc);
    const byGroup = new Map<string, Date[]>();
    for (const s of signatures) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s.signedAt]);
    for (const [group, times] of byGroup) {
      paragraph(doc, `${group} — ${plural(times.length, 'signature')} — ${times.map(utcMinute).join(', ')}`, { size: 10 });
    }
    doc.moveDown(0.3);
    const matching = signatures.filter(matches).length;
    paragraph(doc, `${matching} of ${plural(signatures.length, 'signature')} were made on exactly this content (hash matches).`, {
      size: 10,
      color: MUTED,
    });
  }

  heading(doc, 'Ratification');
  const r = input.ratification;
  if (!r) {
    paragraph(doc, 'Not in force: no ratification rule applies to this version.');
    return;
  }
  paragraph(doc, r.inForce ? 'In force' : 'Not in force', { font: BOLD });
  paragraph(doc, `${r.signed} of ${r.active} active participants signed; ${r.required} required.`, { size: 10, color: MUTED });
  if (!r.inForce && r.missing.length > 0) {
    paragraph(doc, 'Still missing:', { size: 10 });
    for (const m of r.missing) paragraph(doc, `•  ${m}`, { size: 10 });
  }
}

function writeAuditTrail(doc: Doc, input: CharterPdfInput, hash: string | null): void {
  doc.addPage();
  doc
    .font(BOLD)
    .fontSize(18)
    .fillColor(INK)
    .text('Audit trail', { width: contentWidth(doc) });
  doc.moveDown(0.5);

  const events = [...input.auditTrail].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (events.length === 0) {
    paragraph(doc, 'No events recorded.', { color: MUTED });
  } else {
    paragraph(doc, 'When (UTC) — event — by', { font: BOLD, size: 10 });
    rule(doc);
    for (const e of events) {
      // Under groups_only actors are people too: never print them.
      const actor = e.actor === null ? 'system' : input.signatureDisclosure === 'names' ? e.actor : 'name withheld';
      paragraph(doc, `${utcMinute(e.at)} — ${e.event} — ${actor}`, { size: 10 });
    }
  }

  heading(doc, 'Content hash');
  doc
    .font('Courier')
    .fontSize(9)
    .fillColor(INK)
    .text(`SHA-256: ${hash ?? 'not recorded'}`, { width: contentWidth(doc), lineBreak: true });
  doc.moveDown(0.4);
  paragraph(
    doc,
    'To verify: recompute the SHA-256 of this version’s canonical JSON content and compare it with the hash above; the app’s verify endpoint for this charter version does exactly that.',
    { size: 10, color: MUTED },
  );
  paragraph(doc, `Generated ${utcMinute(input.generatedAt)} (UTC) by Common Ground.`, { size: 9, color: MUTED });
}

function writeFooters(doc: Doc, input: CharterPdfInput): void {
  const range = doc.bufferedPageRange();
  const footerLeft = winAnsi(`${input.workspaceName} — ${input.processTitle} — Charter v${input.versionNumber}`);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin would otherwise add a page
    const y = doc.page.height - MARGIN - 4;
    const width = contentWidth(doc);
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    doc.text(footerLeft, MARGIN, y, { width: width - 90, lineBreak: false, ellipsis: true, height: 10 });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
