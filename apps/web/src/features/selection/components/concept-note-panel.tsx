import { CONCEPT_NOTE_MAX } from '@common-ground/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { defineMessages, type IntlShape, useIntl } from 'react-intl';
import { type ConceptNote, type ConceptNoteVersion, type ConceptNoteVersionList, errorMessage } from '../../../api';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { EmptyState, ErrorState, Loading } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getConceptNote, getConceptNoteVersion, listConceptNoteVersions, saveConceptNote } from '../api/selection';
import { Markdown } from './markdown';
import { VersionConflict } from './version-conflict';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import type { Formatters } from '../../../lib/format';

const m = untyped(
  defineMessages({
    byline: { id: 'selection.conceptNote.byline', defaultMessage: 'Version {number}, saved by {name} on {date}' },
    title: { id: 'selection.conceptNote.title', defaultMessage: 'Concept note' },
    intro: {
      id: 'selection.conceptNote.intro',
      defaultMessage: 'The key points of the analyses, the preliminary purpose and objectives, and the initiators’ intentions and role.',
    },
    loading: { id: 'selection.conceptNote.loading', defaultMessage: 'Loading the concept note…' },
    latest: { id: 'selection.conceptNote.latest', defaultMessage: 'Latest version of the concept note' },
    none: { id: 'selection.conceptNote.none', defaultMessage: 'No concept note yet' },
    edit: { id: 'selection.conceptNote.edit', defaultMessage: 'Edit the concept note' },
    write: { id: 'selection.conceptNote.write', defaultMessage: 'Write the concept note' },
    saved: { id: 'selection.conceptNote.saved', defaultMessage: 'Saved as version {number}.' },
    hint: {
      id: 'selection.conceptNote.hint',
      defaultMessage: 'Markdown: # for headings, **bold**, - for lists. Saving keeps the earlier versions.',
    },
    missing: { id: 'selection.conceptNote.missing', defaultMessage: 'Write the concept note.' },
    tooLong: { id: 'selection.conceptNote.tooLong', defaultMessage: 'Use at most {max} characters.' },
    preview: { id: 'selection.conceptNote.preview', defaultMessage: 'Preview' },
    nothing: { id: 'selection.conceptNote.nothing', defaultMessage: 'Nothing to preview yet.' },
    save: { id: 'selection.conceptNote.save', defaultMessage: 'Save as a new version' },
    cancel: { id: 'selection.conceptNote.cancel', defaultMessage: 'Cancel' },
    earlier: { id: 'selection.conceptNote.earlier', defaultMessage: 'Earlier versions' },
    versions: { id: 'selection.conceptNote.versions', defaultMessage: 'Versions of the concept note' },
    loadingVersions: { id: 'selection.conceptNote.loadingVersions', defaultMessage: 'Loading versions…' },
    hide: { id: 'selection.conceptNote.hide', defaultMessage: 'Hide version {number}' },
    show: { id: 'selection.conceptNote.show', defaultMessage: 'Show version {number}' },
    older: { id: 'selection.conceptNote.older', defaultMessage: 'Older versions' },
    loadingVersion: { id: 'selection.conceptNote.loadingVersion', defaultMessage: 'Loading version {number}…' },
  }),
);

const byline = (intl: IntlShape, version: Pick<ConceptNoteVersion, 'number' | 'author' | 'createdAt'>, fmt: Formatters) =>
  intl.formatMessage(m.byline, { number: version.number, name: version.author.displayName, date: fmt.dateTime(version.createdAt) });

/** The concept note (Lesson 11 §3 "Formulating the idea"): Markdown, each save a new version, older versions readable. */
export function ConceptNotePanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const fmt = useFormat();
  const note = useResource<ConceptNote>(`concept-note:${processRef.processId}`, (signal) => getConceptNote(processRef, signal));
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const latest = note.data?.latest ?? null;

  return (
    <section className="panel" aria-labelledby="concept-note-title">
      <h2 id="concept-note-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={note} loading={intl.formatMessage(m.loading)} />
      {note.data && !editing ? (
        <>
          {latest ? (
            <article className="concept-note" aria-label={intl.formatMessage(m.latest)}>
              <p className="muted">{byline(intl, latest, fmt)}</p>
              <Markdown>{latest.body}</Markdown>
            </article>
          ) : (
            <EmptyState title={intl.formatMessage(m.none)} />
          )}
          {mayManage ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setStatus('');
                  setEditing(true);
                }}
              >
                {intl.formatMessage(latest ? m.edit : m.write)}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      {note.data && editing ? (
        <ConceptNoteEditor
          processRef={processRef}
          latest={latest}
          onSaved={(saved) => {
            note.setData({ latest: saved });
            setEditing(false);
            setStatus(intl.formatMessage(m.saved, { number: saved.number }));
          }}
          onCancel={() => {
            setEditing(false);
          }}
          onReload={note.reload}
        />
      ) : null}
      {latest && latest.number > 1 ? <VersionHistory key={latest.number} processRef={processRef} /> : null}
    </section>
  );
}

function ConceptNoteEditor({
  processRef,
  latest,
  onSaved,
  onCancel,
  onReload,
}: {
  processRef: ProcessRef;
  latest: ConceptNoteVersion | null;
  onSaved: (version: ConceptNoteVersion) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const intl = useIntl();
  const [conflict, setConflict] = useState(false);
  const { form, submit, formErrors } = useCgForm<{ body: string }>({
    defaultValues: { body: latest?.body ?? '' },
    fields: ['body'],
    onConflict: () => {
      setConflict(true);
    },
    onSubmit: async (values) => {
      setConflict(false);
      onSaved(await saveConceptNote(processRef, values.body, latest?.number ?? 0));
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const body = useWatch({ control, name: 'body' });

  return (
    <form noValidate className="form" aria-labelledby="concept-note-title" onSubmit={(event) => void submit(event)}>
      {conflict ? <VersionConflict document="conceptNote" onReload={onReload} /> : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.title)}
        hint={intl.formatMessage(m.hint)}
        rows={14}
        required
        error={errors.body?.message}
        {...register('body', {
          validate: (value) =>
            !value.trim()
              ? intl.formatMessage(m.missing)
              : value.length > CONCEPT_NOTE_MAX
                ? intl.formatMessage(m.tooLong, { max: CONCEPT_NOTE_MAX })
                : true,
        })}
      />
      <details className="inline-details">
        <summary>{intl.formatMessage(m.preview)}</summary>
        {body.trim() ? <Markdown>{body}</Markdown> : <p className="muted">{intl.formatMessage(m.nothing)}</p>}
      </details>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </form>
  );
}

/** Older versions, newest first, a page at a time; each opens in place. */
function VersionHistory({ processRef }: { processRef: ProcessRef }) {
  const intl = useIntl();
  const [pages, setPages] = useState<(number | null)[]>([null]);
  const [shown, setShown] = useState<number | null>(null);
  return (
    <details className="inline-details">
      <summary>{intl.formatMessage(m.earlier)}</summary>
      <ul className="rows" aria-label={intl.formatMessage(m.versions)}>
        {pages.map((before, index) => (
          <VersionPage
            key={String(before)}
            processRef={processRef}
            before={before}
            last={index === pages.length - 1}
            shown={shown}
            onShow={setShown}
            onMore={(next) => {
              setPages((list) => [...list, next]);
            }}
          />
        ))}
      </ul>
    </details>
  );
}

function VersionPage({
  processRef,
  before,
  last,
  shown,
  onShow,
  onMore,
}: {
  processRef: ProcessRef;
  before: number | null;
  /** Only the last page offers the next one. */
  last: boolean;
  shown: number | null;
  onShow: (number: number | null) => void;
  onMore: (before: number) => void;
}) {
  const intl = useIntl();
  const fmt = useFormat();
  const page = useResource<ConceptNoteVersionList>(`concept-note-versions:${processRef.processId}:${String(before)}`, (signal) =>
    listConceptNoteVersions(processRef, before, signal),
  );
  if (page.error)
    return (
      <li>
        <ErrorState message={errorMessage(page.error)} onRetry={page.reload} />
      </li>
    );
  if (!page.data)
    return (
      <li>
        <Loading label={intl.formatMessage(m.loadingVersions)} />
      </li>
    );
  const next = page.data.nextBefore;
  return (
    <>
      {page.data.items.map((version) => (
        <li key={version.number} className="row row-block">
          <div className="row-main">
            <p className="row-title">{byline(intl, version, fmt)}</p>
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={shown === version.number}
              onClick={() => {
                onShow(shown === version.number ? null : version.number);
              }}
            >
              {intl.formatMessage(shown === version.number ? m.hide : m.show, { number: version.number })}
            </button>
            {shown === version.number ? <VersionBody processRef={processRef} number={version.number} /> : null}
          </div>
        </li>
      ))}
      {next !== null && last ? (
        <li>
          <button
            type="button"
            className="button load-more"
            onClick={() => {
              onMore(next);
            }}
          >
            {intl.formatMessage(m.older)}
          </button>
        </li>
      ) : null}
    </>
  );
}

function VersionBody({ processRef, number }: { processRef: ProcessRef; number: number }) {
  const intl = useIntl();
  const version = useResource<ConceptNoteVersion>(`concept-note-version:${processRef.processId}:${String(number)}`, (signal) =>
    getConceptNoteVersion(processRef, number, signal),
  );
  if (version.error || !version.data) return <ResourceView resource={version} loading={intl.formatMessage(m.loadingVersion, { number })} />;
  return <Markdown>{version.data.body}</Markdown>;
}
