import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  type AgeBand,
  MAX_AGE_BAND_MINIMUM,
  MAX_REGIONS_TARGET,
  SELECTION_CRITERIA_MAX,
} from '@common-ground/domain';
import { useState } from 'react';
import { type SelectionCriteria } from '../../../api';
import { Checkbox, FormAlert, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { getCriteria, saveCriteria } from '../api/selection';
import { VersionConflict } from './version-conflict';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

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
const optionalWhole = (min: number, max: number) => ({
  validate: (value: string) => {
    if (!value.trim()) return true;
    const number = Number(value);
    return Number.isInteger(number) && number >= min && number <= max
      ? true
      : `Use a whole number from ${String(min)} to ${String(max)}, or leave it empty.`;
  },
});

/** Written selection criteria and the diversity targets the inclusion view measures (Lesson 11 §3). */
export function CriteriaPanel({ processRef, mayManage }: { processRef: ProcessRef; mayManage: boolean }) {
  const doc = useResource<SelectionCriteria>(`selection-criteria:${processRef.processId}`, (signal) => getCriteria(processRef, signal));
  const [status, setStatus] = useState('');
  const data = doc.data;

  return (
    <section className="panel" aria-labelledby="criteria-title">
      <h2 id="criteria-title">Selection criteria and diversity targets</h2>
      <p className="muted">
        Documented criteria strengthen the legitimacy of the process: other stakeholders may question the selection at any stage.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={doc} loading="Loading the selection criteria…" />
      {data ? (
        <>
          <details className="inline-details">
            <summary>Questions to consider (Lesson 11)</summary>
            <ul>
              {data.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
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
                setStatus('Selection criteria saved.');
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

export function targetSummaries(doc: SelectionCriteria): string[] {
  const minimums = doc.ageBandMinimums as Partial<Record<AgeBand, number>>;
  return [
    doc.minWomenPercent === null ? null : `At least ${String(doc.minWomenPercent)} % women among participants who declared a gender`,
    doc.everyIndispensableGroup ? 'Every indispensable stakeholder group represented' : null,
    doc.minRegions === null ? null : `Participants from at least ${String(doc.minRegions)} regions`,
    ...AGE_BANDS.map((band) =>
      minimums[band] === undefined ? null : `At least ${String(minimums[band])} participants aged ${AGE_BAND_LABELS[band].toLowerCase()}`,
    ),
  ].filter((line): line is string => line !== null);
}

function CriteriaFacts({ doc }: { doc: SelectionCriteria }) {
  if (doc.version === 0) return <p>No selection criteria have been written yet.</p>;
  const targets = targetSummaries(doc);
  return (
    <div className="stack">
      <h3>Criteria</h3>
      <p className="prose">{doc.criteria.trim() ? doc.criteria : <span className="muted">Not written.</span>}</p>
      <h3>Targets</h3>
      {targets.length ? (
        <ul>
          {targets.map((target) => (
            <li key={target}>{target}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No targets set.</p>
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
        <p className="muted">
          Last saved {fmt.dateTime(doc.updatedAt)} by {doc.updatedBy?.displayName}.
        </p>
      ) : null}
      {conflict ? <VersionConflict what="the selection criteria" onReload={onReload} /> : null}
      <FormAlert messages={formErrors} />
      <TextAreaField
        label="Selection criteria"
        hint="Whom the process needs and why: balance, indispensable constituencies, spoilers and how to engage them."
        rows={6}
        error={errors.criteria?.message}
        {...register('criteria', {
          validate: (value) => (value.length > SELECTION_CRITERIA_MAX ? `Use at most ${String(SELECTION_CRITERIA_MAX)} characters.` : true),
        })}
      />
      <fieldset className="field-set">
        <legend>Diversity targets</legend>
        <p className="field-hint">The inclusion view compares the active participants with these. Leave a number empty for no target.</p>
        <div className="field-pair">
          <TextField
            label="Minimum share of women (%)"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            error={errors.minWomenPercent?.message}
            {...register('minWomenPercent', optionalWhole(0, 100))}
          />
          <TextField
            label="Minimum number of regions"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_REGIONS_TARGET}
            error={errors.minRegions?.message}
            {...register('minRegions', optionalWhole(1, MAX_REGIONS_TARGET))}
          />
        </div>
        <Checkbox label="Every indispensable stakeholder group must be represented" {...register('everyIndispensableGroup')} />
        <fieldset className="field-set">
          <legend>Minimum participants per age band (optional)</legend>
          <div className="age-band-grid">
            {AGE_BANDS.map((band) => (
              <TextField
                key={band}
                label={AGE_BAND_LABELS[band]}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_AGE_BAND_MINIMUM}
                error={errors.ageBands?.[band]?.message}
                {...register(`ageBands.${band}`, optionalWhole(1, MAX_AGE_BAND_MINIMUM))}
              />
            ))}
          </div>
        </fieldset>
      </fieldset>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save criteria and targets</SubmitButton>
      </div>
    </form>
  );
}
