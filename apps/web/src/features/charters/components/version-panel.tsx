import { CHARTER_SECTIONS, type CharterSectionKey } from '@common-ground/domain';
import { useCallback, useState } from 'react';
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
import { VERSION_STATUS_LABELS, VERSION_STATUS_TONES } from './labels';
import { OpenAmendments } from './open-amendments';
import { SectionDiscussion } from './section-discussion';
import { VerifyHash } from './signature-board';
import type { ProcessRef } from '../../../context/process-ref';

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
  const label = `version ${String(summary.number)}`;
  const isDraft = summary.status === 'draft';
  const editing = isDraft && may.draft;

  const move = async (kind: VersionMove, done: string) => {
    try {
      await moveVersion(processRef, summary.id, kind, summary.version);
      onChanged(done);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const message = `${errorMessage(error)} The charter has been reloaded; check it and try again.`;
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
          Version {summary.number}{' '}
          <Badge tone={VERSION_STATUS_TONES[summary.status]}>
            <span className="visually-hidden">Status: </span>
            {VERSION_STATUS_LABELS[summary.status]}
          </Badge>
        </h2>
        <p className="muted">
          Last changed {fmt.dateTime(summary.updatedAt)}
          {summary.adoptedAt ? ` · adopted ${fmt.dateTime(summary.adoptedAt)}` : ''}
        </p>
        {summary.contentHash ? (
          <p>
            Content hash: <HashText hash={summary.contentHash} label={label} />
          </p>
        ) : null}
      </header>

      <div className="button-row">
        {isDraft && may.draft ? (
          <ConfirmButton
            className="button button-primary"
            title={`Propose ${label} for adoption?`}
            message={<p>The draft can no longer be edited while it is proposed; its text is fixed by a hash. You can withdraw it.</p>}
            confirmLabel="Propose for adoption"
            confirmClassName="button button-primary"
            describeError={errorMessage}
            onConfirm={() => move('propose', `Version ${String(summary.number)} is proposed for adoption.`)}
          >
            Propose for adoption
          </ConfirmButton>
        ) : null}
        {summary.status === 'proposed' && may.draft ? (
          <ConfirmButton
            className="button"
            title={`Withdraw ${label}?`}
            message={<p>It goes back to being a draft that can be edited.</p>}
            confirmLabel="Withdraw to draft"
            confirmClassName="button button-primary"
            describeError={errorMessage}
            onConfirm={() => move('withdraw', `Version ${String(summary.number)} is a draft again.`)}
          >
            Withdraw
          </ConfirmButton>
        ) : null}
        {summary.status === 'proposed' && may.adopt ? (
          <ConfirmButton
            className="button button-primary"
            title={`Adopt ${label}?`}
            message={
              <p>
                Record that the group adopted this text. It replaces the charter in force, if any; signatures of the earlier version do not
                carry over. This cannot be undone.
              </p>
            }
            confirmLabel="Adopt the charter"
            describeError={errorMessage}
            onConfirm={() => move('adopt', `Version ${String(summary.number)} is adopted. Participants can now sign it.`)}
          >
            Adopt
          </ConfirmButton>
        ) : null}
        {summary.status !== 'draft' ? (
          <a className="button" href={pdfUrl(processRef, summary.id)} download>
            Download PDF<span className="visually-hidden"> of {label}</span>
          </a>
        ) : null}
      </div>
      {isDraft && may.draft && dirty ? <p className="muted">Save your changes before proposing: only saved text is proposed.</p> : null}

      {version.error ? <ErrorState message={errorMessage(version.error)} onRetry={version.reload} /> : null}
      {!data && version.isLoading ? <Loading label={`Loading ${label}…`} /> : null}

      {data && editing ? (
        <>
          <DraftEditor
            key={`${data.id}:${String(data.version)}`}
            processRef={processRef}
            version={data}
            onSaved={(saved) => {
              version.setData(saved);
              onChanged('Draft saved.');
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
            return (
              <section key={section.key} className="charter-section" aria-labelledby={`section-${section.key}`}>
                <h3 id={`section-${section.key}`}>{section.label}</h3>
                {text?.trim() ? <p className="prose">{text}</p> : <p className="muted">Not part of this version.</p>}
                {discussion(section.key, section.label, text ?? '')}
              </section>
            );
          })}
          <section className="charter-section" aria-labelledby="section-consent">
            <h3 id="section-consent">Consent statement</h3>
            <blockquote className="prose quote consent">{data.content.consentStatement}</blockquote>
            <p className="muted">{data.content.alternatesMaySign ? 'Alternates may sign.' : 'Alternates may not sign.'}</p>
          </section>
          {summary.contentHash ? <VerifyHash processRef={processRef} version={data} /> : null}
        </div>
      ) : null}

      {data && editing ? (
        <section className="panel-inner" aria-labelledby="discussion-title">
          <h3 id="discussion-title">Comments and amendments by section</h3>
          {CHARTER_SECTIONS.map((section) => (
            <div key={section.key}>{discussion(section.key, section.label, sectionsOf(data.content)[section.key] ?? '')}</div>
          ))}
        </section>
      ) : null}

      {comments.error || amendments.error ? (
        <ErrorState
          title="Comments could not be loaded"
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
