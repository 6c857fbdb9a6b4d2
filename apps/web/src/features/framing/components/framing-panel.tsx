import { FRAMING_LIMITS } from '@common-ground/domain';
import { useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { useForm, useWatch } from 'react-hook-form';
import { ApiError, applyFieldErrors, errorMessage, type Framing, type ProblemStatementVersion, type Vision } from '../../../api';
import { ConfirmButton, Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { useResource, type Resource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import {
  addVision,
  agreeProblemStatement,
  getFraming,
  getProblemVersion,
  removeVision,
  saveProblemStatement,
  updateVision,
} from '../api/framing';
import { AgreedBadge } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

const m = untyped(
  defineMessages({
    versionAgreed: { id: 'framing.problem.versionAgreed', defaultMessage: '{version} {agreed}' },
    agreedEdited: { id: 'framing.visions.agreedEdited', defaultMessage: '{agreed} {edited}' },
    title: { id: 'framing.panel.title', defaultMessage: 'Framing and vision' },
    intro: {
      id: 'framing.panel.intro',
      defaultMessage: 'The problem as the group defines it together, and what it would ideally achieve, seen from each perspective.',
    },
    loading: { id: 'framing.panel.loading', defaultMessage: 'Loading the framing…' },
    problemTitle: { id: 'framing.problem.title', defaultMessage: 'Problem statement' },
    versionBy: { id: 'framing.problem.versionBy', defaultMessage: 'Version {number} by {name}, {date}' },
    none: { id: 'framing.problem.none', defaultMessage: 'No problem statement yet' },
    writeIt: {
      id: 'framing.problem.writeIt',
      defaultMessage: 'Write the problem as the group formulated it; each save keeps a version.',
    },
    facilitatorRecords: {
      id: 'framing.problem.facilitatorRecords',
      defaultMessage: 'The facilitator records it once the group has framed the issue.',
    },
    revise: { id: 'framing.problem.revise', defaultMessage: 'Revise the problem statement' },
    write: { id: 'framing.problem.write', defaultMessage: 'Write the problem statement' },
    saved: { id: 'framing.problem.saved', defaultMessage: 'Version {number} of the problem statement was saved.' },
    agreedRecorded: { id: 'framing.problem.agreedRecorded', defaultMessage: 'Version {number} is recorded as agreed.' },
    agreementCleared: { id: 'framing.problem.agreementCleared', defaultMessage: 'The agreement was cleared.' },
    conflict: {
      id: 'framing.problem.conflict',
      defaultMessage: 'Someone saved a newer version meanwhile; it is shown above. Your text is kept here: compare, then save again.',
    },
    hint: {
      id: 'framing.problem.hint',
      defaultMessage: 'Saving keeps the earlier wording as a version; a new version is not agreed until the group agrees it.',
    },
    required: { id: 'framing.problem.required', defaultMessage: 'Write the problem statement.' },
    tooLong: { id: 'framing.problem.tooLong', defaultMessage: 'This text is too long.' },
    cancel: { id: 'framing.problem.cancel', defaultMessage: 'Cancel' },
    saveVersion: { id: 'framing.problem.saveVersion', defaultMessage: 'Save as a new version' },
    newerSaved: { id: 'framing.agreement.newerSaved', defaultMessage: 'A newer version was saved meanwhile; the page has been reloaded.' },
    agreementForm: { id: 'framing.agreement.form', defaultMessage: 'Agreement of the problem statement' },
    agreedOnLabel: { id: 'framing.agreement.agreedOn', defaultMessage: 'Version {number} agreed on' },
    agreedOnRequired: { id: 'framing.agreement.agreedOnRequired', defaultMessage: 'Give the day the group agreed it.' },
    record: { id: 'framing.agreement.record', defaultMessage: 'Record agreement' },
    clear: { id: 'framing.agreement.clear', defaultMessage: 'Clear agreement' },
    history: {
      id: 'framing.history.summary',
      defaultMessage: 'Version history ({count, plural, one {# version} other {# versions}})',
    },
    historyList: { id: 'framing.history.list', defaultMessage: 'Versions of the problem statement' },
    historyBy: { id: 'framing.history.by', defaultMessage: 'Version {number} by {name}' },
    toggleText: {
      id: 'framing.history.toggle',
      defaultMessage: '{shown, select, yes {Hide} other {Show}} the full text<hidden> of version {number}</hidden>',
    },
    visionsTitle: { id: 'framing.visions.title', defaultMessage: 'Visions' },
    visionsIntro: {
      id: 'framing.visions.intro',
      defaultMessage: 'Each stakeholder perspective describes the ideal in concrete terms, then the group agrees a joint vision.',
    },
    noVision: { id: 'framing.visions.none', defaultMessage: 'No vision recorded yet' },
    list: { id: 'framing.visions.list', defaultMessage: 'Visions' },
    joint: { id: 'framing.visions.joint', defaultMessage: 'Joint vision' },
    fromPerspective: { id: 'framing.visions.fromPerspective', defaultMessage: 'From the perspective of {perspective}' },
    lastEdited: { id: 'framing.visions.lastEdited', defaultMessage: 'Last edited by {name}, {date}' },
    edit: { id: 'framing.visions.edit', defaultMessage: 'Edit' },
    theJoint: { id: 'framing.visions.theJoint', defaultMessage: 'the joint vision' },
    theVisionOf: { id: 'framing.visions.theVisionOf', defaultMessage: 'the vision of {perspective}' },
    removeTitle: { id: 'framing.visions.removeTitle', defaultMessage: 'Remove this vision?' },
    removeMessage: { id: 'framing.visions.removeMessage', defaultMessage: 'The statement is deleted; this cannot be undone.' },
    remove: { id: 'framing.visions.remove', defaultMessage: 'Remove' },
    removeLabel: { id: 'framing.visions.removeLabel', defaultMessage: 'Remove {what}' },
    removed: { id: 'framing.visions.removed', defaultMessage: 'The vision was removed.' },
    noVisionFrom: { id: 'framing.visions.noVisionFrom', defaultMessage: 'No vision yet from: {groups}.' },
    jointRecorded: { id: 'framing.visions.jointRecorded', defaultMessage: 'The joint vision was recorded.' },
    visionRecorded: { id: 'framing.visions.recorded', defaultMessage: 'The vision of {perspective} was recorded.' },
    visionSaved: { id: 'framing.visions.saved', defaultMessage: 'The vision was saved.' },
    visionConflict: {
      id: 'framing.visions.conflict',
      defaultMessage: 'Someone changed this vision meanwhile; the page has been reloaded. Edit it again.',
    },
    choose: { id: 'framing.addVision.choose', defaultMessage: 'Choose…' },
    another: { id: 'framing.addVision.another', defaultMessage: 'Another perspective (name it)' },
    theJointOption: { id: 'framing.addVision.theJoint', defaultMessage: 'The joint vision' },
    addTitle: { id: 'framing.addVision.title', defaultMessage: 'Record a vision' },
    whose: { id: 'framing.addVision.whose', defaultMessage: 'Whose vision' },
    whoseRequired: { id: 'framing.addVision.whoseRequired', defaultMessage: 'Choose the perspective.' },
    perspectiveName: { id: 'framing.addVision.perspectiveName', defaultMessage: 'Name of the perspective' },
    perspectiveRequired: { id: 'framing.addVision.perspectiveRequired', defaultMessage: 'Name the perspective.' },
    vision: { id: 'framing.addVision.vision', defaultMessage: 'Vision' },
    visionHint: {
      id: 'framing.addVision.visionHint',
      defaultMessage: 'What would the ideal situation look like, concretely, from this perspective?',
    },
    visionRequired: { id: 'framing.addVision.visionRequired', defaultMessage: 'Write the vision.' },
    agreedOnOptional: { id: 'framing.addVision.agreedOnOptional', defaultMessage: 'Agreed on (optional)' },
    recordSubmit: { id: 'framing.addVision.submit', defaultMessage: 'Record the vision' },
    editJoint: { id: 'framing.editVision.joint', defaultMessage: 'Edit the joint vision' },
    editOf: { id: 'framing.editVision.of', defaultMessage: 'Edit the vision of {perspective}' },
    agreedOn: { id: 'framing.editVision.agreedOn', defaultMessage: 'Agreed on' },
    agreedOnHint: {
      id: 'framing.editVision.agreedOnHint',
      defaultMessage:
        'Changing the words ends an earlier agreement unless you record the day the group agreed the new words. Empty: not agreed.',
    },
    saveVision: { id: 'framing.editVision.save', defaultMessage: 'Save the vision' },
  }),
);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

interface PanelProps {
  processRef: ProcessRef;
  mayManage: boolean;
}

/** Framing the issue (Lesson 11 §5): the shared problem statement and the visions, per perspective and joint. */
export function FramingPanel({ processRef, mayManage }: PanelProps) {
  const framing = useResource<Framing>(`framing:${processRef.processId}`, (signal) => getFraming(processRef, signal));
  const [status, setStatus] = useState('');
  const intl = useIntl();
  return (
    <section className="panel" aria-labelledby="framing-title">
      <h2 id="framing-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={framing} loading={intl.formatMessage(m.loading)} />
      {framing.data ? (
        <>
          <ProblemStatement processRef={processRef} framing={framing} data={framing.data} mayManage={mayManage} onStatus={setStatus} />
          <Visions processRef={processRef} framing={framing} data={framing.data} mayManage={mayManage} onStatus={setStatus} />
        </>
      ) : null}
    </section>
  );
}

interface SectionProps extends PanelProps {
  framing: Resource<Framing>;
  data: Framing;
  onStatus: (message: string) => void;
}

function ProblemStatement({ processRef, framing, data, mayManage, onStatus }: SectionProps) {
  const fmt = useFormat();
  const current = data.problemStatement;
  const [editing, setEditing] = useState(false);
  const intl = useIntl();
  return (
    <div className="stack">
      <h3 id="problem-title">{intl.formatMessage(m.problemTitle)}</h3>
      {current ? (
        <>
          <blockquote className="quote problem-text">{current.text}</blockquote>
          <p className="muted">
            {intl.formatMessage(m.versionAgreed, {
              version: intl.formatMessage(m.versionBy, {
                number: current.number,
                name: current.author.displayName,
                date: fmt.dateTime(current.createdAt),
              }),
              agreed: <AgreedBadge agreedOn={current.agreedOn} />,
            })}
          </p>
        </>
      ) : (
        <EmptyState title={intl.formatMessage(m.none)}>
          <p>{intl.formatMessage(mayManage ? m.writeIt : m.facilitatorRecords)}</p>
        </EmptyState>
      )}
      {mayManage && !editing ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              setEditing(true);
            }}
          >
            {intl.formatMessage(current ? m.revise : m.write)}
          </button>
        </div>
      ) : null}
      {mayManage && editing ? (
        <ProblemForm
          processRef={processRef}
          current={current}
          onConflict={framing.reload}
          onCancel={() => {
            setEditing(false);
          }}
          onSaved={(saved) => {
            setEditing(false);
            framing.reload();
            onStatus(intl.formatMessage(m.saved, { number: saved.number }));
          }}
        />
      ) : null}
      {mayManage && current ? (
        <AgreementForm
          processRef={processRef}
          current={current}
          onSaved={(saved) => {
            framing.reload();
            onStatus(
              saved.agreedOn ? intl.formatMessage(m.agreedRecorded, { number: saved.number }) : intl.formatMessage(m.agreementCleared),
            );
          }}
          onConflict={framing.reload}
        />
      ) : null}
      {data.history.length > 0 ? <ProblemHistory processRef={processRef} history={data.history} /> : null}
    </div>
  );
}

function ProblemForm({
  processRef,
  current,
  onSaved,
  onCancel,
  onConflict,
}: {
  processRef: ProcessRef;
  current: ProblemStatementVersion | null;
  onSaved: (saved: ProblemStatementVersion) => void;
  onCancel: () => void;
  onConflict: () => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ text: string }>({
    defaultValues: { text: current?.text ?? '' },
    fields: ['text'],
    onConflict: () => {
      // Keep the person's words in the form; the page now shows the newer version to compare with.
      onConflict();
      return intl.formatMessage(m.conflict);
    },
    onSubmit: async ({ text }) => {
      onSaved(await saveProblemStatement(processRef, text.trim(), current?.number ?? 0));
    },
  });
  return (
    <form noValidate className="form subform" onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.problemTitle)}
        hint={intl.formatMessage(m.hint)}
        required
        rows={6}
        error={form.formState.errors.text?.message}
        {...form.register('text', {
          validate: (value) =>
            !value.trim()
              ? intl.formatMessage(m.required)
              : value.length > FRAMING_LIMITS.problemStatementMax
                ? intl.formatMessage(m.tooLong)
                : true,
        })}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(m.cancel)}
        </button>
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.saveVersion)}</SubmitButton>
      </div>
    </form>
  );
}

function AgreementForm({
  processRef,
  current,
  onSaved,
  onConflict,
}: {
  processRef: ProcessRef;
  current: ProblemStatementVersion;
  onSaved: (saved: ProblemStatementVersion) => void;
  onConflict: () => void;
}) {
  const intl = useIntl();
  const fmt = useFormat();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<{ agreedOn: string }>({ values: { agreedOn: current.agreedOn ?? fmt.today() } });
  const save = async (agreedOn: string | null) => {
    setFormErrors([]);
    try {
      onSaved(await agreeProblemStatement(processRef, current.number, agreedOn));
    } catch (caught) {
      if (caught instanceof ApiError && caught.isVersionConflict) {
        onConflict();
        setFormErrors([intl.formatMessage(m.newerSaved)]);
        return;
      }
      setFormErrors(applyFieldErrors(caught, form.setError, ['agreedOn']));
    }
  };
  const submit = form.handleSubmit(({ agreedOn }) => save(agreedOn));
  return (
    <form noValidate className="form form-inline" onSubmit={(event) => void submit(event)} aria-label={intl.formatMessage(m.agreementForm)}>
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(m.agreedOnLabel, { number: current.number })}
        type="date"
        required
        error={form.formState.errors.agreedOn?.message}
        {...form.register('agreedOn', { required: intl.formatMessage(m.agreedOnRequired) })}
      />
      <SubmitButton busy={form.formState.isSubmitting} className="button">
        {intl.formatMessage(m.record)}
      </SubmitButton>
      {current.agreedOn ? (
        <button type="button" className="button button-quiet" onClick={() => void save(null)}>
          {intl.formatMessage(m.clear)}
        </button>
      ) : null}
    </form>
  );
}

function ProblemHistory({ processRef, history }: { processRef: ProcessRef; history: Framing['history'] }) {
  const intl = useIntl();
  const fmt = useFormat();
  const [shown, setShown] = useState<number | null>(null);
  const version = useResource<ProblemStatementVersion>(
    shown === null ? null : `problem:${processRef.processId}:${String(shown)}`,
    (signal) => getProblemVersion(processRef, shown ?? 0, signal),
  );
  return (
    <details className="inline-details">
      <summary>{intl.formatMessage(m.history, { count: history.length })}</summary>
      <ol className="rows" aria-label={intl.formatMessage(m.historyList)}>
        {history.map((item) => (
          <li key={item.number} className="row row-block">
            <div className="row-main">
              <span className="row-title">{intl.formatMessage(m.historyBy, { number: item.number, name: item.author.displayName })}</span>
              <span className="muted">
                {fmt.dateTime(item.createdAt)} <AgreedBadge agreedOn={item.agreedOn} />
              </span>
              {shown === item.number && version.data ? (
                <blockquote className="quote">{version.data.text}</blockquote>
              ) : (
                <span className="muted">{item.excerpt}</span>
              )}
              {shown === item.number && version.error ? <p className="field-error">{errorMessage(version.error)}</p> : null}
            </div>
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                aria-expanded={shown === item.number}
                onClick={() => {
                  setShown(shown === item.number ? null : item.number);
                }}
              >
                {intl.formatMessage(m.toggleText, { shown: shown === item.number ? 'yes' : 'no', number: item.number, hidden })}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}

const JOINT = 'joint';
const OTHER = 'other';

function Visions({ processRef, framing, data, mayManage, onStatus }: SectionProps) {
  const fmt = useFormat();
  const [editing, setEditing] = useState<Vision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hasJoint = data.visions.some((vision) => vision.kind === 'joint');
  const intl = useIntl();
  const whose = (vision: Vision) =>
    vision.kind === 'joint' ? intl.formatMessage(m.theJoint) : intl.formatMessage(m.theVisionOf, { perspective: vision.perspective ?? '' });
  return (
    <div className="stack subform">
      <h3 id="visions-title">{intl.formatMessage(m.visionsTitle)}</h3>
      <p className="muted">{intl.formatMessage(m.visionsIntro)}</p>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {data.visions.length === 0 ? <EmptyState title={intl.formatMessage(m.noVision)} /> : null}
      {data.visions.length > 0 ? (
        <ul className="rows" aria-label={intl.formatMessage(m.list)}>
          {data.visions.map((vision) => (
            <li key={vision.id} className={vision.kind === 'joint' ? 'row row-block vision vision-joint' : 'row row-block vision'}>
              <div className="row-main">
                <span className="row-title">
                  {vision.kind === 'joint'
                    ? intl.formatMessage(m.joint)
                    : intl.formatMessage(m.fromPerspective, { perspective: vision.perspective ?? '' })}
                </span>
                <p className="vision-text">{vision.text}</p>
                <span className="muted">
                  {intl.formatMessage(m.agreedEdited, {
                    agreed: <AgreedBadge agreedOn={vision.agreedOn} />,
                    edited: intl.formatMessage(m.lastEdited, { name: vision.updatedBy.displayName, date: fmt.dateTime(vision.updatedAt) }),
                  })}
                </span>
              </div>
              {mayManage ? (
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-haspopup="dialog"
                    onClick={() => {
                      setEditing(vision);
                    }}
                  >
                    {intl.formatMessage(m.edit)}
                    <span className="visually-hidden"> {whose(vision)}</span>
                  </button>
                  <ConfirmButton
                    className="button button-small button-danger-quiet"
                    title={intl.formatMessage(m.removeTitle)}
                    message={intl.formatMessage(m.removeMessage)}
                    confirmLabel={intl.formatMessage(m.remove)}
                    aria-label={intl.formatMessage(m.removeLabel, { what: whose(vision) })}
                    describeError={errorMessage}
                    onConfirm={async () => {
                      setError(null);
                      await removeVision(processRef, vision.id);
                      framing.reload();
                      onStatus(intl.formatMessage(m.removed));
                    }}
                  >
                    {intl.formatMessage(m.remove)}
                  </ConfirmButton>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {data.groupsWithoutVision.length > 0 ? (
        <p className="muted">
          {intl.formatMessage(m.noVisionFrom, {
            groups: intl.formatList(
              data.groupsWithoutVision.map((group) => group.name),
              { type: 'unit', style: 'short' },
            ),
          })}
        </p>
      ) : null}
      {mayManage ? (
        <AddVisionForm
          processRef={processRef}
          data={data}
          hasJoint={hasJoint}
          onAdded={(vision) => {
            framing.reload();
            onStatus(
              vision.kind === 'joint'
                ? intl.formatMessage(m.jointRecorded)
                : intl.formatMessage(m.visionRecorded, { perspective: vision.perspective ?? '' }),
            );
          }}
        />
      ) : null}
      {editing ? (
        <EditVisionDialog
          processRef={processRef}
          vision={editing}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={() => {
            setEditing(null);
            framing.reload();
            onStatus(intl.formatMessage(m.visionSaved));
          }}
          onConflict={() => {
            setEditing(null);
            framing.reload();
            setError(intl.formatMessage(m.visionConflict));
          }}
        />
      ) : null}
    </div>
  );
}

interface AddVisionValues {
  perspective: string;
  label: string;
  text: string;
  agreedOn: string;
}

function AddVisionForm({
  processRef,
  data,
  hasJoint,
  onAdded,
}: {
  processRef: ProcessRef;
  data: Framing;
  hasJoint: boolean;
  onAdded: (vision: Vision) => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<AddVisionValues>({
    defaultValues: { perspective: '', label: '', text: '', agreedOn: '' },
    fields: ['text', 'agreedOn'],
    aliases: { perspective: 'label', stakeholderGroupId: 'perspective', kind: 'perspective' },
    onSubmit: async (values) => {
      const perspective =
        values.perspective === JOINT
          ? { kind: 'joint' as const }
          : values.perspective === OTHER
            ? { kind: 'perspective' as const, perspective: values.label.trim() }
            : { kind: 'perspective' as const, stakeholderGroupId: values.perspective.slice('group:'.length) };
      const vision = await addVision(processRef, {
        ...perspective,
        text: values.text.trim(),
        ...(values.agreedOn ? { agreedOn: values.agreedOn } : {}),
      });
      form.reset();
      onAdded(vision);
    },
  });
  const choice = useWatch({ control: form.control, name: 'perspective' });
  const options = [
    { value: '', label: intl.formatMessage(m.choose) },
    ...data.groupsWithoutVision.map((group) => ({ value: `group:${group.id}`, label: group.name })),
    { value: OTHER, label: intl.formatMessage(m.another) },
    ...(hasJoint ? [] : [{ value: JOINT, label: intl.formatMessage(m.theJointOption) }]),
  ];
  return (
    <form noValidate className="form subform" onSubmit={(event) => void submit(event)} aria-labelledby="add-vision-title">
      <h4 id="add-vision-title">{intl.formatMessage(m.addTitle)}</h4>
      <FormAlert messages={formErrors} />
      <SelectField
        label={intl.formatMessage(m.whose)}
        required
        options={options}
        error={form.formState.errors.perspective?.message}
        {...form.register('perspective', { required: intl.formatMessage(m.whoseRequired) })}
      />
      {choice === OTHER ? (
        <TextField
          label={intl.formatMessage(m.perspectiveName)}
          required
          maxLength={FRAMING_LIMITS.perspectiveMax}
          error={form.formState.errors.label?.message}
          {...form.register('label', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.perspectiveRequired)) })}
        />
      ) : null}
      <TextAreaField
        label={intl.formatMessage(m.vision)}
        hint={intl.formatMessage(m.visionHint)}
        required
        rows={4}
        error={form.formState.errors.text?.message}
        {...form.register('text', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.visionRequired)) })}
      />
      <TextField
        label={intl.formatMessage(m.agreedOnOptional)}
        type="date"
        error={form.formState.errors.agreedOn?.message}
        {...form.register('agreedOn')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.recordSubmit)}</SubmitButton>
      </div>
    </form>
  );
}

function EditVisionDialog({
  processRef,
  vision,
  onClose,
  onSaved,
  onConflict,
}: {
  processRef: ProcessRef;
  vision: Vision;
  onClose: () => void;
  onSaved: () => void;
  onConflict: () => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<{ text: string; agreedOn: string }>({
    defaultValues: { text: vision.text, agreedOn: vision.agreedOn ?? '' },
    fields: ['text', 'agreedOn'],
    onConflict: () => {
      onConflict();
    },
    onSubmit: async (values) => {
      // The date goes along only when it was touched: new words otherwise end the earlier agreement.
      const agreedOn = form.formState.dirtyFields.agreedOn ? { agreedOn: values.agreedOn || null } : {};
      await updateVision(processRef, vision.id, { text: values.text.trim(), version: vision.version, ...agreedOn });
      onSaved();
    },
  });
  return (
    <Dialog
      open
      onClose={onClose}
      title={
        vision.kind === 'joint' ? intl.formatMessage(m.editJoint) : intl.formatMessage(m.editOf, { perspective: vision.perspective ?? '' })
      }
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label={intl.formatMessage(m.vision)}
          required
          rows={5}
          error={form.formState.errors.text?.message}
          {...form.register('text', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.visionRequired)) })}
        />
        <TextField
          label={intl.formatMessage(m.agreedOn)}
          type="date"
          hint={intl.formatMessage(m.agreedOnHint)}
          error={form.formState.errors.agreedOn?.message}
          {...form.register('agreedOn')}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.saveVision)}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
