import { useState } from 'react';
import { Link } from 'react-router';
import type { NotificationDelivery } from '@common-ground/domain';
import { defineMessages, type MessageDescriptor, useIntl } from 'react-intl';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { useResource } from '../../../hooks/use-resource';
import { getPreferences, type NotificationPreferences, savePreferences } from '../api/notifications';
import { notificationKindText } from '../notification-text';

type Values = Record<string, string>;

const DELIVERY: Record<NotificationDelivery, MessageDescriptor> = defineMessages({
  inApp: { id: 'notifications.delivery.inApp', defaultMessage: 'In the app only' },
  email: { id: 'notifications.delivery.email', defaultMessage: 'In the app and by e-mail at once' },
  digest: { id: 'notifications.delivery.digest', defaultMessage: 'In the app and in a daily digest e-mail' },
  off: { id: 'notifications.delivery.off', defaultMessage: 'Off' },
});

const m = defineMessages({
  security: {
    id: 'notifications.preferences.security',
    defaultMessage: 'Security e-mails (password reset, a new e-mail address, a sign-in from a new device) are always sent.',
  },
  save: { id: 'notifications.preferences.save', defaultMessage: 'Save' },
  saved: { id: 'notifications.preferences.saved', defaultMessage: 'Saved.' },
  title: { id: 'notifications.preferences.title', defaultMessage: 'How I hear of things' },
  back: { id: 'notifications.preferences.back', defaultMessage: 'Back to notifications' },
  loading: { id: 'notifications.preferences.loading', defaultMessage: 'Loading your choices…' },
  failed: { id: 'notifications.preferences.failed', defaultMessage: 'Your choices could not be loaded' },
});

function PreferencesForm({ data, onSaved }: { data: NotificationPreferences; onSaved: (saved: NotificationPreferences) => void }) {
  const intl = useIntl();
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
          <legend>{notificationKindText(intl, item).label}</legend>
          <p className="muted">{notificationKindText(intl, item).audience}</p>
          {item.allowed.map((delivery) => (
            <label key={delivery} className="radio">
              <input type="radio" value={delivery} {...form.register(item.kind)} /> {intl.formatMessage(DELIVERY[delivery])}
            </label>
          ))}
        </fieldset>
      ))}
      <p className="muted">{intl.formatMessage(m.security)}</p>
      <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
        {intl.formatMessage(m.save)}
      </button>
      {saved ? <p role="status">{intl.formatMessage(m.saved)}</p> : null}
    </form>
  );
}

/** `/notifications/preferences`: per kind, in the app only, e-mail at once, daily digest, or off. */
export function NotificationPreferencesRoute() {
  const intl = useIntl();
  const resource = useResource('notification-preferences', (signal) => getPreferences(signal));
  return (
    <section className="page" aria-labelledby="notifications-title">
      <h1 id="notifications-title" tabIndex={-1}>
        {intl.formatMessage(m.title)}
      </h1>
      <p>
        <Link to="/notifications">{intl.formatMessage(m.back)}</Link>
      </p>
      <ResourceView resource={resource} loading={intl.formatMessage(m.loading)} errorTitle={intl.formatMessage(m.failed)}>
        {(data) => <PreferencesForm data={data} onSaved={(next) => resource.setData(next)} />}
      </ResourceView>
    </section>
  );
}
