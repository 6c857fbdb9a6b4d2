import {
  KEY_QUESTION_NOTES_MAX,
  PARTICIPANT_KEY_QUESTIONS,
  PARTICIPATION_STANCE_LABELS,
  PARTICIPATION_STANCES,
  type ParticipationStance,
} from '@common-ground/domain';
import { useId, useState } from 'react';
import { Checkbox, FormAlert, SelectField, SubmitButton, TextAreaField } from '../../../components/fields';
import { Badge, EmptyState } from '../../../components/states';
import { useProcessOutlet } from '../../../context/process-context';
import { useResource } from '../../../hooks/use-resource';
import { getMyChecklist, saveMyChecklist } from '../api/initiation';
import type { MyChecklist } from '../api/types';
import { SavedStamp } from '../components/document-form';
import { ChecklistAnswers } from '../components/shared-checklists';
import { type ProcessRef, processRefOf } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

const STANCE_OPTIONS = PARTICIPATION_STANCES.map((stance) => ({ value: stance, label: PARTICIPATION_STANCE_LABELS[stance] }));

type Values = Record<string, string | boolean>;

/**
 * `/w/:workspaceId/p/:processId/checklist`: the key questions for potential participants, answered by the
 * participant's stakeholder group for itself and shared with the conveners only if the group chooses to.
 */
export function ChecklistRoute() {
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const mayRead = allowed('initiation.myChecklist.view');
  const checklist = useResource<MyChecklist>(mayRead ? `my-checklist:${process.id}` : null, (signal) => getMyChecklist(processRef, signal));
  const [status, setStatus] = useState('');
  const data = checklist.data;
  const mayEdit = allowed('initiation.checklist.fill');

  if (!mayRead) return <p className="panel">The checklist is for the participants of a stakeholder group.</p>;

  return (
    <section className="panel" aria-labelledby="my-checklist-title">
      <h2 id="my-checklist-title">{data?.group ? `Our checklist: ${data.group.name}` : 'Our checklist'}</h2>
      <p className="muted">
        Before joining, weigh what the process means for your organisation. Your group’s answers are visible to your group’s participants
        only, and to the conveners and facilitators if you choose to share them.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={checklist} loading="Loading your group’s checklist…" />
      {data && !data.group ? (
        <EmptyState title="You represent no stakeholder group yet">
          <p>Ask the convener to record which group you represent; your group’s checklist will then appear here.</p>
        </EmptyState>
      ) : null}
      {data?.group ? (
        <p>
          <Badge tone={data.sharedWithConveners ? 'accent' : 'muted'}>
            {data.sharedWithConveners ? 'Shared with the conveners' : 'Not shared'}
          </Badge>{' '}
          <span className="muted">
            {data.answered} of {PARTICIPANT_KEY_QUESTIONS.length} questions answered
          </span>
        </p>
      ) : null}
      {data?.group && mayEdit ? (
        <ChecklistForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            checklist.setData(saved);
            setStatus(
              saved.sharedWithConveners
                ? 'Your group’s checklist was saved and is shared with the conveners.'
                : 'Your group’s checklist was saved. It is not shared.',
            );
          }}
        />
      ) : null}
      {data?.group && !mayEdit ? <ChecklistAnswers answers={data.answers} /> : null}
    </section>
  );
}

const notesField = (id: string) => `${id}-notes`;

function ChecklistForm({
  processRef,
  data,
  onSaved,
}: {
  processRef: ProcessRef;
  data: MyChecklist;
  onSaved: (saved: MyChecklist) => void;
}) {
  const aliases = Object.fromEntries(
    PARTICIPANT_KEY_QUESTIONS.map((question, index) => [`answers.${String(index)}.notes`, notesField(question.id)]),
  );
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<Values, MyChecklist>({
    defaultValues: {
      ...Object.fromEntries(data.answers.map((answer) => [notesField(answer.questionId), answer.notes])),
      stance: data.stance,
      sharedWithConveners: data.sharedWithConveners,
    },
    fields: ['stance', 'sharedWithConveners'],
    aliases,
    conflict: { parse: versioned<MyChecklist>, onTakeTheirs: onSaved },
    onSubmit: async (values, { over }) => {
      onSaved(
        await saveMyChecklist(processRef, {
          answers: PARTICIPANT_KEY_QUESTIONS.map((question) => ({
            questionId: question.id,
            notes: String(values[notesField(question.id)] ?? '').trim(),
          })),
          stance: values.stance as ParticipationStance,
          sharedWithConveners: values.sharedWithConveners === true,
          version: (over ?? data).version,
        }),
      );
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const shareHintId = useId();

  return (
    <form noValidate className="form" aria-labelledby="my-checklist-title" onSubmit={(event) => void submit(event)}>
      <SavedStamp updatedAt={data.updatedAt} updatedBy={data.updatedBy} />
      {conflict ? (
        <ConflictNotice what="your group’s checklist" busy={isSubmitting} onKeepMine={() => void keepMine()} onTakeTheirs={takeTheirs} />
      ) : null}
      <FormAlert messages={formErrors} />
      {PARTICIPANT_KEY_QUESTIONS.map((question) => (
        <TextAreaField
          key={question.id}
          label={question.question}
          hint={question.help}
          rows={3}
          error={errors[notesField(question.id)]?.message}
          {...register(notesField(question.id), {
            validate: (value) =>
              typeof value === 'string' && value.length > KEY_QUESTION_NOTES_MAX
                ? `Use at most ${String(KEY_QUESTION_NOTES_MAX)} characters.`
                : true,
          })}
        />
      ))}
      <SelectField
        label="Where does your organisation stand?"
        options={STANCE_OPTIONS}
        error={errors.stance?.message}
        {...register('stance')}
      />
      <Checkbox
        label="Share our answers with the conveners and facilitators"
        aria-describedby={shareHintId}
        {...register('sharedWithConveners')}
      />
      <p className="field-hint" id={shareHintId}>
        They see the answers as your group’s, without the name of who wrote them. You can stop sharing at any time.
      </p>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save our checklist</SubmitButton>
      </div>
    </form>
  );
}
