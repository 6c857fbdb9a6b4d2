import type { Locale } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { errorMessage } from '../../../api';
import { LanguagePicker } from '../../../components/language-picker';
import { setAccountLocale } from '../api/account';

const m = defineMessages({
  title: { id: 'account.language.title', defaultMessage: 'Language' },
  help: {
    id: 'account.language.help',
    defaultMessage: 'The language of your screens and of the e-mails Common Ground sends you, on every device you use.',
  },
  saved: { id: 'account.language.saved', defaultMessage: 'Saved.' },
});

/** The account's language: the screens switch at once, and the choice is saved for every device. */
export function LanguageSection({ onSaved }: { onSaved: () => void }) {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error: string | null } | null>(null);

  const save = async (locale: Locale) => {
    setBusy(true);
    setStatus(null);
    try {
      await setAccountLocale(locale);
      setStatus({ error: null });
      onSaved();
    } catch (error) {
      setStatus({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="account-language-title">
      <h2 id="account-language-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.help)}</p>
      <LanguagePicker disabled={busy} onPick={(locale) => void save(locale)} />
      {status?.error ? (
        <p role="alert" className="alert alert-error">
          {status.error}
        </p>
      ) : null}
      <p role="status" className="form-status">
        {status && !status.error ? intl.formatMessage(m.saved) : null}
      </p>
    </section>
  );
}
