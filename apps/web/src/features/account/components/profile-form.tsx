import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { type Account, updateProfile } from '../api/account';

interface Values {
  displayName: string;
}

const m = defineMessages({
  nameRequired: { id: 'account.profile.nameRequired', defaultMessage: 'Enter your name.' },
  name: { id: 'account.profile.name', defaultMessage: 'Your name' },
  save: { id: 'account.profile.save', defaultMessage: 'Save name' },
  saved: { id: 'account.profile.saved', defaultMessage: 'Saved.' },
});

const SCHEMA = { displayName: text({ required: m.nameRequired, max: LIMITS.displayNameMax }) };

/** The name others see next to what one writes. */
export function ProfileForm({ account, onSaved }: { account: Account; onSaved: (account: Account) => void }) {
  const intl = useIntl();
  const [saved, setSaved] = useState(false);
  const { form, submit, formErrors, errorOf } = useCgForm<Values>({
    values: { displayName: account.displayName },
    schema: SCHEMA,
    onSubmit: async (values) => {
      setSaved(false);
      const updated = await updateProfile(values.displayName.trim());
      form.reset({ displayName: updated.displayName });
      onSaved(updated);
      setSaved(true);
    },
  });
  const { isSubmitting, isDirty } = form.formState;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(m.name)}
        autoComplete="name"
        required
        error={errorOf('displayName')}
        {...form.register('displayName')}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
        <p role="status" className="form-status">
          {saved && !isDirty ? intl.formatMessage(m.saved) : null}
        </p>
      </div>
    </form>
  );
}
