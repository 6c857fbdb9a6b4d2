import { type CharterSectionKey, type CharterVersionStatus, type Locale, localeDirection } from '@common-ground/domain';
import type { Translate } from '../documents/document-messages';
import { html, SafeHtml } from '../documents/html';
import type { PrintJob } from '../documents/pdf-printer';

/** A line of the charter's audit trail, in words the document translates. */
export type CharterEvent = { kind: 'signed' } | { kind: 'declined' } | { kind: 'version'; action: string; number: number };

/**
 * Everything the charter document shows, free of language: the caller resolves names, groups and the
 * ratification state; this module lays them out in the process's language.
 */
export interface CharterDocumentInput {
  locale: Locale;
  /** The process's IANA time zone: every time is shown in it, labelled. */
  timeZone: string;
  processTitle: string;
  workspaceName: string;
  versionNumber: number;
  status: CharterVersionStatus;
  adoptedAt: Date | null;
  contentHash: string | null; // SHA-256 hex of the canonical content
  sections: { key: CharterSectionKey; text: string }[]; // in order, only the present ones
  /** The active participants' names, from the participant list (never printed under groups_only). */
  participants: string[];
  consentStatement: string;
  /** 'names': signer names and groups; 'groups_only': no names, only the group of each signer (Chatham House / off the record) */
  signatureDisclosure: 'names' | 'groups_only';
  /** group: the stakeholder group signed for; null: a participant without one. */
  signatures: { name: string; group: string | null; signedAt: Date; contentHash: string }[];
  ratification: { inForce: boolean; signed: number; active: number; required: number; missingGroups: string[] } | null;
  auditTrail: { at: Date; event: CharterEvent; actor: string | null }[];
  generatedAt: Date;
}

const EVENT_MESSAGES: Record<string, string> = {
  drafted: 'documents.charter.eventDrafted',
  proposed: 'documents.charter.eventProposed',
  withdrawn: 'documents.charter.eventWithdrawn',
  adopted: 'documents.charter.eventAdopted',
  superseded: 'documents.charter.eventSuperseded',
};

/** Noto from Debian's fonts-noto-core covers Latin and Arabic (Naskh for text); the first family that has a glyph draws it. */
function fontStack(locale: Locale): string {
  const families = locale === 'ar' ? ['Noto Naskh Arabic', 'Noto Sans'] : ['Noto Sans', 'Noto Naskh Arabic'];
  return [...families.map((family) => `'${family}'`), "'DejaVu Sans'", 'sans-serif'].join(', ');
}

/** A date and time in the process's zone, with the zone's name ("2 May 2024, 12:00 GMT+3"); UTC if the zone is unknown. */
function dateFormatter(locale: Locale, timeZone: string): (date: Date) => string {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  }
  return (date) => format.format(date);
}

/** Text people typed, set inside a translated sentence: isolated so its direction cannot reorder the sentence around it. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Blank lines separate paragraphs; single line breaks stay (white-space: pre-line). */
function paragraphs(text: string, className?: string): SafeHtml[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => html`<p dir="auto" ${className ? html` class="${className}"` : ''}>${part}</p>`);
}

const STYLE = `
  @page { size: A4; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { margin: 0; color: #111; font-size: 10.5pt; line-height: 1.55; }
  h1 { font-size: 21pt; line-height: 1.25; margin: 0 0 2pt; }
  .workspace { color: #555; font-size: 12pt; margin: 0 0 12pt; }
  h2 { font-size: 16pt; margin: 0 0 6pt; }
  h3 { font-size: 12.5pt; margin: 14pt 0 3pt; break-after: avoid; }
  p { margin: 0 0 6pt; white-space: pre-line; }
  .meta p { margin: 0; }
  .muted { color: #555; }
  .small { font-size: 9pt; }
  .consent { font-style: italic; }
  .rule { border: 0; border-top: 0.5pt solid #999; margin: 10pt 0; }
  .page { break-before: page; }
  table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 4pt 0 8pt; }
  th { text-align: start; font-weight: bold; border-bottom: 0.5pt solid #999; }
  th, td { padding-block: 3pt; padding-inline-end: 10pt; vertical-align: top; }
  tr { break-inside: avoid; }
  ul { margin: 0 0 6pt; padding-inline-start: 16pt; }
  .hash { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', monospace; font-size: 9pt; direction: ltr; unicode-bidi: isolate; }
  .in-force { font-weight: bold; }
`;

/** The charter as a printable HTML document in its process's language, and its page footer. */
export function charterDocument(input: CharterDocumentInput, t: Translate): PrintJob & { title: string } {
  const { locale } = input;
  const dir = localeDirection(locale);
  const when = dateFormatter(locale, input.timeZone);
  const hash = input.contentHash?.trim().toLowerCase() || null;
  const title = t('documents.charter.title', { process: isolate(input.processTitle), number: input.versionNumber });

  const body = html`
    <header>
      <h1 dir="auto">${input.processTitle}</h1>
      <p class="workspace" dir="auto">${input.workspaceName}</p>
      <h2>${t('documents.charter.heading', { number: input.versionNumber })}</h2>
      <div class="meta">
        <p>${t('documents.charter.status', { status: input.status })}</p>
        <p>${input.adoptedAt ? t('documents.charter.adoptedAt', { date: when(input.adoptedAt) }) : t('documents.charter.notAdopted')}</p>
        <p class="muted small">${t('documents.charter.timesIn', { timeZone: input.timeZone })}</p>
      </div>
      <hr class="rule" />
    </header>
    <main>
      ${input.sections.map(
        (section) =>
          html`<section>
            <h3>${t(`documents.charter.section.${section.key}`)}</h3>
            ${paragraphs(section.text)}
          </section>`,
      )}
      <section>
        <h3>${t('documents.charter.participants')}</h3>
        ${participantList(input, t)}
      </section>
      <section>
        <h3>${t('documents.charter.consentStatement')}</h3>
        ${paragraphs(input.consentStatement, 'consent')}
      </section>
      ${signaturesPage(input, t, when, hash)} ${auditPage(input, t, when, hash)}
    </main>
  `;

  const page = html`<!doctype html>
    <html lang="${locale}" dir="${dir}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${new SafeHtml(`${STYLE} body { font-family: ${fontStack(locale)}; }`)}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html>`;

  return { title, html: page.value, footerHtml: footer(input, t) };
}

function participantList(input: CharterDocumentInput, t: Translate): SafeHtml {
  if (input.participants.length === 0) return html`<p>${t('documents.charter.noParticipants')}</p>`;
  if (input.signatureDisclosure === 'groups_only')
    return html`<p>${t('documents.charter.participantsWithheld', { count: input.participants.length })}</p>`;
  return html`<p dir="auto">${input.participants.join('\n')}</p>`;
}

function signaturesPage(input: CharterDocumentInput, t: Translate, when: (date: Date) => string, hash: string | null): SafeHtml {
  const signatures = [...input.signatures].sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  const matches = (s: { contentHash: string }) => hash !== null && s.contentHash.trim().toLowerCase() === hash;
  const groupOf = (s: { group: string | null }) => s.group ?? t('documents.role.participant');

  let list: SafeHtml;
  if (signatures.length === 0) {
    list = html`<p class="muted">${t('documents.charter.noSignatures')}</p>`;
  } else if (input.signatureDisclosure === 'names') {
    list = html`<table>
      <thead>
        <tr>
          <th>${t('documents.charter.columnName')}</th>
          <th>${t('documents.charter.columnGroup')}</th>
          <th>${t('documents.charter.columnSignedAt')}</th>
          <th>${t('documents.charter.columnHashMatches')}</th>
        </tr>
      </thead>
      <tbody>
        ${signatures.map(
          (s) =>
            html`<tr>
              <td><bdi>${s.name}</bdi></td>
              <td><bdi>${groupOf(s)}</bdi></td>
              <td>${when(s.signedAt)}</td>
              <td>${matches(s) ? t('documents.charter.yes') : t('documents.charter.no')}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  } else {
    // Off the record: never a name. Groups in order of their first signature, with count and times.
    const byGroup = new Map<string, Date[]>();
    for (const s of signatures) byGroup.set(groupOf(s), [...(byGroup.get(groupOf(s)) ?? []), s.signedAt]);
    list = html`<p class="muted small">${t('documents.charter.namesWithheld')}</p>
      <table>
        <thead>
          <tr>
            <th>${t('documents.charter.columnGroup')}</th>
            <th>${t('documents.charter.columnSignatures')}</th>
            <th>${t('documents.charter.columnSignedAt')}</th>
          </tr>
        </thead>
        <tbody>
          ${[...byGroup].map(
            ([group, times]) =>
              html`<tr>
                <td><bdi>${group}</bdi></td>
                <td>${t('documents.charter.signatureCount', { count: times.length })}</td>
                <td>${times.map((time, index) => html`${index > 0 ? html`<br />` : ''}${when(time)}`)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="muted small">
        ${t('documents.charter.matchingSignatures', { matching: signatures.filter(matches).length, total: signatures.length })}
      </p>`;
  }

  return html`<section class="page">
    <h2>${t('documents.charter.signatures')}</h2>
    ${list}
    <h3>${t('documents.charter.ratification')}</h3>
    ${ratification(input, t)}
  </section>`;
}

function ratification(input: CharterDocumentInput, t: Translate): SafeHtml {
  const r = input.ratification;
  if (!r) return html`<p>${t('documents.charter.noRule')}</p>`;
  const missing = [
    ...(r.active === 0 ? [t('documents.charter.missingNoParticipants')] : []),
    ...(r.signed < r.required ? [t('documents.charter.missingSignatures', { count: r.required - r.signed })] : []),
    ...r.missingGroups.map((group) => t('documents.charter.missingGroup', { group: isolate(group) })),
  ];
  return html`<p class="in-force">${r.inForce ? t('documents.charter.inForce') : t('documents.charter.notInForce')}</p>
    <p class="muted small">${t('documents.charter.ratificationCounts', { signed: r.signed, active: r.active, required: r.required })}</p>
    ${
      !r.inForce && missing.length > 0
        ? html`<p class="small">${t('documents.charter.stillMissing')}</p>
            <ul class="small">
              ${missing.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : ''
    }`;
}

function eventLabel(event: CharterEvent, t: Translate): string {
  switch (event.kind) {
    case 'signed':
      return t('documents.charter.eventSigned');
    case 'declined':
      return t('documents.charter.eventDeclined');
    case 'version':
      return t(EVENT_MESSAGES[event.action] ?? 'documents.charter.eventChanged', { number: event.number });
  }
}

function auditPage(input: CharterDocumentInput, t: Translate, when: (date: Date) => string, hash: string | null): SafeHtml {
  const events = [...input.auditTrail].sort((a, b) => a.at.getTime() - b.at.getTime());
  // Under groups_only actors are people too: never print them.
  const actorOf = (actor: string | null) =>
    actor === null
      ? t('documents.charter.actorSystem')
      : input.signatureDisclosure === 'names'
        ? actor
        : t('documents.charter.actorWithheld');
  return html`<section class="page">
    <h2>${t('documents.charter.auditTrail')}</h2>
    ${
      events.length === 0
        ? html`<p class="muted">${t('documents.charter.noEvents')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th>${t('documents.charter.columnWhen')}</th>
                <th>${t('documents.charter.columnEvent')}</th>
                <th>${t('documents.charter.columnBy')}</th>
              </tr>
            </thead>
            <tbody>
              ${events.map(
                (e) =>
                  html`<tr>
                    <td>${when(e.at)}</td>
                    <td>${eventLabel(e.event, t)}</td>
                    <td><bdi>${actorOf(e.actor)}</bdi></td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h3>${t('documents.charter.contentHash')}</h3>
    <p><span class="hash" dir="ltr">SHA-256: ${hash ?? t('documents.charter.hashNotRecorded')}</span></p>
    <p class="muted small">${t('documents.charter.verify')}</p>
    <p class="muted small">${t('documents.charter.generated', { date: when(input.generatedAt) })}</p>
  </section>`;
}

/** Chromium's footer is a separate small document: it needs its own direction, font and size. */
function footer(input: CharterDocumentInput, t: Translate): string {
  // The page numbers are Chromium's spans; the message's words around them are escaped.
  const [before, between, after] = t('documents.charter.page', { page: '\u0000', total: '\u0000' }).split('\u0000');
  const pages = html`${before}<span class="pageNumber"></span>${between}<span class="totalPages"></span>${after}`;
  const label = t('documents.charter.footer', {
    workspace: isolate(input.workspaceName),
    process: isolate(input.processTitle),
    number: input.versionNumber,
  });
  return html`<div
    lang="${input.locale}"
    dir="${localeDirection(input.locale)}"
    style="width: 100%; margin: 0 20mm; display: flex; justify-content: space-between; gap: 12pt; font-family: ${fontStack(
      input.locale,
    )}; font-size: 8pt; color: #555;"
  >
    <span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${label}</span>
    <span style="white-space: nowrap;">${pages}</span>
  </div>`.value;
}
