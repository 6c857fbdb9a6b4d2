import { AGE_BANDS, type AgeBand, MAX_AGE_BAND_MINIMUM, MAX_REGIONS_TARGET, SELECTION_CRITERIA_MAX } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, type IntlShape, useIntl } from 'react-intl';
import { type SelectionCriteria } from '../../../api';
import { Checkbox, FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getCriteria, saveCriteria } from '../api/selection';
import { VersionConflict } from './version-conflict';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';
import { untyped } from '../../../i18n/untyped';
import { ageBandInSentence, ageBandLabels, selectionPrompt } from '../labels';

const m = untyped(
  defineMessages({
    wholeNumber: {
      id: 'selection.criteria.wholeNumber',
      defaultMessage: 'Use a whole number from {min} to {max}, or leave it empty.',
    },
    title: { id: 'selection.criteria.title', defaultMessage: 'Selection criteria and diversity targets' },
    intro: {
      id: 'selection.criteria.intro',
      defaultMessage:
        'Documented criteria strengthen the legitimacy of the process: other stakeholders may question the selection at any stage.',
    },
    loading: { id: 'selection.criteria.loading', defaultMessage: 'Loading the selection criteria…' },
    prompts: { id: 'selection.criteria.prompts', defaultMessage: 'Questions to consider (Lesson 11)' },
    saved: { id: 'selection.criteria.saved', defaultMessage: 'Selection criteria saved.' },
    women: {
      id: 'selection.criteria.summary.women',
      defaultMessage: 'At least {percent} % women among participants who declared a gender',
    },
    groups: { id: 'selection.criteria.summary.groups', defaultMessage: 'Every indispensable stakeholder group represented' },
    regions: {
      id: 'selection.criteria.summary.regions',
      defaultMessage: 'Participants from at least {count, plural, one {# region} other {# regions}}',
    },
    age: {
      id: 'selection.criteria.summary.age',
      defaultMessage: 'At least {count, plural, one {# participant} other {# participants}} aged {band}',
    },
    noneWritten: { id: 'selection.criteria.noneWritten', defaultMessage: 'No selection criteria have been written yet.' },
    criteria: { id: 'selection.criteria.criteria', defaultMessage: 'Criteria' },
    notWritten: { id: 'selection.criteria.notWritten', defaultMessage: 'Not written.' },
    targets: { id: 'selection.criteria.targets', defaultMessage: 'Targets' },
    noTargets: { id: 'selection.criteria.noTargets', defaultMessage: 'No targets set.' },
    lastSaved: { id: 'selection.criteria.lastSaved', defaultMessage: 'Last saved {date} by {name}.' },
    label: { id: 'selection.criteria.label', defaultMessage: 'Selection criteria' },
    hint: {
      id: 'selection.criteria.hint',
      defaultMessage: 'Whom the process needs and why: balance, indispensable constituencies, spoilers and how to engage them.',
    },
    tooLong: { id: 'selection.criteria.tooLong', defaultMessage: 'Use at most {max} characters.' },
    diversity: { id: 'selection.criteria.diversity', defaultMessage: 'Diversity targets' },
    diversityHint: {
      id: 'selection.criteria.diversityHint',
      defaultMessage: 'The inclusion view compares the active participants with these. Leave a number empty for no target.',
    },
    minWomen: { id: 'selection.criteria.minWomen', defaultMessage: 'Minimum share of women (%)' },
    minRegions: { id: 'selection.criteria.minRegions', defaultMessage: 'Minimum number of regions' },
    everyGroup: {
      id: 'selection.criteria.everyGroup',
      defaultMessage: 'Every indispensable stakeholder group must be represented',
    },
    perAgeBand: { id: 'selection.criteria.perAgeBand', defaultMessage: 'Minimum participants per age band (optional)' },
    save: { id: 'selection.criteria.save', defaultMessage: 'Save criteria and targets' },
  }),
);

interface Values {
  criteria: string;
  minWomenPercent: string;
  everyIndispensableGroup: boolean;
  minRegions: string;
  ageBands: Record<AgeBand, string>;
}

const blankIfNull = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const numberOrNull = (value: string) => (value.trim() ? Number(value) : null);

function toValues(doc: SelectionCriteria): Values {
  const minimums = doc.ageBandMinimums as Partial<Record<AgeBand, number>>;
  return {
    criteria: doc.criteria,
    minWomenPercent: blankIfNull(doc.minWomenPercent),
    everyIndispensableGroup: doc.everyIndispensableGroup,
    minRegions: blankIfNull(doc.minRegions),
    ageBands: Object.fromEntries(AGE_BANDS.map((band) => [band, blankIfNull(minimums[band])])) as Record<AgeBand, string>,
  };
}

/** A whole number in a range, or empty for "no target". */
const optionalWhole = (intl: IntlShape, min: number, max: number) => ({
  validate: (value: string) => {
    if (!value.trim()) return true;
    const number = Number(value);
    return Number.isInteger(number) && number >= min && number <= max ? true : intl.formatMessage(m.wholeNumber, { min, max });
  },
});

/** Written selection criteria and the diversity targets the inclusion view measures (Lesson 11 §3). */
export function CriteriaPanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const doc = useResource<SelectionCriteria>(`selection-criteria:${processRef.processId}`, (signal) => getCriteria(processRef, signal));
  const [status, setStatus] = useState('');
  const intl = useIntl();
  const data = doc.data;

  return (
    <section className="panel" aria-labelledby="criteria-title">
      <h2 id="criteria-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={doc} loading={intl.formatMessage(m.loading)} />
      {data ? (
        <>
          <details className="inline-details">
            <summary>{intl.formatMessage(m.prompts)}</summary>
            <ul>
              {data.prompts.map((prompt) => (
                <li key={prompt}>{selectionPrompt(intl, prompt)}</li>
              ))}
            </ul>
          </details>
          {mayManage ? (
            <CriteriaForm
              key={data.version}
              processRef={processRef}
              doc={data}
              onSaved={(saved) => {
                doc.setData(saved);
                setStatus(intl.formatMessage(m.saved));
              }}
              onEdit={() => {
                setStatus('');
              }}
              onReload={doc.reload}
            />
          ) : (
            <CriteriaFacts doc={data} />
          )}
        </>
      ) : null}
    </section>
  );
}

export function targetSummaries(intl: IntlShape, doc: SelectionCriteria): string[] {
  const minimums = doc.ageBandMinimums as Partial<Record<AgeBand, number>>;
  return [
    doc.minWomenPercent === null ? null : intl.formatMessage(m.women, { percent: doc.minWomenPercent }),
    doc.everyIndispensableGroup ? intl.formatMessage(m.groups) : null,
    doc.minRegions === null ? null : intl.formatMessage(m.regions, { count: doc.minRegions }),
    ...AGE_BANDS.map((band) =>
      minimums[band] === undefined ? null : intl.formatMessage(m.age, { count: minimums[band], band: ageBandInSentence(intl, band) }),
    ),
  ].filter((line): line is string => line !== null);
}

function CriteriaFacts({ doc }: { doc: SelectionCriteria }) {
  const intl = useIntl();
  if (doc.version === 0) return <p>{intl.formatMessage(m.noneWritten)}</p>;
  const targets = targetSummaries(intl, doc);
  return (
    <div className="stack">
      <h3>{intl.formatMessage(m.criteria)}</h3>
      <p className="prose">{doc.criteria.trim() ? doc.criteria : <span className="muted">{intl.formatMessage(m.notWritten)}</span>}</p>
      <h3>{intl.formatMessage(m.targets)}</h3>
      {targets.length ? (
        <ul>
          {targets.map((target) => (
            <li key={target}>{target}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{intl.formatMessage(m.noTargets)}</p>
      )}
    </div>
  );
}

function CriteriaForm({
  processRef,
  doc,
  onSaved,
  onEdit,
  onReload,
}: {
  processRef: ProcessRef;
  doc: SelectionCriteria;
  onSaved: (doc: SelectionCriteria) => void;
  onEdit: () => void;
  onReload: () => void;
}) {
  const intl = useIntl();
  const fmt = useFormat();
  const [conflict, setConflict] = useState(false);
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: toValues(doc),
    fields: ['criteria', 'minWomenPercent', 'minRegions', 'everyIndispensableGroup'],
    aliases: {
      ageBandMinimums: 'criteria',
    },
    onConflict: () => {
      setConflict(true);
    },
    onSubmit: async (values) => {
      setConflict(false);
      onEdit();
      const ageBandMinimums = Object.fromEntries(
        AGE_BANDS.flatMap((band) => (values.ageBands[band].trim() ? [[band, Number(values.ageBands[band])]] : [])),
      );
      onSaved(
        await saveCriteria(processRef, {
          criteria: values.criteria.trim(),
          minWomenPercent: numberOrNull(values.minWomenPercent),
          everyIndispensableGroup: values.everyIndispensableGroup,
          minRegions: numberOrNull(values.minRegions),
          ageBandMinimums,
          version: doc.version,
        }),
      );
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form" aria-labelledby="criteria-title" onSubmit={(event) => void submit(event)}>
      {doc.updatedAt ? (
        <p className="muted">{intl.formatMessage(m.lastSaved, { date: fmt.dateTime(doc.updatedAt), name: doc.updatedBy?.displayName })}</p>
      ) : null}
      {conflict ? <VersionConflict document="criteria" onReload={onReload} /> : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.label)}
        hint={intl.formatMessage(m.hint)}
        rows={6}
        error={errors.criteria?.message}
        {...register('criteria', {
          validate: (value) =>
            value.length > SELECTION_CRITERIA_MAX ? intl.formatMessage(m.tooLong, { max: SELECTION_CRITERIA_MAX }) : true,
        })}
      />
      <fieldset className="field-set">
        <legend>{intl.formatMessage(m.diversity)}</legend>
        <p className="field-hint">{intl.formatMessage(m.diversityHint)}</p>
        <div className="field-pair">
          <TextField
            label={intl.formatMessage(m.minWomen)}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            error={errors.minWomenPercent?.message}
            {...register('minWomenPercent', optionalWhole(intl, 0, 100))}
          />
          <TextField
            label={intl.formatMessage(m.minRegions)}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_REGIONS_TARGET}
            error={errors.minRegions?.message}
            {...register('minRegions', optionalWhole(intl, 1, MAX_REGIONS_TARGET))}
          />
        </div>
        <Checkbox label={intl.formatMessage(m.everyGroup)} {...register('everyIndispensableGroup')} />
        <fieldset className="field-set">
          <legend>{intl.formatMessage(m.perAgeBand)}</legend>
          <div className="age-band-grid">
            {AGE_BANDS.map((band) => (
              <TextField
                key={band}
                label={intl.formatMessage(ageBandLabels[band])}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_AGE_BAND_MINIMUM}
                error={errors.ageBands?.[band]?.message}
                {...register(`ageBands.${band}`, optionalWhole(intl, 1, MAX_AGE_BAND_MINIMUM))}
              />
            ))}
          </div>
        </fieldset>
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
      </div>
    </form>
  );
}
