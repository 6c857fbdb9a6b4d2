import { CONCEPT_NOTE_MAX } from '@common-ground/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
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
import type { Formatters } from '../../../lib/format';

const byline = (version: Pick<ConceptNoteVersion, 'number' | 'author' | 'createdAt'>, fmt: Formatters) =>
  `Version ${String(version.number)}, saved by ${version.author.displayName} on ${fmt.dateTime(version.createdAt)}`;

/** The concept note (Lesson 11 §3 "Formulating the idea"): Markdown, each save a new version, older versions readable. */
export function ConceptNotePanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const fmt = useFormat();
  const note = useResource<ConceptNote>(`concept-note:${processRef.processId}`, (signal) => getConceptNote(processRef, signal));
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const latest = note.data?.latest ?? null;

  return (
    <section className="panel" aria-labelledby="concept-note-title">
      <h2 id="concept-note-title">Concept note</h2>
      <p className="muted">
        The key points of the analyses, the preliminary purpose and objectives, and the initiators’ intentions and role.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={note} loading="Loading the concept note…" />
      {note.data && !editing ? (
        <>
          {latest ? (
            <article className="concept-note" aria-label="Latest version of the concept note">
              <p className="muted">{byline(latest, fmt)}</p>
              <Markdown>{latest.body}</Markdown>
            </article>
          ) : (
            <EmptyState title="No concept note yet" />
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
                {latest ? 'Edit the concept note' : 'Write the concept note'}
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
            setStatus(`Saved as version ${String(saved.number)}.`);
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
      {conflict ? <VersionConflict what="a newer version of the concept note" onReload={onReload} /> : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="Concept note"
        hint="Markdown: # for headings, **bold**, - for lists. Saving keeps the earlier versions."
        rows={14}
        required
        error={errors.body?.message}
        {...register('body', {
          validate: (value) =>
            !value.trim()
              ? 'Write the concept note.'
              : value.length > CONCEPT_NOTE_MAX
                ? `Use at most ${String(CONCEPT_NOTE_MAX)} characters.`
                : true,
        })}
      />
      <details className="inline-details">
        <summary>Preview</summary>
        {body.trim() ? <Markdown>{body}</Markdown> : <p className="muted">Nothing to preview yet.</p>}
      </details>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save as a new version</SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Older versions, newest first, a page at a time; each opens in place. */
function VersionHistory({ processRef }: { processRef: ProcessRef }) {
  const [pages, setPages] = useState<(number | null)[]>([null]);
  const [shown, setShown] = useState<number | null>(null);
  return (
    <details className="inline-details">
      <summary>Earlier versions</summary>
      <ul className="rows" aria-label="Versions of the concept note">
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
        <Loading label="Loading versions…" />
      </li>
    );
  const next = page.data.nextBefore;
  return (
    <>
      {page.data.items.map((version) => (
        <li key={version.number} className="row row-block">
          <div className="row-main">
            <p className="row-title">{byline(version, fmt)}</p>
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={shown === version.number}
              onClick={() => {
                onShow(shown === version.number ? null : version.number);
              }}
            >
              {shown === version.number ? `Hide version ${String(version.number)}` : `Show version ${String(version.number)}`}
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
            Older versions
          </button>
        </li>
      ) : null}
    </>
  );
}

function VersionBody({ processRef, number }: { processRef: ProcessRef; number: number }) {
  const version = useResource<ConceptNoteVersion>(`concept-note-version:${processRef.processId}:${String(number)}`, (signal) =>
    getConceptNoteVersion(processRef, number, signal),
  );
  if (version.error || !version.data) return <ResourceView resource={version} loading={`Loading version ${String(number)}…`} />;
  return <Markdown>{version.data.body}</Markdown>;
}
