import { LIMITS, REGISTER_LIMITS } from '@common-ground/domain';
import { defineMessages, useIntl } from 'react-intl';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { createProspect, type MapStakeholder, type ProspectDetail, type ProspectInput, updateProspect } from '../api/register';
import { personalDataHint } from './options';
import { lower, prospectStatusLabels } from '../labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';

interface Values {
  name: string;
  organisation: string;
  stakeholderId: string;
  email: string;
}

const m = untyped(
  defineMessages({
    editTitle: { id: 'stakeholders.prospectDialog.editTitle', defaultMessage: 'Edit {name}' },
    addTitle: { id: 'stakeholders.prospectDialog.addTitle', defaultMessage: 'Add a prospective participant' },
    what: { id: 'stakeholders.prospectDialog.conflictWhat', defaultMessage: 'this prospect' },
    theirs: { id: 'stakeholders.prospectDialog.theirs', defaultMessage: 'Their version: status {status}.' },
    name: { id: 'stakeholders.prospectDialog.name', defaultMessage: 'Name' },
    nameMissing: { id: 'stakeholders.prospectDialog.nameMissing', defaultMessage: 'Enter the person’s name.' },
    organisation: { id: 'stakeholders.prospectDialog.organisation', defaultMessage: 'Organisation' },
    represents: { id: 'stakeholders.prospectDialog.represents', defaultMessage: 'Would represent' },
    representsHint: { id: 'stakeholders.prospectDialog.representsHint', defaultMessage: 'A stakeholder of the register' },
    noStakeholder: { id: 'stakeholders.prospectDialog.noStakeholder', defaultMessage: 'No stakeholder' },
    email: { id: 'stakeholders.prospectDialog.email', defaultMessage: 'E-mail address' },
    emailInvalid: {
      id: 'stakeholders.prospectDialog.emailInvalid',
      defaultMessage: 'Enter an e-mail address such as name@example.org.',
    },
    cancel: { id: 'stakeholders.prospectDialog.cancel', defaultMessage: 'Cancel' },
    save: { id: 'stakeholders.prospectDialog.save', defaultMessage: 'Save changes' },
    add: { id: 'stakeholders.prospectDialog.add', defaultMessage: 'Add prospect' },
  }),
);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const valuesOf = (prospect: ProspectDetail | null): Values => ({
  name: prospect?.name ?? '',
  organisation: prospect?.organisation ?? '',
  stakeholderId: prospect?.stakeholder?.id ?? '',
  email: prospect?.email ?? '',
});

/** Add a prospective participant, or edit one at its version. */
export function ProspectDialog({
  processRef,
  stakeholders,
  prospect,
  withEmail,
  onClose,
  onSaved,
}: {
  processRef: ProcessRef;
  stakeholders: readonly MapStakeholder[];
  prospect: ProspectDetail | null;
  withEmail: boolean;
  onClose: () => void;
  onSaved: (saved: ProspectDetail) => void;
}) {
  const intl = useIntl();
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<Values, ProspectDetail>({
    defaultValues: valuesOf(prospect),
    fields: ['name', 'organisation', 'stakeholderId', 'email'],
    conflict: { parse: versioned<ProspectDetail>, toValues: valuesOf },
    onSubmit: async (values, { over }) => {
      const input: ProspectInput = {
        name: values.name.trim(),
        organisation: values.organisation.trim() || null,
        stakeholderId: values.stakeholderId || null,
        ...(withEmail ? { email: values.email.trim() || null } : {}),
      };
      onSaved(
        prospect
          ? await updateProspect(processRef, prospect.id, { ...input, version: (over ?? prospect).version })
          : await createProspect(processRef, input),
      );
    },
  });
  const errors = form.formState.errors;
  const linked = prospect?.stakeholder;
  const choices = linked && !stakeholders.some((s) => s.id === linked.id) ? [linked, ...stakeholders] : stakeholders;

  return (
    <Dialog
      open
      onClose={onClose}
      title={prospect ? intl.formatMessage(m.editTitle, { name: prospect.name }) : intl.formatMessage(m.addTitle)}
    >
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        {conflict ? (
          <ConflictNotice
            what={intl.formatMessage(m.what)}
            busy={form.formState.isSubmitting}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
          >
            <p>{intl.formatMessage(m.theirs, { status: lower(intl, intl.formatMessage(prospectStatusLabels[conflict.status])) })}</p>
          </ConflictNotice>
        ) : null}
        <FormAlert messages={formErrors} />
        <TextField
          label={intl.formatMessage(m.name)}
          required
          maxLength={REGISTER_LIMITS.nameMax}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name', { validate: (value) => (value.trim() ? true : intl.formatMessage(m.nameMissing)) })}
        />
        <TextField
          label={intl.formatMessage(m.organisation)}
          maxLength={REGISTER_LIMITS.organisationMax}
          error={errors.organisation?.message}
          {...form.register('organisation')}
        />
        <SelectField
          label={intl.formatMessage(m.represents)}
          hint={intl.formatMessage(m.representsHint)}
          options={[{ value: '', label: intl.formatMessage(m.noStakeholder) }, ...choices.map((s) => ({ value: s.id, label: s.name }))]}
          error={errors.stakeholderId?.message}
          {...form.register('stakeholderId')}
        />
        {withEmail ? (
          <TextField
            label={intl.formatMessage(m.email)}
            type="email"
            hint={personalDataHint(intl)}
            maxLength={LIMITS.emailMax}
            autoComplete="off"
            error={errors.email?.message}
            {...form.register('email', {
              validate: (value) => (!value.trim() || EMAIL.test(value.trim()) ? true : intl.formatMessage(m.emailInvalid)),
            })}
          />
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(m.cancel)}
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(prospect ? m.save : m.add)}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
