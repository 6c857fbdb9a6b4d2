import { CURRENCY_CODES } from '@common-ground/domain';
import { useMemo, type ComponentProps, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { rememberCurrency } from '../lib/last-currency';
import type { SearchableOption } from '../lib/options-search';
import { ComboboxField } from './combobox';
import { TextField } from './fields';

/**
 * The currencies an amount may be in: ISO 4217 codes the browser knows (`Intl.supportedValuesOf('currency')`)
 * that are in circulation (the API's list), each named in the reader's language: "USD — US Dollar".
 */
export function currencyOptions(locale: string): SearchableOption[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(locale, { type: 'currency' });
  } catch {
    names = null;
  }
  return CURRENCY_CODES.filter((code) => !known || known.has(code)).map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}

interface CurrencyFieldProps {
  label: ReactNode;
  error?: string;
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  name?: string;
}

/** A searchable currency picker; the currency chosen becomes the default of the next amount on this browser. */
export function CurrencyField({ onChange, ...props }: CurrencyFieldProps) {
  const intl = useIntl();
  const options = useMemo(() => currencyOptions(intl.locale), [intl.locale]);
  return (
    <ComboboxField
      {...props}
      options={options}
      onChange={(code) => {
        rememberCurrency(code);
        onChange(code);
      }}
    />
  );
}

/**
 * One way to enter money everywhere: the amount (a decimal, typed as written) beside a searchable currency.
 * `amount` is the amount's text field (register it); `currency` the picker (control it).
 */
export function MoneyInput({
  amount,
  currency,
}: {
  amount: { label: ReactNode; hint?: ReactNode; error?: string; required?: boolean } & ComponentProps<'input'>;
  currency: CurrencyFieldProps;
}) {
  return (
    <div className="field-pair">
      <TextField inputMode="decimal" autoComplete="off" {...amount} />
      <CurrencyField {...currency} />
    </div>
  );
}
