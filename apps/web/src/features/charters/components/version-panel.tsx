import { CHARTER_SECTIONS, type CharterSectionKey } from '@common-ground/domain';
import { useCallback, useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import {
  ApiError,
  errorMessage,
  type CharterAmendment,
  type CharterComment,
  type CharterVersion,
  type CharterVersionSummary,
} from '../../../api';
import { ConfirmButton } from '../../../components/dialog';
import { Badge, ErrorState, Loading } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getVersion, listAmendments, listComments, moveVersion, pdfUrl, type VersionMove } from '../api/charters';
import { DraftEditor } from './draft-editor';
import { HashText } from './hash-text';
import { PART_MESSAGES, SECTION_MESSAGES, VERSION_STATUS_MESSAGES, VERSION_STATUS_TONES } from './labels';
import { OpenAmendments } from './open-amendments';
import { SectionDiscussion } from './section-discussion';
import { VerifyHash } from './signature-board';
import type { ProcessRef } from '../../../context/process-ref';

const m = untyped(
  defineMessages({
    headingStatus: { id: 'charters.version.headingStatus', defaultMessage: '{heading} {status}' },
    reloaded: { id: 'charters.version.reloaded', defaultMessage: '{error} The charter has been reloaded; check it and try again.' },
    heading: { id: 'charters.version.heading', defaultMessage: 'Version {number}' },
    statusPrefix: { id: 'charters.version.statusPrefix', defaultMessage: 'Status:' },
    lastChanged: { id: 'charters.version.lastChanged', defaultMessage: 'Last changed {date}' },
    lastChangedAdopted: { id: 'charters.version.lastChangedAdopted', defaultMessage: 'Last changed {date} · adopted {adopted}' },
    contentHash: { id: 'charters.version.contentHash', defaultMessage: 'Content hash:' },
    hashLabel: { id: 'charters.version.hashLabel', defaultMessage: 'version {number}' },
    proposeTitle: { id: 'charters.version.proposeTitle', defaultMessage: 'Propose version {number} for adoption?' },
    proposeMessage: {
      id: 'charters.version.proposeMessage',
      defaultMessage: 'The draft can no longer be edited while it is proposed; its text is fixed by a hash. You can withdraw it.',
    },
    propose: { id: 'charters.version.propose', defaultMessage: 'Propose for adoption' },
    proposed: { id: 'charters.version.proposed', defaultMessage: 'Version {number} is proposed for adoption.' },
    withdrawTitle: { id: 'charters.version.withdrawTitle', defaultMessage: 'Withdraw version {number}?' },
    withdrawMessage: { id: 'charters.version.withdrawMessage', defaultMessage: 'It goes back to being a draft that can be edited.' },
    withdrawConfirm: { id: 'charters.version.withdrawConfirm', defaultMessage: 'Withdraw to draft' },
    withdrawn: { id: 'charters.version.withdrawn', defaultMessage: 'Version {number} is a draft again.' },
    withdraw: { id: 'charters.version.withdraw', defaultMessage: 'Withdraw' },
    adoptTitle: { id: 'charters.version.adoptTitle', defaultMessage: 'Adopt version {number}?' },
    adoptMessage: {
      id: 'charters.version.adoptMessage',
      defaultMessage:
        'Record that the group adopted this text. It replaces the charter in force, if any; signatures of the earlier version do not carry over. This cannot be undone.',
    },
    adoptConfirm: { id: 'charters.version.adoptConfirm', defaultMessage: 'Adopt the charter' },
    adopted: { id: 'charters.version.adopted', defaultMessage: 'Version {number} is adopted. Participants can now sign it.' },
    adopt: { id: 'charters.version.adopt', defaultMessage: 'Adopt' },
    pdf: { id: 'charters.version.pdf', defaultMessage: 'Download PDF<hidden> of version {number}</hidden>' },
    saveFirst: { id: 'charters.version.saveFirst', defaultMessage: 'Save your changes before proposing: only saved text is proposed.' },
    loading: { id: 'charters.version.loading', defaultMessage: 'Loading version {number}…' },
    saved: { id: 'charters.version.saved', defaultMessage: 'Draft saved.' },
    notPart: { id: 'charters.version.notPart', defaultMessage: 'Not part of this version.' },
    alternatesMay: { id: 'charters.version.alternatesMay', defaultMessage: 'Alternates may sign.' },
    alternatesMayNot: { id: 'charters.version.alternatesMayNot', defaultMessage: 'Alternates may not sign.' },
    discussion: { id: 'charters.version.discussion', defaultMessage: 'Comments and amendments by section' },
    commentsFailed: { id: 'charters.version.commentsFailed', defaultMessage: 'Comments could not be loaded' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export interface Permissions {
  draft: boolean;
  adopt: boolean;
  comment: boolean;
  sign: boolean;
}

interface VersionPanelProps {
  processRef: ProcessRef;
  summary: CharterVersionSummary;
  may: Permissions;
  onChanged: (message: string, tone?: 'success' | 'warning') => void;
}

/** One version: its text (or the editor for a draft), its life-cycle buttons and its discussion. */
export function VersionPanel({ processRef, summary, may, onChanged }: VersionPanelProps) {
  const intl = useIntl();
  const fmt = useFormat();
  const version = useResource<CharterVersion>(
    `charter-version:${summary.id}:${String(summary.version)}:${summary.status}`,
    (signal) => getVersion(processRef, summary.id, signal),
    { keepPreviousData: true },
  );
  const discussionKey = `${summary.id}:${String(summary.version)}`;
  const comments = useResource<CharterComment[]>(
    `charter-comments:${discussionKey}`,
    (signal) => listComments(processRef, summary.id, signal),
    {
      keepPreviousData: true,
    },
  );
  const amendments = useResource<CharterAmendment[]>(
    `charter-amendments:${discussionKey}`,
    (signal) => listAmendments(processRef, summary.id, signal),
    { keepPreviousData: true },
  );
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => {
    setDirty(value);
  }, []);

  const data = version.data?.id === summary.id ? version.data : undefined;
  const number = summary.number;
  const label = intl.formatMessage(m.hashLabel, { number });
  const isDraft = summary.status === 'draft';
  const editing = isDraft && may.draft;

  const move = async (kind: VersionMove, done: string) => {
    try {
      await moveVersion(processRef, summary.id, kind, summary.version);
      onChanged(done);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const message = intl.formatMessage(m.reloaded, { error: errorMessage(error) });
        onChanged(message, 'warning');
        throw new Error(message, { cause: error });
      }
      throw error;
    }
  };

  const sectionsOf = (content: CharterVersion['content']) => content.sections as Partial<Record<CharterSectionKey, string>>;

  return (
    <section className="panel" aria-labelledby="version-title">
      <header className="version-header">
        <h2 id="version-title">
          {intl.formatMessage(m.headingStatus, {
            heading: intl.formatMessage(m.heading, { number }),
            status: (
              <Badge tone={VERSION_STATUS_TONES[summary.status]}>
                <span className="visually-hidden">{intl.formatMessage(m.statusPrefix)} </span>
                {intl.formatMessage(VERSION_STATUS_MESSAGES[summary.status])}
              </Badge>
            ),
          })}
        </h2>
        <p className="muted">
          {summary.adoptedAt
            ? intl.formatMessage(m.lastChangedAdopted, {
                date: fmt.dateTime(summary.updatedAt),
                adopted: fmt.dateTime(summary.adoptedAt),
              })
            : intl.formatMessage(m.lastChanged, { date: fmt.dateTime(summary.updatedAt) })}
        </p>
        {summary.contentHash ? (
          <p>
            {intl.formatMessage(m.contentHash)} <HashText hash={summary.contentHash} label={label} />
          </p>
        ) : null}
      </header>

      <div className="button-row">
        {isDraft && may.draft ? (
          <ConfirmButton
            className="button button-primary"
            title={intl.formatMessage(m.proposeTitle, { number })}
            message={<p>{intl.formatMessage(m.proposeMessage)}</p>}
            confirmLabel={intl.formatMessage(m.propose)}
            confirmClassName="button button-primary"
            describeError={errorMessage}
            onConfirm={() => move('propose', intl.formatMessage(m.proposed, { number }))}
          >
            {intl.formatMessage(m.propose)}
          </ConfirmButton>
        ) : null}
        {summary.status === 'proposed' && may.draft ? (
          <ConfirmButton
            className="button"
            title={intl.formatMessage(m.withdrawTitle, { number })}
            message={<p>{intl.formatMessage(m.withdrawMessage)}</p>}
            confirmLabel={intl.formatMessage(m.withdrawConfirm)}
            confirmClassName="button button-primary"
            describeError={errorMessage}
            onConfirm={() => move('withdraw', intl.formatMessage(m.withdrawn, { number }))}
          >
            {intl.formatMessage(m.withdraw)}
          </ConfirmButton>
        ) : null}
        {summary.status === 'proposed' && may.adopt ? (
          <ConfirmButton
            className="button button-primary"
            title={intl.formatMessage(m.adoptTitle, { number })}
            message={<p>{intl.formatMessage(m.adoptMessage)}</p>}
            confirmLabel={intl.formatMessage(m.adoptConfirm)}
            describeError={errorMessage}
            onConfirm={() => move('adopt', intl.formatMessage(m.adopted, { number }))}
          >
            {intl.formatMessage(m.adopt)}
          </ConfirmButton>
        ) : null}
        {summary.status !== 'draft' ? (
          <a className="button" href={pdfUrl(processRef, summary.id)} download>
            <FormattedMessage {...m.pdf} values={{ number, hidden }} />
          </a>
        ) : null}
      </div>
      {isDraft && may.draft && dirty ? <p className="muted">{intl.formatMessage(m.saveFirst)}</p> : null}

      {version.error ? <ErrorState message={errorMessage(version.error)} onRetry={version.reload} /> : null}
      {!data && version.isLoading ? <Loading label={intl.formatMessage(m.loading, { number })} /> : null}

      {data && editing ? (
        <>
          <DraftEditor
            key={`${data.id}:${String(data.version)}`}
            processRef={processRef}
            version={data}
            onSaved={(saved) => {
              version.setData(saved);
              onChanged(intl.formatMessage(m.saved));
            }}
            onDirtyChange={onDirtyChange}
          />
          {amendments.data ? (
            <OpenAmendments
              processRef={processRef}
              amendments={amendments.data}
              editorDirty={dirty}
              onDecided={(_, message) => {
                amendments.reload();
                onChanged(message);
              }}
            />
          ) : null}
        </>
      ) : null}

      {data && !editing ? (
        <div className="charter-text">
          {CHARTER_SECTIONS.map((section) => {
            const text = sectionsOf(data.content)[section.key];
            const sectionLabel = intl.formatMessage(SECTION_MESSAGES[section.key]);
            return (
              <section key={section.key} className="charter-section" aria-labelledby={`section-${section.key}`}>
                <h3 id={`section-${section.key}`}>{sectionLabel}</h3>
                {text?.trim() ? <p className="prose">{text}</p> : <p className="muted">{intl.formatMessage(m.notPart)}</p>}
                {discussion(section.key, sectionLabel, text ?? '')}
              </section>
            );
          })}
          <section className="charter-section" aria-labelledby="section-consent">
            <h3 id="section-consent">{intl.formatMessage(PART_MESSAGES.consentStatement)}</h3>
            <blockquote className="prose quote consent">{data.content.consentStatement}</blockquote>
            <p className="muted">{intl.formatMessage(data.content.alternatesMaySign ? m.alternatesMay : m.alternatesMayNot)}</p>
          </section>
          {summary.contentHash ? <VerifyHash processRef={processRef} version={data} /> : null}
        </div>
      ) : null}

      {data && editing ? (
        <section className="panel-inner" aria-labelledby="discussion-title">
          <h3 id="discussion-title">{intl.formatMessage(m.discussion)}</h3>
          {CHARTER_SECTIONS.map((section) => (
            <div key={section.key}>
              {discussion(section.key, intl.formatMessage(SECTION_MESSAGES[section.key]), sectionsOf(data.content)[section.key] ?? '')}
            </div>
          ))}
        </section>
      ) : null}

      {comments.error || amendments.error ? (
        <ErrorState
          title={intl.formatMessage(m.commentsFailed)}
          message={errorMessage(comments.error ?? amendments.error)}
          onRetry={() => {
            comments.reload();
            amendments.reload();
          }}
        />
      ) : null}
    </section>
  );

  /** A plain function, not a component: the disclosure and its forms keep their state across renders. */
  function discussion(sectionKey: CharterSectionKey, sectionLabel: string, text: string) {
    if (!comments.data || !amendments.data) return null;
    return (
      <SectionDiscussion
        processRef={processRef}
        versionId={summary.id}
        sectionKey={sectionKey}
        sectionLabel={sectionLabel}
        currentText={text}
        comments={comments.data.filter((comment) => comment.sectionKey === sectionKey)}
        amendments={amendments.data.filter((amendment) => amendment.sectionKey === sectionKey)}
        mayComment={may.comment}
        mayAmend={isDraft}
        onCommented={(comment) => {
          comments.setData((items) => [...items, comment]);
        }}
        onAmended={(amendment) => {
          amendments.setData((items) => [...items, amendment]);
        }}
      />
    );
  }
}
