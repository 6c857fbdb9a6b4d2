import type { ReactNode } from 'react';
import { type ContactKind, REGISTER_LIMITS, type StakeholderKind, type Stance } from '@common-ground/domain';
import { useFieldArray } from 'react-hook-form';
import { defineMessages, useIntl } from 'react-intl';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { createStakeholder, type Stakeholder, type StakeholderInput, updateStakeholder } from '../api/register';
import { contactOptions, kindOptions, personalDataHint, scoreOptions, stanceOptions } from './options';
import { lower, stanceLabels } from '../labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';

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

const m = untyped(
  defineMessages({
    editTitle: { id: 'stakeholders.stakeholderDialog.editTitle', defaultMessage: 'Edit {name}' },
    addTitle: { id: 'stakeholders.stakeholderDialog.addTitle', defaultMessage: 'Add a stakeholder' },
    what: { id: 'stakeholders.stakeholderDialog.conflictWhat', defaultMessage: 'this stakeholder' },
    theirs: {
      id: 'stakeholders.stakeholderDialog.theirs',
      defaultMessage: 'Their version: stance {stance}, influence {influence}, interest {interest}.',
    },
    kind: { id: 'stakeholders.stakeholderDialog.kind', defaultMessage: 'Kind' },
    name: { id: 'stakeholders.stakeholderDialog.name', defaultMessage: 'Name' },
    nameMissing: { id: 'stakeholders.stakeholderDialog.nameMissing', defaultMessage: 'Name the stakeholder.' },
    group: { id: 'stakeholders.stakeholderDialog.group', defaultMessage: 'Stakeholder group' },
    groupHint: { id: 'stakeholders.stakeholderDialog.groupHint', defaultMessage: 'Groups are kept on the Members tab.' },
    noGroup: { id: 'stakeholders.stakeholderDialog.noGroup', defaultMessage: 'No group' },
    influence: { id: 'stakeholders.stakeholderDialog.influence', defaultMessage: 'Influence' },
    influenceHint: { id: 'stakeholders.stakeholderDialog.influenceHint', defaultMessage: 'Power over the process or the conflict' },
    interest: { id: 'stakeholders.stakeholderDialog.interest', defaultMessage: 'Interest' },
    interestHint: { id: 'stakeholders.stakeholderDialog.interestHint', defaultMessage: 'Stake in the issue' },
    stance: { id: 'stakeholders.stakeholderDialog.stance', defaultMessage: 'Stance towards the process' },
    notes: { id: 'stakeholders.stakeholderDialog.notes', defaultMessage: 'Notes' },
    contactPoints: { id: 'stakeholders.stakeholderDialog.contactPoints', defaultMessage: 'Contact points' },
    contactKind: { id: 'stakeholders.stakeholderDialog.contactKind', defaultMessage: 'Kind of contact {number}' },
    contactValue: { id: 'stakeholders.stakeholderDialog.contactValue', defaultMessage: 'Address or number {number}' },
    contactValueMissing: { id: 'stakeholders.stakeholderDialog.contactValueMissing', defaultMessage: 'Enter the address or number.' },
    emailInvalid: {
      id: 'stakeholders.stakeholderDialog.emailInvalid',
      defaultMessage: 'Enter an e-mail address such as name@example.org.',
    },
    contactNote: { id: 'stakeholders.stakeholderDialog.contactNote', defaultMessage: 'Note {number}' },
    removeContact: { id: 'stakeholders.stakeholderDialog.removeContact', defaultMessage: 'Remove<hidden> contact {number}</hidden>' },
    addContact: { id: 'stakeholders.stakeholderDialog.addContact', defaultMessage: 'Add a contact point' },
    cancel: { id: 'stakeholders.stakeholderDialog.cancel', defaultMessage: 'Cancel' },
    save: { id: 'stakeholders.stakeholderDialog.save', defaultMessage: 'Save changes' },
    add: { id: 'stakeholders.stakeholderDialog.add', defaultMessage: 'Add stakeholder' },
  }),
);

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
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
  const intl = useIntl();
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
    <Dialog
      open
      onClose={onClose}
      title={stakeholder ? intl.formatMessage(m.editTitle, { name: stakeholder.name }) : intl.formatMessage(m.addTitle)}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        {conflict ? (
          <ConflictNotice
            what={intl.formatMessage(m.what)}
            busy={form.formState.isSubmitting}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
          >
            <p>
              {intl.formatMessage(m.theirs, {
                stance: lower(intl, intl.formatMessage(stanceLabels[conflict.stance])),
                influence: conflict.influence,
                interest: conflict.interest,
              })}
            </p>
          </ConflictNotice>
        ) : null}
        <FormAlert messages={formErrors} />
        <SelectField
          label={intl.formatMessage(m.kind)}
          options={kindOptions(intl)}
          error={errors.kind?.message}
          {...form.register('kind')}
        />
        <TextField
          label={intl.formatMessage(m.name)}
          required
          maxLength={L.nameMax}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.nameMissing)) })}
        />
        <SelectField
          label={intl.formatMessage(m.group)}
          hint={intl.formatMessage(m.groupHint)}
          options={[
            { value: '', label: intl.formatMessage(m.noGroup) },
            ...groupChoices.map((group) => ({ value: group.id, label: group.name })),
          ]}
          error={errors.groupId?.message}
          {...form.register('groupId')}
        />
        <div className="field-pair">
          <SelectField
            label={intl.formatMessage(m.influence)}
            hint={intl.formatMessage(m.influenceHint)}
            options={scoreOptions(intl)}
            error={errors.influence?.message}
            {...form.register('influence')}
          />
          <SelectField
            label={intl.formatMessage(m.interest)}
            hint={intl.formatMessage(m.interestHint)}
            options={scoreOptions(intl)}
            error={errors.interest?.message}
            {...form.register('interest')}
          />
        </div>
        <SelectField
          label={intl.formatMessage(m.stance)}
          options={stanceOptions(intl)}
          error={errors.stance?.message}
          {...form.register('stance')}
        />
        <TextAreaField
          label={intl.formatMessage(m.notes)}
          rows={3}
          maxLength={L.notesMax}
          error={errors.notes?.message}
          {...form.register('notes')}
        />
        {withContacts ? (
          <fieldset className="field sm-contacts">
            <legend>{intl.formatMessage(m.contactPoints)}</legend>
            <p className="field-hint">{personalDataHint(intl)}</p>
            {contacts.fields.map((field, index) => (
              <div key={field.id} className="sm-contact-row">
                <SelectField
                  label={intl.formatMessage(m.contactKind, { number: index + 1 })}
                  options={contactOptions(intl)}
                  {...form.register(`contactPoints.${index}.kind`)}
                />
                <TextField
                  label={intl.formatMessage(m.contactValue, { number: index + 1 })}
                  maxLength={L.contactValueMax}
                  error={errors.contactPoints?.[index]?.value?.message}
                  {...form.register(`contactPoints.${index}.value`, {
                    validate: (value, all) =>
                      !value.trim()
                        ? intl.formatMessage(m.contactValueMissing)
                        : all.contactPoints[index]?.kind === 'email' && !EMAIL.test(value.trim())
                          ? intl.formatMessage(m.emailInvalid)
                          : true,
                  })}
                />
                <TextField
                  label={intl.formatMessage(m.contactNote, { number: index + 1 })}
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
                  {intl.formatMessage(m.removeContact, { number: index + 1, hidden })}
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
                {intl.formatMessage(m.addContact)}
              </button>
            ) : null}
          </fieldset>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(stakeholder ? m.save : m.add)}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
