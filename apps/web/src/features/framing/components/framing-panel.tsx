import { FRAMING_LIMITS } from '@common-ground/domain';
import { useState } from 'react';
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

interface PanelProps {
  processRef: ProcessRef;
  mayManage: boolean;
}

/** Framing the issue (Lesson 11 §5): the shared problem statement and the visions, per perspective and joint. */
export function FramingPanel({ processRef, mayManage }: PanelProps) {
  const framing = useResource<Framing>(`framing:${processRef.processId}`, (signal) => getFraming(processRef, signal));
  const [status, setStatus] = useState('');
  return (
    <section className="panel" aria-labelledby="framing-title">
      <h2 id="framing-title">Framing and vision</h2>
      <p className="muted">The problem as the group defines it together, and what it would ideally achieve, seen from each perspective.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={framing} loading="Loading the framing…" />
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
  return (
    <div className="stack">
      <h3 id="problem-title">Problem statement</h3>
      {current ? (
        <>
          <blockquote className="quote problem-text">{current.text}</blockquote>
          <p className="muted">
            Version {current.number} by {current.author.displayName}, {fmt.dateTime(current.createdAt)}{' '}
            <AgreedBadge agreedOn={current.agreedOn} />
          </p>
        </>
      ) : (
        <EmptyState title="No problem statement yet">
          <p>
            {mayManage
              ? 'Write the problem as the group formulated it; each save keeps a version.'
              : 'The facilitator records it once the group has framed the issue.'}
          </p>
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
            {current ? 'Revise the problem statement' : 'Write the problem statement'}
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
            onStatus(`Version ${String(saved.number)} of the problem statement was saved.`);
          }}
        />
      ) : null}
      {mayManage && current ? (
        <AgreementForm
          processRef={processRef}
          current={current}
          onSaved={(saved) => {
            framing.reload();
            onStatus(saved.agreedOn ? `Version ${String(saved.number)} is recorded as agreed.` : 'The agreement was cleared.');
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
  const { form, submit, formErrors } = useCgForm<{ text: string }>({
    defaultValues: { text: current?.text ?? '' },
    fields: ['text'],
    onConflict: () => {
      // Keep the person's words in the form; the page now shows the newer version to compare with.
      onConflict();
      return 'Someone saved a newer version meanwhile; it is shown above. Your text is kept here: compare, then save again.';
    },
    onSubmit: async ({ text }) => {
      onSaved(await saveProblemStatement(processRef, text.trim(), current?.number ?? 0));
    },
  });
  return (
    <form noValidate className="form subform" onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="Problem statement"
        hint="Saving keeps the earlier wording as a version; a new version is not agreed until the group agrees it."
        required
        rows={6}
        error={form.formState.errors.text?.message}
        {...form.register('text', {
          validate: (value) =>
            !value.trim()
              ? 'Write the problem statement.'
              : value.length > FRAMING_LIMITS.problemStatementMax
                ? 'This text is too long.'
                : true,
        })}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <SubmitButton busy={form.formState.isSubmitting}>Save as a new version</SubmitButton>
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
        setFormErrors(['A newer version was saved meanwhile; the page has been reloaded.']);
        return;
      }
      setFormErrors(applyFieldErrors(caught, form.setError, ['agreedOn']));
    }
  };
  const submit = form.handleSubmit(({ agreedOn }) => save(agreedOn));
  return (
    <form noValidate className="form form-inline" onSubmit={(event) => void submit(event)} aria-label="Agreement of the problem statement">
      <FormAlert messages={formErrors} />
      <TextField
        label={`Version ${String(current.number)} agreed on`}
        type="date"
        required
        error={form.formState.errors.agreedOn?.message}
        {...form.register('agreedOn', { required: 'Give the day the group agreed it.' })}
      />
      <SubmitButton busy={form.formState.isSubmitting} className="button">
        Record agreement
      </SubmitButton>
      {current.agreedOn ? (
        <button type="button" className="button button-quiet" onClick={() => void save(null)}>
          Clear agreement
        </button>
      ) : null}
    </form>
  );
}

function ProblemHistory({ processRef, history }: { processRef: ProcessRef; history: Framing['history'] }) {
  const fmt = useFormat();
  const [shown, setShown] = useState<number | null>(null);
  const version = useResource<ProblemStatementVersion>(
    shown === null ? null : `problem:${processRef.processId}:${String(shown)}`,
    (signal) => getProblemVersion(processRef, shown ?? 0, signal),
  );
  return (
    <details className="inline-details">
      <summary>
        Version history ({history.length} version{history.length === 1 ? '' : 's'})
      </summary>
      <ol className="rows" aria-label="Versions of the problem statement">
        {history.map((item) => (
          <li key={item.number} className="row row-block">
            <div className="row-main">
              <span className="row-title">
                Version {item.number} by {item.author.displayName}
              </span>
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
                {shown === item.number ? 'Hide' : 'Show'} the full text<span className="visually-hidden"> of version {item.number}</span>
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
  return (
    <div className="stack subform">
      <h3 id="visions-title">Visions</h3>
      <p className="muted">Each stakeholder perspective describes the ideal in concrete terms, then the group agrees a joint vision.</p>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {data.visions.length === 0 ? <EmptyState title="No vision recorded yet" /> : null}
      {data.visions.length > 0 ? (
        <ul className="rows" aria-label="Visions">
          {data.visions.map((vision) => (
            <li key={vision.id} className={vision.kind === 'joint' ? 'row row-block vision vision-joint' : 'row row-block vision'}>
              <div className="row-main">
                <span className="row-title">
                  {vision.kind === 'joint' ? 'Joint vision' : `From the perspective of ${vision.perspective ?? ''}`}
                </span>
                <p className="vision-text">{vision.text}</p>
                <span className="muted">
                  <AgreedBadge agreedOn={vision.agreedOn} /> Last edited by {vision.updatedBy.displayName}, {fmt.dateTime(vision.updatedAt)}
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
                    Edit
                    <span className="visually-hidden">
                      {' '}
                      {vision.kind === 'joint' ? 'the joint vision' : `the vision of ${vision.perspective ?? ''}`}
                    </span>
                  </button>
                  <ConfirmButton
                    className="button button-small button-danger-quiet"
                    title="Remove this vision?"
                    message="The statement is deleted; this cannot be undone."
                    confirmLabel="Remove"
                    aria-label={`Remove ${vision.kind === 'joint' ? 'the joint vision' : `the vision of ${vision.perspective ?? ''}`}`}
                    describeError={errorMessage}
                    onConfirm={async () => {
                      setError(null);
                      await removeVision(processRef, vision.id);
                      framing.reload();
                      onStatus('The vision was removed.');
                    }}
                  >
                    Remove
                  </ConfirmButton>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {data.groupsWithoutVision.length > 0 ? (
        <p className="muted">No vision yet from: {data.groupsWithoutVision.map((group) => group.name).join(', ')}.</p>
      ) : null}
      {mayManage ? (
        <AddVisionForm
          processRef={processRef}
          data={data}
          hasJoint={hasJoint}
          onAdded={(vision) => {
            framing.reload();
            onStatus(
              vision.kind === 'joint' ? 'The joint vision was recorded.' : `The vision of ${vision.perspective ?? ''} was recorded.`,
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
            onStatus('The vision was saved.');
          }}
          onConflict={() => {
            setEditing(null);
            framing.reload();
            setError('Someone changed this vision meanwhile; the page has been reloaded. Edit it again.');
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
    { value: '', label: 'Choose…' },
    ...data.groupsWithoutVision.map((group) => ({ value: `group:${group.id}`, label: group.name })),
    { value: OTHER, label: 'Another perspective (name it)' },
    ...(hasJoint ? [] : [{ value: JOINT, label: 'The joint vision' }]),
  ];
  return (
    <form noValidate className="form subform" onSubmit={(event) => void submit(event)} aria-labelledby="add-vision-title">
      <h4 id="add-vision-title">Record a vision</h4>
      <FormAlert messages={formErrors} />
      <SelectField
        label="Whose vision"
        required
        options={options}
        error={form.formState.errors.perspective?.message}
        {...form.register('perspective', { required: 'Choose the perspective.' })}
      />
      {choice === OTHER ? (
        <TextField
          label="Name of the perspective"
          required
          maxLength={FRAMING_LIMITS.perspectiveMax}
          error={form.formState.errors.label?.message}
          {...form.register('label', { validate: (value) => (value.trim() ? true : 'Name the perspective.') })}
        />
      ) : null}
      <TextAreaField
        label="Vision"
        hint="What would the ideal situation look like, concretely, from this perspective?"
        required
        rows={4}
        error={form.formState.errors.text?.message}
        {...form.register('text', { validate: (value) => (value.trim() ? true : 'Write the vision.') })}
      />
      <TextField label="Agreed on (optional)" type="date" error={form.formState.errors.agreedOn?.message} {...form.register('agreedOn')} />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>Record the vision</SubmitButton>
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
      title={vision.kind === 'joint' ? 'Edit the joint vision' : `Edit the vision of ${vision.perspective ?? ''}`}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        <FormAlert messages={formErrors} />
        <TextAreaField
          label="Vision"
          required
          rows={5}
          error={form.formState.errors.text?.message}
          {...form.register('text', { validate: (value) => (value.trim() ? true : 'Write the vision.') })}
        />
        <TextField
          label="Agreed on"
          type="date"
          hint="Changing the words ends an earlier agreement unless you record the day the group agreed the new words. Empty: not agreed."
          error={form.formState.errors.agreedOn?.message}
          {...form.register('agreedOn')}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>Save the vision</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
