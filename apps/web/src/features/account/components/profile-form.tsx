import { LIMITS } from '@common-ground/domain';
import { useState } from 'react';
import { FormAlert, SubmitButton, TextField } from '../../../components/fields';
import { text } from '../../../forms/rules';
import { useCgForm } from '../../../forms/use-cg-form';
import { type Account, updateProfile } from '../api/account';

interface Values {
  displayName: string;
}

const SCHEMA = { displayName: text({ required: 'Enter your name.', max: LIMITS.displayNameMax }) };

/** The name others see next to what one writes. */
export function ProfileForm({ account, onSaved }: { account: Account; onSaved: (account: Account) => void }) {
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
      <TextField label="Your name" autoComplete="name" required error={errorOf('displayName')} {...form.register('displayName')} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save name</SubmitButton>
        <p role="status" className="form-status">
          {saved && !isDirty ? 'Saved.' : ''}
        </p>
      </div>
    </form>
  );
}
