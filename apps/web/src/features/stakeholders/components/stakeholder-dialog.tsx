import { type ContactKind, REGISTER_LIMITS, type StakeholderKind, type Stance } from '@common-ground/domain';
import { useFieldArray } from 'react-hook-form';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { createStakeholder, type Stakeholder, type StakeholderInput, updateStakeholder } from '../api/register';
import { CONTACT_OPTIONS, KIND_OPTIONS, PERSONAL_DATA_HINT, SCORE_OPTIONS, STANCE_OPTIONS } from './options';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';

interface Values {
  kind: StakeholderKind;
  name: string;
  groupId: string;
  influence: string;
  interest: string;
  stance: Stance;
  notes: string;
  contactPoints: { kind: ContactKind; value: string; note: string }[];
}

const L = REGISTER_LIMITS;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function valuesOf(stakeholder: Stakeholder | null): Values {
  return {
    kind: stakeholder?.kind ?? 'organisation',
    name: stakeholder?.name ?? '',
    groupId: stakeholder?.group?.id ?? '',
    influence: String(stakeholder?.influence ?? 3),
    interest: String(stakeholder?.interest ?? 3),
    stance: stakeholder?.stance ?? 'unknown',
    notes: stakeholder?.notes ?? '',
    contactPoints: (stakeholder?.contactPoints ?? []).map((point) => ({ kind: point.kind, value: point.value, note: point.note ?? '' })),
  };
}

function inputOf(values: Values, withContacts: boolean): StakeholderInput {
  return {
    kind: values.kind,
    name: values.name.trim(),
    groupId: values.groupId || null,
    influence: Number(values.influence),
    interest: Number(values.interest),
    stance: values.stance,
    notes: values.notes.trim() || null,
    ...(withContacts
      ? {
          contactPoints: values.contactPoints.map((point) => ({
            kind: point.kind,
            value: point.value.trim(),
            note: point.note.trim() || null,
          })),
        }
      : {}),
  };
}

/**
 * Add a stakeholder, or edit one at its version. A 409 keeps what the person typed and says so;
 * they may load the other person's version or save theirs over it.
 */
export function StakeholderDialog({
  processRef,
  groups,
  stakeholder,
  withContacts,
  onClose,
  onSaved,
}: {
  processRef: ProcessRef;
  groups: readonly { id: string; name: string }[];
  /** null: a new stakeholder. */
  stakeholder: Stakeholder | null;
  withContacts: boolean;
  onClose: () => void;
  onSaved: (saved: Stakeholder) => void;
}) {
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<Values, Stakeholder>({
    defaultValues: valuesOf(stakeholder),
    fields: (values) => [
      'kind',
      'name',
      'groupId',
      'influence',
      'interest',
      'stance',
      'notes',
      ...values.contactPoints.flatMap((_, index) => [`contactPoints.${index}.value`, `contactPoints.${index}.note`] as const),
    ],
    conflict: { parse: versioned<Stakeholder>, toValues: valuesOf },
    onSubmit: async (values, { over }) => {
      const input = inputOf(values, withContacts);
      onSaved(
        stakeholder
          ? await updateStakeholder(processRef, stakeholder.id, { ...input, version: (over ?? stakeholder).version })
          : await createStakeholder(processRef, input),
      );
    },
  });
  const contacts = useFieldArray({ control: form.control, name: 'contactPoints' });
  const errors = form.formState.errors;
  // The stakeholder's own group stays a choice even before the group list has loaded.
  const groupChoices =
    stakeholder?.group && !groups.some((group) => group.id === stakeholder.group?.id) ? [stakeholder.group, ...groups] : groups;

  return (
    <Dialog open onClose={onClose} title={stakeholder ? `Edit ${stakeholder.name}` : 'Add a stakeholder'}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        {conflict ? (
          <ConflictNotice
            what="this stakeholder"
            busy={form.formState.isSubmitting}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
          >
            <p>
              Their version: stance {conflict.stance}, influence {conflict.influence}, interest {conflict.interest}.
            </p>
          </ConflictNotice>
        ) : null}
        <FormAlert messages={formErrors} />
        <SelectField label="Kind" options={KIND_OPTIONS} error={errors.kind?.message} {...form.register('kind')} />
        <TextField
          label="Name"
          required
          maxLength={L.nameMax}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name', { validate: (value) => (value.trim() ? true : 'Name the stakeholder.') })}
        />
        <SelectField
          label="Stakeholder group"
          hint="Groups are kept on the Members tab."
          options={[{ value: '', label: 'No group' }, ...groupChoices.map((group) => ({ value: group.id, label: group.name }))]}
          error={errors.groupId?.message}
          {...form.register('groupId')}
        />
        <div className="field-pair">
          <SelectField
            label="Influence"
            hint="Power over the process or the conflict"
            options={SCORE_OPTIONS}
            error={errors.influence?.message}
            {...form.register('influence')}
          />
          <SelectField
            label="Interest"
            hint="Stake in the issue"
            options={SCORE_OPTIONS}
            error={errors.interest?.message}
            {...form.register('interest')}
          />
        </div>
        <SelectField
          label="Stance towards the process"
          options={STANCE_OPTIONS}
          error={errors.stance?.message}
          {...form.register('stance')}
        />
        <TextAreaField label="Notes" rows={3} maxLength={L.notesMax} error={errors.notes?.message} {...form.register('notes')} />
        {withContacts ? (
          <fieldset className="field sm-contacts">
            <legend>Contact points</legend>
            <p className="field-hint">{PERSONAL_DATA_HINT}</p>
            {contacts.fields.map((field, index) => (
              <div key={field.id} className="sm-contact-row">
                <SelectField
                  label={`Kind of contact ${String(index + 1)}`}
                  options={CONTACT_OPTIONS}
                  {...form.register(`contactPoints.${index}.kind`)}
                />
                <TextField
                  label={`Address or number ${String(index + 1)}`}
                  maxLength={L.contactValueMax}
                  error={errors.contactPoints?.[index]?.value?.message}
                  {...form.register(`contactPoints.${index}.value`, {
                    validate: (value, all) =>
                      !value.trim()
                        ? 'Enter the address or number.'
                        : all.contactPoints[index]?.kind === 'email' && !EMAIL.test(value.trim())
                          ? 'Enter an e-mail address such as name@example.org.'
                          : true,
                  })}
                />
                <TextField
                  label={`Note ${String(index + 1)}`}
                  maxLength={L.contactNoteMax}
                  error={errors.contactPoints?.[index]?.note?.message}
                  {...form.register(`contactPoints.${index}.note`)}
                />
                <button
                  type="button"
                  className="button button-small button-danger-quiet"
                  onClick={() => {
                    contacts.remove(index);
                  }}
                >
                  Remove<span className="visually-hidden"> contact {index + 1}</span>
                </button>
              </div>
            ))}
            {contacts.fields.length < L.contactPointsMax ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  contacts.append({ kind: 'email', value: '', note: '' });
                }}
              >
                Add a contact point
              </button>
            ) : null}
          </fieldset>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{stakeholder ? 'Save changes' : 'Add stakeholder'}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
