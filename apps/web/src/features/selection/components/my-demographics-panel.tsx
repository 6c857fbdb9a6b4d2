import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  type AgeBand,
  type Gender,
  GENDER_LABELS,
  GENDERS,
  REGION_MAX,
  WHEEL_AREA_LABELS,
  WHEEL_AREAS,
  type WheelArea,
} from '@common-ground/domain';
import { useState } from 'react';
import { type Demographics } from '../../../api';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { getMyDemographics, saveMyDemographics } from '../api/selection';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';

interface Values {
  gender: Gender | '';
  ageBand: AgeBand | '';
  region: string;
  wheelAreas: WheelArea[];
}

const toValues = (doc: Demographics): Values => ({
  gender: doc.gender ?? '',
  ageBand: doc.ageBand ?? '',
  region: doc.region ?? '',
  wheelAreas: doc.wheelAreas,
});

/** A member's own, optional self-declaration; others see it only inside protected aggregates. */
export function MyDemographicsPanel({ processRef, onSaved }: { processRef: ProcessRef; onSaved: () => void }) {
  const doc = useResource<Demographics>(`my-demographics:${processRef.processId}`, (signal) => getMyDemographics(processRef, signal));
  const [status, setStatus] = useState('');

  return (
    <section className="panel" aria-labelledby="my-demographics-title">
      <h2 id="my-demographics-title">About you (optional)</h2>
      <p className="muted">
        Helps the conveners see whether the group is balanced. Every answer is optional and you can withdraw it at any time. Nobody else
        sees your answers: conveners and facilitators see only totals, and a category with fewer than five people shows no number.
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={doc} loading="Loading your answers…" />
      {doc.data ? (
        <DemographicsForm
          key={doc.data.updatedAt ?? 'none'}
          processRef={processRef}
          doc={doc.data}
          onSaved={(saved) => {
            doc.setData(saved);
            setStatus(saved.updatedAt ? 'Your answers are saved.' : 'Your answers are withdrawn.');
            onSaved();
          }}
          onEdit={() => {
            setStatus('');
          }}
        />
      ) : null}
    </section>
  );
}

function DemographicsForm({
  processRef,
  doc,
  onSaved,
  onEdit,
}: {
  processRef: ProcessRef;
  doc: Demographics;
  onSaved: (doc: Demographics) => void;
  onEdit: () => void;
}) {
  const { form, submit, formErrors } = useCgForm<Values>({
    defaultValues: toValues(doc),
    fields: ['gender', 'ageBand', 'region', 'wheelAreas'],
    onSubmit: async (values) => {
      onEdit();
      onSaved(
        await saveMyDemographics(processRef, {
          gender: values.gender || null,
          ageBand: values.ageBand || null,
          region: values.region.trim() || null,
          wheelAreas: values.wheelAreas,
        }),
      );
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form" aria-labelledby="my-demographics-title" onSubmit={(event) => void submit(event)}>
      <FormAlert messages={formErrors} />
      <div className="field-pair">
        <SelectField
          label="Gender"
          options={[{ value: '', label: 'Not declared' }, ...GENDERS.map((gender) => ({ value: gender, label: GENDER_LABELS[gender] }))]}
          error={errors.gender?.message}
          {...register('gender')}
        />
        <SelectField
          label="Age"
          options={[{ value: '', label: 'Not declared' }, ...AGE_BANDS.map((band) => ({ value: band, label: AGE_BAND_LABELS[band] }))]}
          error={errors.ageBand?.message}
          {...register('ageBand')}
        />
      </div>
      <TextField
        label="Region"
        hint="Where you come from or work, as you would name it."
        autoComplete="off"
        error={errors.region?.message}
        {...register('region', { maxLength: { value: REGION_MAX, message: `Use at most ${String(REGION_MAX)} characters.` } })}
      />
      <CheckboxGroup
        legend="Areas your organisation works in"
        hint="The five areas of the Coordination Wheel."
        error={errors.wheelAreas?.message}
      >
        {WHEEL_AREAS.map((area) => (
          <Checkbox key={area} label={WHEEL_AREA_LABELS[area]} value={area} {...register('wheelAreas')} />
        ))}
      </CheckboxGroup>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>Save my answers</SubmitButton>
      </div>
    </form>
  );
}
