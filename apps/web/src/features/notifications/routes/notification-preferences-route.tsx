import { useState } from 'react';
import { Link } from 'react-router';
import { NOTIFICATION_DELIVERY_LABELS } from '@common-ground/domain';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { getPreferences, type NotificationPreferences, savePreferences } from '../api/notifications';

type Values = Record<string, string>;

function PreferencesForm({ data, onSaved }: { data: NotificationPreferences; onSaved: (saved: NotificationPreferences) => void }) {
  const [saved, setSaved] = useState(false);
  const values: Values = Object.fromEntries(data.items.map((item) => [item.kind, item.delivery]));
  const { form, submit, formErrors } = useCgForm<Values>({
    values,
    fields: data.items.map((item) => item.kind),
    onSubmit: async (choices) => {
      setSaved(false);
      onSaved(await savePreferences(choices));
      setSaved(true);
    },
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {formErrors.map((message) => (
        <p key={message} role="alert" className="alert alert-error">
          {message}
        </p>
      ))}
      {data.items.map((item) => (
        <fieldset key={item.kind} className="preference">
          <legend>{item.label}</legend>
          <p className="muted">{item.audience}</p>
          {item.allowed.map((delivery) => (
            <label key={delivery} className="radio">
              <input type="radio" value={delivery} {...form.register(item.kind)} /> {NOTIFICATION_DELIVERY_LABELS[delivery]}
            </label>
          ))}
        </fieldset>
      ))}
      <p className="muted">Security e-mails (password reset, a new e-mail address, a sign-in from a new device) are always sent.</p>
      <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
        Save
      </button>
      {saved ? <p role="status">Saved.</p> : null}
    </form>
  );
}

/** `/notifications/preferences`: per kind, in the app only, e-mail at once, daily digest, or off. */
export function NotificationPreferencesRoute() {
  const resource = useResource('notification-preferences', (signal) => getPreferences(signal));
  return (
    <section className="page" aria-labelledby="notifications-title">
      <h1 id="notifications-title" tabIndex={-1}>
        How I hear of things
      </h1>
      <p>
        <Link to="/notifications">Back to notifications</Link>
      </p>
      <ResourceView resource={resource} loading="Loading your choices…" errorTitle="Your choices could not be loaded">
        {(data) => <PreferencesForm data={data} onSaved={(next) => resource.setData(next)} />}
      </ResourceView>
    </section>
  );
}
