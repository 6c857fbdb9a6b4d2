import { AGE_BANDS, type AgeBand, type Gender, GENDERS, REGION_MAX, WHEEL_AREAS, type WheelArea } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { type Demographics } from '../../../api';
import { Checkbox, CheckboxGroup, FormAlert, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { getMyDemographics, saveMyDemographics } from '../api/selection';
import type { ProcessRef } from '../../../context/process-ref';
import { useCgForm } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { ageBandLabels, genderLabels } from '../labels';
import { WHEEL_AREA_MESSAGES } from '../../../i18n/domain-labels';

const m = untyped(
  defineMessages({
    title: { id: 'selection.demographics.title', defaultMessage: 'About you (optional)' },
    intro: {
      id: 'selection.demographics.intro',
      defaultMessage:
        'Helps the conveners see whether the group is balanced. Every answer is optional and you can withdraw it at any time. Nobody else sees your answers: conveners and facilitators see only totals, and a category with fewer than five people shows no number.',
    },
    loading: { id: 'selection.demographics.loading', defaultMessage: 'Loading your answers…' },
    saved: { id: 'selection.demographics.saved', defaultMessage: 'Your answers are saved.' },
    withdrawn: { id: 'selection.demographics.withdrawn', defaultMessage: 'Your answers are withdrawn.' },
    gender: { id: 'selection.demographics.gender', defaultMessage: 'Gender' },
    notDeclared: { id: 'selection.demographics.notDeclared', defaultMessage: 'Not declared' },
    age: { id: 'selection.demographics.age', defaultMessage: 'Age' },
    region: { id: 'selection.demographics.region', defaultMessage: 'Region' },
    regionHint: { id: 'selection.demographics.regionHint', defaultMessage: 'Where you come from or work, as you would name it.' },
    tooLong: { id: 'selection.demographics.tooLong', defaultMessage: 'Use at most {max} characters.' },
    areas: { id: 'selection.demographics.areas', defaultMessage: 'Areas your organisation works in' },
    areasHint: { id: 'selection.demographics.areasHint', defaultMessage: 'The five areas of the Coordination Wheel.' },
    save: { id: 'selection.demographics.save', defaultMessage: 'Save my answers' },
  }),
);

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
  const intl = useIntl();

  return (
    <section className="panel" aria-labelledby="my-demographics-title">
      <h2 id="my-demographics-title">{intl.formatMessage(m.title)}</h2>
      <p className="muted">{intl.formatMessage(m.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={doc} loading={intl.formatMessage(m.loading)} />
      {doc.data ? (
        <DemographicsForm
          key={doc.data.updatedAt ?? 'none'}
          processRef={processRef}
          doc={doc.data}
          onSaved={(saved) => {
            doc.setData(saved);
            setStatus(intl.formatMessage(saved.updatedAt ? m.saved : m.withdrawn));
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
  const intl = useIntl();
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
          label={intl.formatMessage(m.gender)}
          options={[
            { value: '', label: intl.formatMessage(m.notDeclared) },
            ...GENDERS.map((gender) => ({ value: gender, label: intl.formatMessage(genderLabels[gender]) })),
          ]}
          error={errors.gender?.message}
          {...register('gender')}
        />
        <SelectField
          label={intl.formatMessage(m.age)}
          options={[
            { value: '', label: intl.formatMessage(m.notDeclared) },
            ...AGE_BANDS.map((band) => ({ value: band, label: intl.formatMessage(ageBandLabels[band]) })),
          ]}
          error={errors.ageBand?.message}
          {...register('ageBand')}
        />
      </div>
      <TextField
        label={intl.formatMessage(m.region)}
        hint={intl.formatMessage(m.regionHint)}
        autoComplete="off"
        error={errors.region?.message}
        {...register('region', { maxLength: { value: REGION_MAX, message: intl.formatMessage(m.tooLong, { max: REGION_MAX }) } })}
      />
      <CheckboxGroup legend={intl.formatMessage(m.areas)} hint={intl.formatMessage(m.areasHint)} error={errors.wheelAreas?.message}>
        {WHEEL_AREAS.map((area) => (
          <Checkbox key={area} label={intl.formatMessage(WHEEL_AREA_MESSAGES[area])} value={area} {...register('wheelAreas')} />
        ))}
      </CheckboxGroup>
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(m.save)}</SubmitButton>
      </div>
    </form>
  );
}
