import { HOST_NAME_MAX, MOU_PARTIES_MAX, MOU_STATUSES, MOU_TEXT_MAX, type MouStatus } from '@common-ground/domain';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { defineMessages, type MessageDescriptor, useIntl } from 'react-intl';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { Badge } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { coreGroupApi, getMou, saveMou } from '../api/initiation';
import type { CoreMember, CoreMemberInput, Mou } from '../api/types';
import { SavedStamp } from './document-form';
import { ItemList } from './item-list';
import { lines } from './labels';
import type { ProcessRef } from '../../../context/process-ref';
import { ConflictNotice } from '../../../forms/conflict-notice';
import { useCgForm, versioned } from '../../../forms/use-cg-form';
import { ResourceView } from '../../../components/resource-view';
import { untyped } from '../../../i18n/untyped';
import { MOU_STATUS_MESSAGES } from '../../../i18n/domain-labels';

const messages = untyped(
  defineMessages({
    mouStatusLine: { id: 'initiation.mou.statusLine', defaultMessage: '{status} {agreed}' },
    sectionTitle: { id: 'initiation.coreGroup.sectionTitle', defaultMessage: 'Core group and Memorandum of Understanding' },
    sectionIntro: {
      id: 'initiation.coreGroup.sectionIntro',
      defaultMessage:
        'Ideally the core group of initiators is already multi-stakeholder. Compare objectives and expectations, and clarify the time, capacities and other resources each partner is prepared to contribute.',
    },
    title: { id: 'initiation.coreGroup.title', defaultMessage: 'Core group' },
    description: {
      id: 'initiation.coreGroup.description',
      defaultMessage: 'The committed individuals and organisations who consider the process design and feasibility.',
    },
    empty: { id: 'initiation.coreGroup.empty', defaultMessage: 'No core group members yet' },
    emptyHint: { id: 'initiation.coreGroup.emptyHint', defaultMessage: 'Add the first member of the core group below.' },
    search: { id: 'initiation.coreGroup.search', defaultMessage: 'Search the core group' },
    loading: { id: 'initiation.coreGroup.loading', defaultMessage: 'Loading core group…' },
    addHeading: { id: 'initiation.coreGroup.addHeading', defaultMessage: 'Add a core group member' },
    addButton: { id: 'initiation.coreGroup.addButton', defaultMessage: 'Add core group member' },
    added: { id: 'initiation.coreGroup.added', defaultMessage: 'The core group member was added.' },
    removeTitle: { id: 'initiation.coreGroup.removeTitle', defaultMessage: 'Remove this core group member?' },
    conflict: {
      id: 'initiation.coreGroup.conflict',
      defaultMessage: 'Someone changed this core group member meanwhile. The list has been reloaded: check it and try again.',
    },
    name: { id: 'initiation.coreGroup.name', defaultMessage: 'Name' },
    nameRequired: { id: 'initiation.coreGroup.nameRequired', defaultMessage: 'Name the member.' },
    organisation: { id: 'initiation.coreGroup.organisation', defaultMessage: 'Organisation' },
    organisationRequired: { id: 'initiation.coreGroup.organisationRequired', defaultMessage: 'Name their organisation.' },
    contribution: { id: 'initiation.coreGroup.contribution', defaultMessage: 'Contribution and role' },
    contributionHint: {
      id: 'initiation.coreGroup.contributionHint',
      defaultMessage: 'Time, capacities and other resources they are prepared to contribute.',
    },
    mouTitle: { id: 'initiation.mou.title', defaultMessage: 'Memorandum of Understanding' },
    agreedBy: { id: 'initiation.mou.agreedBy', defaultMessage: 'Agreed {date} by {parties}' },
    mouLoading: { id: 'initiation.mou.loading', defaultMessage: 'Loading the memorandum…' },
    mouSaved: { id: 'initiation.mou.saved', defaultMessage: 'The memorandum was saved.' },
    notWritten: { id: 'initiation.mou.notWritten', defaultMessage: 'No memorandum is written yet.' },
    parties: { id: 'initiation.mou.parties', defaultMessage: 'Parties' },
    noParties: { id: 'initiation.mou.noParties', defaultMessage: 'None named yet.' },
    text: { id: 'initiation.mou.text', defaultMessage: 'Text' },
    textNotWritten: { id: 'initiation.mou.textNotWritten', defaultMessage: 'Not written.' },
    what: { id: 'initiation.mou.what', defaultMessage: 'the memorandum' },
    textLabel: { id: 'initiation.mou.textLabel', defaultMessage: 'Text of the memorandum' },
    textHint: {
      id: 'initiation.mou.textHint',
      defaultMessage: 'The partners’ commitment: objectives, expectations, what each contributes, roles.',
    },
    tooLong: { id: 'initiation.mou.tooLong', defaultMessage: 'Use at most {max} characters.' },
    status: { id: 'initiation.mou.status', defaultMessage: 'Status' },
    agreedOn: { id: 'initiation.mou.agreedOn', defaultMessage: 'Agreed on' },
    agreedOnRequired: { id: 'initiation.mou.agreedOnRequired', defaultMessage: 'Give the date the partners agreed the memorandum.' },
    partiesHintAgreed: {
      id: 'initiation.mou.partiesHintAgreed',
      defaultMessage: 'One partner per line; an agreed memorandum binds at least two.',
    },
    partiesHint: { id: 'initiation.mou.partiesHint', defaultMessage: 'One partner per line.' },
    twoParties: { id: 'initiation.mou.twoParties', defaultMessage: 'An agreed memorandum names at least two parties.' },
    tooManyParties: { id: 'initiation.mou.tooManyParties', defaultMessage: 'Name at most {max} parties.' },
    nameTooLong: { id: 'initiation.mou.nameTooLong', defaultMessage: 'Keep each name under {max} characters.' },
    save: { id: 'initiation.mou.save', defaultMessage: 'Save the memorandum' },
    filling: { id: 'initiation.mou.filling', defaultMessage: 'Filling in…' },
    fill: { id: 'initiation.mou.fill', defaultMessage: 'Use the core group’s organisations as parties' },
  }),
);

interface SectionProps {
  processRef: ProcessRef;
  mayManage: boolean;
  onChanged: () => void;
}

/** The core group of initiators and the Memorandum of Understanding that formalises their commitment. */
export function CoreGroupPanel({ processRef, mayManage, onChanged }: SectionProps) {
  const intl = useIntl();
  const t = (message: MessageDescriptor) => intl.formatMessage(message);
  return (
    <section className="panel stack-lg" aria-labelledby="core-group-section-title">
      <h2 id="core-group-section-title">{t(messages.sectionTitle)}</h2>
      <p className="muted">{t(messages.sectionIntro)}</p>
      <ItemList<CoreMember, CoreMemberInput>
        processRef={processRef}
        name="core-group"
        title={t(messages.title)}
        headingLevel={3}
        description={t(messages.description)}
        texts={{
          loading: t(messages.loading),
          addHeading: t(messages.addHeading),
          addButton: t(messages.addButton),
          added: t(messages.added),
          removeTitle: t(messages.removeTitle),
          conflict: t(messages.conflict),
        }}
        emptyTitle={t(messages.empty)}
        emptyHint={t(messages.emptyHint)}
        searchLabel={t(messages.search)}
        listApi={coreGroupApi}
        mayManage={mayManage}
        onChanged={onChanged}
        fields={[
          { name: 'name', label: t(messages.name), kind: 'text', required: t(messages.nameRequired), max: 200 },
          { name: 'organisation', label: t(messages.organisation), kind: 'text', required: t(messages.organisationRequired), max: 200 },
          {
            name: 'contribution',
            label: t(messages.contribution),
            kind: 'textarea',
            max: 2000,
            hint: t(messages.contributionHint),
          },
        ]}
        toValues={(member) => ({
          name: member?.name ?? '',
          organisation: member?.organisation ?? '',
          contribution: member?.contribution ?? '',
        })}
        toInput={(values) => ({
          name: String(values.name).trim(),
          organisation: String(values.organisation).trim(),
          contribution: String(values.contribution).trim(),
        })}
        describe={(member) => ({
          title: member.name,
          details: (
            <>
              <span className="muted">{member.organisation}</span>
              {member.contribution ? <span className="prose">{member.contribution}</span> : null}
            </>
          ),
        })}
      />
      <MouSection processRef={processRef} mayManage={mayManage} onChanged={onChanged} />
    </section>
  );
}

function MouSection({ processRef, mayManage, onChanged }: SectionProps) {
  const intl = useIntl();
  const fmt = useFormat();
  const resource = useResource<Mou>(`mou:${processRef.processId}`, (signal) => getMou(processRef, signal));
  const [status, setStatus] = useState('');
  const data = resource.data;

  return (
    <section className="stack" aria-labelledby="mou-title">
      <h3 id="mou-title">{intl.formatMessage(messages.mouTitle)}</h3>
      {data && data.version > 0 ? (
        <p>
          {intl.formatMessage(messages.mouStatusLine, {
            status: (
              <Badge tone={data.status === 'agreed' ? 'accent' : 'warning'}>{intl.formatMessage(MOU_STATUS_MESSAGES[data.status])}</Badge>
            ),
            agreed:
              data.status === 'agreed' && data.agreedOn ? (
                <span className="muted">
                  {intl.formatMessage(messages.agreedBy, {
                    date: fmt.date(data.agreedOn),
                    parties: intl.formatList(data.parties, { type: 'unit' }),
                  })}
                </span>
              ) : null,
          })}
        </p>
      ) : null}
      <p role="status" className="form-status">
        {status}
      </p>
      <ResourceView resource={resource} loading={intl.formatMessage(messages.mouLoading)} />
      {data && mayManage ? (
        <MouForm
          key={data.version}
          processRef={processRef}
          data={data}
          onSaved={(saved) => {
            resource.setData(saved);
            setStatus(intl.formatMessage(messages.mouSaved));
            onChanged();
          }}
        />
      ) : null}
      {data && !mayManage ? (
        data.version === 0 ? (
          <p>{intl.formatMessage(messages.notWritten)}</p>
        ) : (
          <dl className="facts">
            <div>
              <dt>{intl.formatMessage(messages.parties)}</dt>
              <dd>
                {data.parties.length ? (
                  intl.formatList(data.parties, { type: 'unit' })
                ) : (
                  <span className="muted">{intl.formatMessage(messages.noParties)}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{intl.formatMessage(messages.text)}</dt>
              <dd className="prose">{data.text || <span className="muted">{intl.formatMessage(messages.textNotWritten)}</span>}</dd>
            </div>
          </dl>
        )
      ) : null}
    </section>
  );
}

interface MouValues {
  text: string;
  status: MouStatus;
  agreedOn: string;
  parties: string;
}

function MouForm({ processRef, data, onSaved }: { processRef: ProcessRef; data: Mou; onSaved: (saved: Mou) => void }) {
  const intl = useIntl();
  const { form, submit, formErrors, conflict, keepMine, takeTheirs } = useCgForm<MouValues, Mou>({
    defaultValues: { text: data.text, status: data.status, agreedOn: data.agreedOn ?? '', parties: data.parties.join('\n') },
    fields: ['text', 'status', 'agreedOn', 'parties'],
    conflict: { parse: versioned<Mou>, onTakeTheirs: onSaved },
    onSubmit: async (values, { over }) => {
      onSaved(
        await saveMou(processRef, {
          text: values.text.trim(),
          status: values.status,
          agreedOn: values.status === 'agreed' ? values.agreedOn || null : null,
          parties: lines(values.parties),
          version: (over ?? data).version,
        }),
      );
    },
  });
  const {
    register,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const [filling, setFilling] = useState(false);
  const agreed = useWatch({ control, name: 'status' }) === 'agreed';

  /** The organisations of the core group, each once, as the parties. */
  const fillFromCoreGroup = async () => {
    setFilling(true);
    try {
      const page = await coreGroupApi.page(processRef, { q: '', cursor: null });
      setValue('parties', [...new Set(page.items.map((member) => member.organisation))].join('\n'), { shouldDirty: true });
    } finally {
      setFilling(false);
    }
  };

  return (
    <form noValidate className="form" aria-labelledby="mou-title" onSubmit={(event) => void submit(event)}>
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
      <TextAreaField
        label={intl.formatMessage(messages.textLabel)}
        hint={intl.formatMessage(messages.textHint)}
        rows={6}
        error={errors.text?.message}
        {...register('text', {
          validate: (value) => (value.length > MOU_TEXT_MAX ? intl.formatMessage(messages.tooLong, { max: String(MOU_TEXT_MAX) }) : true),
        })}
      />
      <div className="field-pair">
        <SelectField
          label={intl.formatMessage(messages.status)}
          options={MOU_STATUSES.map((status) => ({ value: status, label: intl.formatMessage(MOU_STATUS_MESSAGES[status]) }))}
          error={errors.status?.message}
          {...register('status')}
        />
        {agreed ? (
          <TextField
            label={intl.formatMessage(messages.agreedOn)}
            type="date"
            required
            error={errors.agreedOn?.message}
            {...register('agreedOn', { validate: (value) => (value ? true : intl.formatMessage(messages.agreedOnRequired)) })}
          />
        ) : null}
      </div>
      <TextAreaField
        label={intl.formatMessage(messages.parties)}
        hint={intl.formatMessage(agreed ? messages.partiesHintAgreed : messages.partiesHint)}
        rows={3}
        required={agreed}
        error={errors.parties?.message}
        {...register('parties', {
          validate: (value) => {
            const parties = lines(value);
            if (agreed && parties.length < 2) return intl.formatMessage(messages.twoParties);
            if (parties.length > MOU_PARTIES_MAX) return intl.formatMessage(messages.tooManyParties, { max: String(MOU_PARTIES_MAX) });
            return parties.every((party) => party.length <= HOST_NAME_MAX)
              ? true
              : intl.formatMessage(messages.nameTooLong, { max: String(HOST_NAME_MAX) });
          },
        })}
      />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{intl.formatMessage(messages.save)}</SubmitButton>
        <button type="button" className="button" disabled={filling} onClick={() => void fillFromCoreGroup()}>
          {filling ? intl.formatMessage(messages.filling) : intl.formatMessage(messages.fill)}
        </button>
      </div>
    </form>
  );
}
