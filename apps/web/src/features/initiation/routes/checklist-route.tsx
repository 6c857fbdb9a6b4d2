import { KEY_QUESTION_NOTES_MAX, PARTICIPANT_KEY_QUESTIONS, PARTICIPATION_STANCES, type ParticipationStance } from '@common-ground/domain';
import { useId, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
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
import { PARTICIPANT_QUESTION_MESSAGES } from '../components/labels';
import { untyped } from '../../../i18n/untyped';
import { PARTICIPATION_STANCE_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    sharedLine: { id: 'initiation.myChecklist.sharedLine', defaultMessage: '{shared} {answered}' },
    notShown: { id: 'initiation.myChecklist.notShown', defaultMessage: 'The checklist is for the participants of a stakeholder group.' },
    titleOf: { id: 'initiation.myChecklist.titleOf', defaultMessage: 'Our checklist: {group}' },
    title: { id: 'initiation.myChecklist.title', defaultMessage: 'Our checklist' },
    intro: {
      id: 'initiation.myChecklist.intro',
      defaultMessage:
        'Before joining, weigh what the process means for your organisation. Your group’s answers are visible to your group’s participants only, and to the conveners and facilitators if you choose to share them.',
    },
    loading: { id: 'initiation.myChecklist.loading', defaultMessage: 'Loading your group’s checklist…' },
    noGroup: { id: 'initiation.myChecklist.noGroup', defaultMessage: 'You represent no stakeholder group yet' },
    noGroupHint: {
      id: 'initiation.myChecklist.noGroupHint',
      defaultMessage: 'Ask the convener to record which group you represent; your group’s checklist will then appear here.',
    },
    shared: { id: 'initiation.myChecklist.shared', defaultMessage: 'Shared with the conveners' },
    notShared: { id: 'initiation.myChecklist.notShared', defaultMessage: 'Not shared' },
    answered: { id: 'initiation.myChecklist.answered', defaultMessage: '{answered} of {total} questions answered' },
    savedShared: {
      id: 'initiation.myChecklist.savedShared',
      defaultMessage: 'Your group’s checklist was saved and is shared with the conveners.',
    },
    savedNotShared: { id: 'initiation.myChecklist.savedNotShared', defaultMessage: 'Your group’s checklist was saved. It is not shared.' },
    what: { id: 'initiation.myChecklist.what', defaultMessage: 'your group’s checklist' },
    tooLong: { id: 'initiation.myChecklist.tooLong', defaultMessage: 'Use at most {max} characters.' },
    stance: { id: 'initiation.myChecklist.stance', defaultMessage: 'Where does your organisation stand?' },
    share: { id: 'initiation.myChecklist.share', defaultMessage: 'Share our answers with the conveners and facilitators' },
    shareHint: {
      id: 'initiation.myChecklist.shareHint',
      defaultMessage: 'They see the answers as your group’s, without the name of who wrote them. You can stop sharing at any time.',
    },
    save: { id: 'initiation.myChecklist.save', defaultMessage: 'Save our checklist' },
  }),
);

type Values = Record<string, string | boolean>;

/**
 * `/w/:workspaceId/p/:processId/checklist`: the key questions for potential participants, answered by the
 * participant's stakeholder group for itself and shared with the conveners only if the group chooses to.
 */
export function ChecklistRoute() {
  const intl = useIntl();
  const { process, allowed } = useProcessOutlet();
  const processRef = processRefOf(process);
  const mayRead = allowed('initiation.myChecklist.view');
  const checklist = useResource<MyChecklist>(mayRead ? `my-checklist:${process.id}` : null, (signal) => getMyChecklist(processRef, signal));
  const [status, setStatus] = useState('');
  const data = checklist.data;
  const mayEdit = allowed('initiation.checklist.fill');

  if (!mayRead) return <p className="panel">{intl.formatMessage(messages.notShown)}</p>;

  return (
    <section className="panel" aria-labelledby="my-checklist-title">
      <h2 id="my-checklist-title">
        {data?.group ? intl.formatMessage(messages.titleOf, { group: data.group.name }) : intl.formatMessage(messages.title)}
      </h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={checklist} loading={intl.formatMessage(messages.loading)} />
      {data && !data.group ? (
        <EmptyState title={intl.formatMessage(messages.noGroup)}>
          <p>{intl.formatMessage(messages.noGroupHint)}</p>
        </EmptyState>
      ) : null}
      {data?.group ? (
        <p>
          {intl.formatMessage(messages.sharedLine, {
            shared: (
              <Badge tone={data.sharedWithConveners ? 'accent' : 'muted'}>
                {intl.formatMessage(data.sharedWithConveners ? messages.shared : messages.notShared)}
              </Badge>
            ),
            answered: (
              <span className="muted">
                {intl.formatMessage(messages.answered, { answered: data.answered, total: PARTICIPANT_KEY_QUESTIONS.length })}
              </span>
            ),
          })}
        </p>
      ) : null}
      {data?.group && mayEdit ? (
        <ChecklistForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            checklist.setData(saved);
            setStatus(intl.formatMessage(saved.sharedWithConveners ? messages.savedShared : messages.savedNotShared));
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
  const intl = useIntl();
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
        <ConflictNotice
          what={intl.formatMessage(messages.what)}
          busy={isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      {PARTICIPANT_KEY_QUESTIONS.map((question) => (
        <TextAreaField
          key={question.id}
          label={intl.formatMessage(PARTICIPANT_QUESTION_MESSAGES[question.id].question)}
          hint={intl.formatMessage(PARTICIPANT_QUESTION_MESSAGES[question.id].help)}
          rows={3}
          error={errors[notesField(question.id)]?.message}
          {...register(notesField(question.id), {
            validate: (value) =>
              typeof value === 'string' && value.length > KEY_QUESTION_NOTES_MAX
                ? intl.formatMessage(messages.tooLong, { max: String(KEY_QUESTION_NOTES_MAX) })
                : true,
          })}
        />
      ))}
      <SelectField
        label={intl.formatMessage(messages.stance)}
        options={PARTICIPATION_STANCES.map((stance) => ({
          value: stance,
          label: intl.formatMessage(PARTICIPATION_STANCE_MESSAGES[stance]),
        }))}
        error={errors.stance?.message}
        {...register('stance')}
      />
      <Checkbox label={intl.formatMessage(messages.share)} aria-describedby={shareHintId} {...register('sharedWithConveners')} />
      <p className="field-hint" id={shareHintId}>
        {intl.formatMessage(messages.shareHint)}
      </p>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(messages.save)}</SubmitButton>
      </div>
    </form>
  );
}
