import { HOST_NAME_MAX, HOSTING_MODELS, HOSTS_MAX, type HostingModel } from '@common-ground/domain';
import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/fields';
import { useResource } from '../../../hooks/use-resource';
import { getHosting, saveHosting } from '../api/initiation';
import type { Hosting } from '../api/types';
import { SavedStamp } from './document-form';
import { lines } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { HOSTING_MODEL_MESSAGES } from '../../../i18n/domain-labels';

/** What each arrangement means, after Lesson 11 §2 ("Initiator, convener, host"). */
const MODEL_HINTS = defineMessages<HostingModel>({
  single_host: {
    id: 'initiation.hosting.hint.single_host',
    defaultMessage: 'One agency convenes and hosts: the official face of the process, seen as impartial and with enough authority.',
  },
  co_hosts: {
    id: 'initiation.hosting.hint.co_hosts',
    defaultMessage: 'Partners co-host meetings, e.g. a key agency with the CSOs that instigated the process.',
  },
  rotation: {
    id: 'initiation.hosting.hint.rotation',
    defaultMessage: 'The host function rotates among different agencies, to appeal to different groups.',
  },
});

const messages = untyped(
  defineMessages({
    title: { id: 'initiation.hosting.title', defaultMessage: 'Convener and hosts' },
    intro: {
      id: 'initiation.hosting.intro',
      defaultMessage:
        'The convener is the official face of the process. Where the initiators do not enjoy that position, they can convince a key agency to play this role and partner with it as co-initiators.',
    },
    loading: { id: 'initiation.hosting.loading', defaultMessage: 'Loading the host arrangement…' },
    saved: { id: 'initiation.hosting.saved', defaultMessage: 'The host arrangement was saved.' },
    arrangement: { id: 'initiation.hosting.arrangement', defaultMessage: 'Arrangement' },
    hosts: { id: 'initiation.hosting.hosts', defaultMessage: 'Hosts' },
    shared: { id: 'initiation.hosting.shared', defaultMessage: 'How hosting is shared' },
    none: { id: 'initiation.hosting.none', defaultMessage: 'No host arrangement is recorded yet.' },
    what: { id: 'initiation.hosting.what', defaultMessage: 'the host arrangement' },
    hostsHint: {
      id: 'initiation.hosting.hostsHint',
      defaultMessage: 'One organisation per line: the convener first, then co-hosts or the agencies the host function rotates among.',
    },
    hostsRequired: { id: 'initiation.hosting.hostsRequired', defaultMessage: 'Name at least one host.' },
    tooManyHosts: { id: 'initiation.hosting.tooManyHosts', defaultMessage: 'Name at most {max} hosts.' },
    nameTooLong: { id: 'initiation.hosting.nameTooLong', defaultMessage: 'Keep each name under {max} characters.' },
    sharedHint: {
      id: 'initiation.hosting.sharedHint',
      defaultMessage: 'For co-hosts or rotation: who hosts which meetings, and in what order.',
    },
    tooLong: { id: 'initiation.hosting.tooLong', defaultMessage: 'Use at most {max} characters.' },
    save: { id: 'initiation.hosting.save', defaultMessage: 'Save the host arrangement' },
  }),
);

interface Values {
  model: HostingModel;
  hosts: string;
  rotationNote: string;
}

/** Who convenes the process and who hosts its meetings. */
export function HostingPanel({ processRef, mayManage, onChanged }: { processRef: ProcessRef; mayManage: boolean; onChanged: () => void }) {
  const intl = useIntl();
  const resource = useResource<Hosting>(`hosting:${processRef.processId}`, (signal) => getHosting(processRef, signal));
  const [status, setStatus] = useState('');
  const data = resource.data;

  return (
    <section className="panel" aria-labelledby="hosting-title">
      <h2 id="hosting-title">{intl.formatMessage(messages.title)}</h2>
      <p className="muted">{intl.formatMessage(messages.intro)}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={resource} loading={intl.formatMessage(messages.loading)} />
      {data && mayManage ? (
        <HostingForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            resource.setData(saved);
            setStatus(intl.formatMessage(messages.saved));
            onChanged();
          }}
        />
      ) : null}
      {data && !mayManage ? (
        data.model ? (
          <dl className="facts">
            <div>
              <dt>{intl.formatMessage(messages.arrangement)}</dt>
              <dd>{intl.formatMessage(HOSTING_MODEL_MESSAGES[data.model])}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage(messages.hosts)}</dt>
              <dd>{intl.formatList(data.hosts, { type: 'unit' })}</dd>
            </div>
            {data.rotationNote ? (
              <div>
                <dt>{intl.formatMessage(messages.shared)}</dt>
                <dd className="prose">{data.rotationNote}</dd>
              </div>
            ) : null}
          </dl>
        ) : (
          <p>{intl.formatMessage(messages.none)}</p>
        )
      ) : null}
    </section>
  );
}

function HostingForm({ processRef, data, onSaved }: { processRef: ProcessRef; data: Hosting; onSaved: (saved: Hosting) => void }) {
  const intl = useIntl();
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<Values, Hosting>({
    defaultValues: { model: data.model ?? 'single_host', hosts: data.hosts.join('\n'), rotationNote: data.rotationNote },
    fields: ['model', 'hosts', 'rotationNote'],
    conflict: { parse: versioned<Hosting>, onTakeTheirs: onSaved },
    onSubmit: async (values, { over }) => {
      onSaved(
        await saveHosting(processRef, {
          model: values.model,
          hosts: lines(values.hosts),
          rotationNote: values.rotationNote.trim(),
          version: (over ?? data).version,
        }),
      );
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form noValidate className="form" aria-labelledby="hosting-title" onSubmit={(event) => void submit(event)}>
      <SavedStamp updatedAt={data.updatedAt} updatedBy={data.updatedBy} />
      {conflict ? (
        <ConflictNotice
          what={intl.formatMessage(messages.what)}
          busy={isSubmitting}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      <FormAlert messages={formErrors} />
      <fieldset className="radio-group">
        <legend>{intl.formatMessage(messages.arrangement)}</legend>
        {HOSTING_MODELS.map((model) => (
          <div key={model} className="radio">
            <input id={`hosting-${model}`} type="radio" value={model} {...register('model')} />
            <label htmlFor={`hosting-${model}`}>
              {intl.formatMessage(HOSTING_MODEL_MESSAGES[model])}
              <span className="muted">{intl.formatMessage(MODEL_HINTS[model])}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        label={intl.formatMessage(messages.hosts)}
        hint={intl.formatMessage(messages.hostsHint)}
        rows={3}
        required
        error={errors.hosts?.message}
        {...register('hosts', {
          validate: (value) => {
            const hosts = lines(value);
            if (hosts.length === 0) return intl.formatMessage(messages.hostsRequired);
            if (hosts.length > HOSTS_MAX) return intl.formatMessage(messages.tooManyHosts, { max: String(HOSTS_MAX) });
            return hosts.every((host) => host.length <= HOST_NAME_MAX)
              ? true
              : intl.formatMessage(messages.nameTooLong, { max: String(HOST_NAME_MAX) });
          },
        })}
      />
      <TextAreaField
        label={intl.formatMessage(messages.shared)}
        hint={intl.formatMessage(messages.sharedHint)}
        rows={2}
        error={errors.rotationNote?.message}
        {...register('rotationNote', {
          validate: (value) => (value.length > 2000 ? intl.formatMessage(messages.tooLong, { max: '2000' }) : true),
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(messages.save)}</SubmitButton>
      </div>
    </form>
  );
}
