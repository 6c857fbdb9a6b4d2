import { LIMITS, REGISTER_LIMITS } from '@common-ground/domain';
import { Dialog } from '../../../components/dialog';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { createProspect, type MapStakeholder, type ProspectDetail, type ProspectInput, updateProspect } from '../api/register';
import { PERSONAL_DATA_HINT } from './options';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';

interface Values {
  name: string;
  organisation: string;
  stakeholderId: string;
  email: string;
}

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
    <Dialog open onClose={onClose} title={prospect ? `Edit ${prospect.name}` : 'Add a prospective participant'}>
      <form noValidate className="form" onSubmit={(event) => void submit(event)}>
        {conflict ? (
          <ConflictNotice
            what="this prospect"
            busy={form.formState.isSubmitting}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
          >
            <p>Their version: status {conflict.status}.</p>
          </ConflictNotice>
        ) : null}
        <FormAlert messages={formErrors} />
        <TextField
          label="Name"
          required
          maxLength={REGISTER_LIMITS.nameMax}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name', { validate: (value) => (value.trim() ? true : 'Enter the person’s name.') })}
        />
        <TextField
          label="Organisation"
          maxLength={REGISTER_LIMITS.organisationMax}
          error={errors.organisation?.message}
          {...form.register('organisation')}
        />
        <SelectField
          label="Would represent"
          hint="A stakeholder of the register"
          options={[{ value: '', label: 'No stakeholder' }, ...choices.map((s) => ({ value: s.id, label: s.name }))]}
          error={errors.stakeholderId?.message}
          {...form.register('stakeholderId')}
        />
        {withEmail ? (
          <TextField
            label="E-mail address"
            type="email"
            hint={PERSONAL_DATA_HINT}
            maxLength={LIMITS.emailMax}
            autoComplete="off"
            error={errors.email?.message}
            {...form.register('email', {
              validate: (value) => (!value.trim() || EMAIL.test(value.trim()) ? true : 'Enter an e-mail address such as name@example.org.'),
            })}
          />
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton busy={form.formState.isSubmitting}>{prospect ? 'Save changes' : 'Add prospect'}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
