import {
  currentZoneName,
  LIMITS,
  OWNERSHIP_LEVELS,
  PROCESS_LEVELS,
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
import { untyped } from '../../../i18n/untyped';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { useCgForm } from '../../../forms/use-cg-form';
import { TimeZoneField } from '../../../components/time-zone-field';
import { OWNERSHIP_MESSAGES, PROCESS_LEVEL_MESSAGES, WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    title: { id: 'processes.form.title', defaultMessage: 'Title' },
    titleRequired: { id: 'processes.form.titleRequired', defaultMessage: 'Give the process a title.' },
    tooLong: { id: 'processes.form.tooLong', defaultMessage: 'Use at most {max} characters.' },
    purpose: { id: 'processes.form.purpose', defaultMessage: 'Purpose and mandate' },
    purposeHint: {
      id: 'processes.form.purposeHint',
      defaultMessage: 'Why the dialogue is convened and what it may decide. {length} of {max} characters.',
    },
    level: { id: 'processes.form.level', defaultMessage: 'Level' },
    levelRequired: { id: 'processes.form.levelRequired', defaultMessage: 'Choose a level.' },
    wheelAreas: { id: 'processes.form.wheelAreas', defaultMessage: 'Coordination Wheel areas' },
    wheelAreasHint: { id: 'processes.form.wheelAreasHint', defaultMessage: 'The joint activities this process covers.' },
    ownership: { id: 'processes.form.ownership', defaultMessage: 'Target level of local ownership' },
    ownershipRequired: { id: 'processes.form.ownershipRequired', defaultMessage: 'Choose a target level of local ownership.' },
    timezone: { id: 'processes.form.timezone', defaultMessage: 'Time zone' },
    timezoneHint: {
      id: 'processes.form.timezoneHint',
      defaultMessage: 'Meetings and deadlines of the process are shown in this time zone.',
    },
    timezoneRequired: { id: 'processes.form.timezoneRequired', defaultMessage: 'Choose a time zone.' },
  }),
);

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
  const intl = useIntl();
  const tooLong = (max: number) => intl.formatMessage(messages.tooLong, { max: String(max) });
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
  const timezone = useController({
    control,
    name: 'timezone',
    rules: { validate: (value) => isValidTimezone(value) || intl.formatMessage(messages.timezoneRequired) },
  });
  const purposeLength = useWatch({ control, name: 'purpose' }).length;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      {notice}
      <FormAlert messages={formErrors} />
      <TextField
        label={intl.formatMessage(messages.title)}
        required
        error={errors.title?.message}
        {...register('title', {
          validate: (value) => value.trim().length > 0 || intl.formatMessage(messages.titleRequired),
          maxLength: { value: LIMITS.titleMax, message: tooLong(LIMITS.titleMax) },
        })}
      />
      <TextAreaField
        label={intl.formatMessage(messages.purpose)}
        rows={6}
        hint={intl.formatMessage(messages.purposeHint, { length: String(purposeLength), max: String(LIMITS.purposeMax) })}
        error={errors.purpose?.message}
        {...register('purpose', {
          maxLength: { value: LIMITS.purposeMax, message: tooLong(LIMITS.purposeMax) },
        })}
      />
      <SelectField
        label={intl.formatMessage(messages.level)}
        required
        options={PROCESS_LEVELS.map((level) => ({ value: level, label: intl.formatMessage(PROCESS_LEVEL_MESSAGES[level]) }))}
        error={errors.level?.message}
        {...register('level', { required: intl.formatMessage(messages.levelRequired) })}
      />
      <CheckboxGroup
        legend={intl.formatMessage(messages.wheelAreas)}
        hint={intl.formatMessage(messages.wheelAreasHint)}
        error={errors.wheelAreas?.message}
      >
        {WHEEL_AREAS.map((area) => (
          <Checkbox key={area} label={intl.formatMessage(WHEEL_AREA_MESSAGES[area])} value={area} {...register('wheelAreas')} />
        ))}
      </CheckboxGroup>
      <SelectField
        label={intl.formatMessage(messages.ownership)}
        required
        options={OWNERSHIP_LEVELS.map((level) => ({ value: level, label: intl.formatMessage(OWNERSHIP_MESSAGES[level]) }))}
        error={errors.ownershipTarget?.message}
        {...register('ownershipTarget', { required: intl.formatMessage(messages.ownershipRequired) })}
      />
      <TimeZoneField
        label={intl.formatMessage(messages.timezone)}
        hint={intl.formatMessage(messages.timezoneHint)}
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
