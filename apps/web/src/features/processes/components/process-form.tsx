import {
  currentZoneName,
  LEVEL_LABELS,
  LIMITS,
  OWNERSHIP_LABELS,
  OWNERSHIP_LEVELS,
  PROCESS_LEVELS,
  WHEEL_AREA_LABELS,
  WHEEL_AREAS,
  isValidTimezone,
  LOCALE_NAMES,
  LOCALES,
  type Locale,
  type OwnershipLevel,
  type ProcessLevel,
  type WheelArea,
} from '@common-ground/domain';
import { type ReactNode } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { defineMessages, useIntl } from 'react-intl';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { useCgForm } from '../../../forms/use-cg-form';
import { TimeZoneField } from '../../../components/time-zone-field';

export const processLanguageMessages = defineMessages({
  documentLanguage: { id: 'formats.documentLanguage', defaultMessage: 'Document language' },
  documentLanguageHint: {
    id: 'formats.documentLanguageHint',
    defaultMessage: 'The language of the charter PDF and the exports of the process, whatever language each person reads the app in.',
  },
});

export interface ProcessFormValues {
  title: string;
  purpose: string;
  level: ProcessLevel;
  wheelAreas: WheelArea[];
  ownershipTarget: OwnershipLevel;
  timezone: string;
  language: Locale;
}

const FIELDS = ['title', 'purpose', 'level', 'wheelAreas', 'ownershipTarget', 'timezone', 'language'] as const;

export function browserTimezone(): string {
  try {
    return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
  } catch {
    return 'UTC';
  }
}

/** A new process's defaults: the creator's time zone, and documents in the language they read the app in. */
export function emptyProcessValues(language: Locale): ProcessFormValues {
  return {
    title: '',
    purpose: '',
    level: 'local',
    wheelAreas: [],
    ownershipTarget: 'information_sharing',
    timezone: browserTimezone(),
    language,
  };
}

interface ProcessFormProps {
  defaultValues: ProcessFormValues;
  submitLabel: string;
  busyLabel: string;
  /** Throws to show the API's errors next to the fields. */
  onSubmit: (values: ProcessFormValues) => Promise<void>;
  /** Shown above the fields, e.g. a version conflict. */
  notice?: ReactNode;
  secondaryAction?: ReactNode;
}

export function ProcessForm({ defaultValues, submitLabel, busyLabel, onSubmit, notice, secondaryAction }: ProcessFormProps) {
  const { form, submit, formErrors } = useCgForm<ProcessFormValues>({
    defaultValues,
    fields: FIELDS,
    onSubmit: async (values) => {
      await onSubmit({ ...values, title: values.title.trim(), purpose: values.purpose.trim() });
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const intl = useIntl();
  const timezone = useController({
    control,
    name: 'timezone',
    rules: { validate: (value) => isValidTimezone(value) || 'Choose a time zone.' },
  });
  const purposeLength = useWatch({ control, name: 'purpose' }).length;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      {notice}
      <FormAlert messages={formErrors} />
      <TextField
        label="Title"
        required
        error={errors.title?.message}
        {...register('title', {
          validate: (value) => value.trim().length > 0 || 'Give the process a title.',
          maxLength: { value: LIMITS.titleMax, message: `Use at most ${String(LIMITS.titleMax)} characters.` },
        })}
      />
      <TextAreaField
        label="Purpose and mandate"
        rows={6}
        hint={`Why the dialogue is convened and what it may decide. ${String(purposeLength)} of ${String(LIMITS.purposeMax)} characters.`}
        error={errors.purpose?.message}
        {...register('purpose', {
          maxLength: { value: LIMITS.purposeMax, message: `Use at most ${String(LIMITS.purposeMax)} characters.` },
        })}
      />
      <SelectField
        label="Level"
        required
        options={PROCESS_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
        error={errors.level?.message}
        {...register('level', { required: 'Choose a level.' })}
      />
      <CheckboxGroup legend="Coordination Wheel areas" hint="The joint activities this process covers." error={errors.wheelAreas?.message}>
        {WHEEL_AREAS.map((area) => (
          <Checkbox key={area} label={WHEEL_AREA_LABELS[area]} value={area} {...register('wheelAreas')} />
        ))}
      </CheckboxGroup>
      <SelectField
        label="Target level of local ownership"
        required
        options={OWNERSHIP_LEVELS.map((level) => ({ value: level, label: OWNERSHIP_LABELS[level] }))}
        error={errors.ownershipTarget?.message}
        {...register('ownershipTarget', { required: 'Choose a target level of local ownership.' })}
      />
      <TimeZoneField
        label="Time zone"
        hint="Meetings and deadlines of the process are shown in this time zone."
        required
        name={timezone.field.name}
        value={timezone.field.value}
        onChange={timezone.field.onChange}
        onBlur={timezone.field.onBlur}
        error={errors.timezone?.message}
      />
      <SelectField
        label={intl.formatMessage(processLanguageMessages.documentLanguage)}
        hint={intl.formatMessage(processLanguageMessages.documentLanguageHint)}
        required
        options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
        error={errors.language?.message}
        {...register('language', { required: true })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={busyLabel}>
          {submitLabel}
        </SubmitButton>
        {secondaryAction}
      </div>
    </form>
  );
}
