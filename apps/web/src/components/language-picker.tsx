import { useId } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { isLocale, type Locale, LOCALE_NAMES, LOCALES } from '@common-ground/domain';
import { useLocale } from '../i18n/locale-context';

const m = defineMessages({
  label: { id: 'common.language', defaultMessage: 'Language' },
});

/**
 * Each language named in itself, so a person lost in a language they cannot read still finds their own. The
 * screens switch at once; `onPick` also saves the choice (the account page), else it stays on this browser.
 */
export function LanguagePicker({ onPick, disabled }: { onPick?: (locale: Locale) => void; disabled?: boolean }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="field language-picker">
      <label htmlFor={id}>{intl.formatMessage(m.label)}</label>
      <select
        id={id}
        value={locale}
        disabled={disabled}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (!isLocale(next)) return;
          setLocale(next);
          onPick?.(next);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
