import { PROGRESS_LIMITS } from '@common-ground/domain';
import { useState, type ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { untyped } from '../../../i18n/untyped';
import { errorMessage, type Milestone, type PlanAction, type ProgressUpdate, type ProgressUpdateList } from '../../../api';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/fields';
import { EmptyState } from '../../../components/states';
import { useResource } from '../../../hooks/use-resource';
import { useFormat } from '../../../lib/use-format';
import { listProgress, reportProgress } from '../api/tracking';
import type { ProcessRef } from '../../../context/process-ref';
import { ResourceView } from '../../../components/resource-view';
import { useCgForm } from '../../../forms/use-cg-form';

const m = untyped(
  defineMessages({
    meta: { id: 'tracking.progress.meta', defaultMessage: '<strong>{author}</strong> · {time}' },
    metaPercent: { id: 'tracking.progress.metaPercent', defaultMessage: '<strong>{author}</strong> · {time} {complete}' },
    indicatorValue: { id: 'tracking.progress.indicatorValue', defaultMessage: '{milestone}: {value}' },
    title: { id: 'tracking.progress.title', defaultMessage: 'Progress' },
    loading: { id: 'tracking.progress.loading', defaultMessage: 'Loading progress updates…' },
    none: { id: 'tracking.progress.none', defaultMessage: 'No progress reported yet' },
    list: { id: 'tracking.progress.list', defaultMessage: 'Progress updates, newest first' },
    complete: { id: 'tracking.progress.complete', defaultMessage: '· {percent} % complete' },
    links: { id: 'tracking.progress.links', defaultMessage: 'Linked documents' },
    loadingOlder: { id: 'tracking.progress.loadingOlder', defaultMessage: 'Loading…' },
    older: { id: 'tracking.progress.older', defaultMessage: 'Show older updates' },
    formTitle: { id: 'tracking.progress.formTitle', defaultMessage: 'Report progress' },
    text: { id: 'tracking.progress.text', defaultMessage: 'What was done, what is in the way' },
    percent: { id: 'tracking.progress.percent', defaultMessage: 'Percent complete' },
    percentHint: { id: 'tracking.progress.percentHint', defaultMessage: '0 to 100 (optional).' },
    percentInvalid: { id: 'tracking.progress.percentInvalid', defaultMessage: 'A whole number from 0 to 100.' },
    milestone: { id: 'tracking.progress.milestone', defaultMessage: 'Milestone measured' },
    none2: { id: 'tracking.progress.noMilestone', defaultMessage: 'None' },
    milestoneOption: { id: 'tracking.progress.milestoneOption', defaultMessage: '{title} ({unit})' },
    value: { id: 'tracking.progress.value', defaultMessage: 'Indicator value' },
    valueRequired: { id: 'tracking.progress.valueRequired', defaultMessage: 'Write the indicator’s value now.' },
    linksLabel: { id: 'tracking.progress.linksLabel', defaultMessage: 'Links to documents' },
    linksHint: { id: 'tracking.progress.linksHint', defaultMessage: 'Up to {max} web addresses (https://…), one per line.' },
    post: { id: 'tracking.progress.post', defaultMessage: 'Post the update' },
  }),
);

interface ProgressPanelProps {
  processRef: ProcessRef;
  action: PlanAction;
  /** Milestones linked to this action: an update may carry a value of their indicator. */
  milestones: readonly Milestone[];
  mayReport: boolean;
  onReported: (update: ProgressUpdate) => void;
}

/** The action's progress updates, newest first, and the form its owners report with. */
export function ProgressPanel({ processRef, action, milestones, mayReport, onReported }: ProgressPanelProps) {
  const intl = useIntl();
  const fmt = useFormat();
  const first = useResource<ProgressUpdateList>(`progress:${action.id}`, (signal) => listProgress(processRef, action.id, null, signal));
  const [older, setOlder] = useState<ProgressUpdateList | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);
  const items = [...(first.data?.items ?? []), ...(older?.items ?? [])];
  const nextCursor = older ? older.nextCursor : (first.data?.nextCursor ?? null);

  const loadOlder = async () => {
    if (!nextCursor) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await listProgress(processRef, action.id, nextCursor);
      setOlder((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
    } catch (caught) {
      setOlderError(errorMessage(caught));
    } finally {
      setLoadingOlder(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title">{intl.formatMessage(m.title)}</h2>
      {mayReport ? (
        <ReportForm
          processRef={processRef}
          action={action}
          milestones={milestones}
          onReported={(update) => {
            setOlder(null);
            first.reload();
            onReported(update);
          }}
        />
      ) : null}
      <ResourceView resource={first} loading={intl.formatMessage(m.loading)} />
      {first.data && items.length === 0 ? <EmptyState title={intl.formatMessage(m.none)} /> : null}
      {items.length > 0 ? (
        <ol className="timeline" aria-label={intl.formatMessage(m.list)}>
          {items.map((update) => (
            <li key={update.id} className="timeline-item">
              <p className="timeline-meta">
                {intl.formatMessage(update.percent !== null ? m.metaPercent : m.meta, {
                  strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
                  author: update.author.displayName,
                  time: <time dateTime={update.createdAt}>{fmt.dateTime(update.createdAt)}</time>,
                  complete: update.percent !== null ? intl.formatMessage(m.complete, { percent: String(update.percent) }) : '',
                })}
              </p>
              {update.text ? <p className="timeline-text">{update.text}</p> : null}
              {update.indicatorValue !== null && update.milestoneTitle ? (
                <p className="muted">
                  {intl.formatMessage(m.indicatorValue, { milestone: update.milestoneTitle, value: fmt.number(update.indicatorValue) })}
                </p>
              ) : null}
              {update.links.length > 0 ? (
                <ul className="timeline-links" aria-label={intl.formatMessage(m.links)}>
                  {update.links.map((link) => (
                    <li key={link}>
                      <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                        {link}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {nextCursor ? (
        <div className="load-more">
          <button type="button" className="button" disabled={loadingOlder} onClick={() => void loadOlder()}>
            {intl.formatMessage(loadingOlder ? m.loadingOlder : m.older)}
          </button>
          {olderError ? <p className="field-error">{olderError}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

interface ReportValues {
  text: string;
  percent: string;
  milestoneId: string;
  indicatorValue: string;
  links: string;
}

function ReportForm({ processRef, action, milestones, onReported }: Omit<ProgressPanelProps, 'mayReport'>) {
  const intl = useIntl();
  const { form, submit, formErrors } = useCgForm<ReportValues>({
    defaultValues: {
      text: '',
      percent: action.progressPercent === null ? '' : String(action.progressPercent),
      milestoneId: '',
      indicatorValue: '',
      links: '',
    },
    fields: ['text', 'percent', 'milestoneId', 'indicatorValue', 'links'],
    onSubmit: async (values) => {
      const links = values.links
        .split(/\s+/)
        .map((link) => link.trim())
        .filter(Boolean);
      const update = await reportProgress(processRef, action.id, {
        text: values.text.trim(),
        ...(values.percent.trim() ? { percent: Number(values.percent) } : {}),
        ...(values.milestoneId ? { milestoneId: values.milestoneId, indicatorValue: Number(values.indicatorValue) } : {}),
        ...(links.length ? { links } : {}),
      });
      form.reset({ text: '', percent: values.percent, milestoneId: '', indicatorValue: '', links: '' });
      onReported(update);
    },
  });
  const { errors } = form.formState;
  return (
    <form noValidate className="form subform" onSubmit={(event) => void submit(event)} aria-labelledby="report-progress-title">
      <h3 id="report-progress-title">{intl.formatMessage(m.formTitle)}</h3>
      <FormAlert messages={formErrors} />
      <TextAreaField
        label={intl.formatMessage(m.text)}
        rows={3}
        maxLength={PROGRESS_LIMITS.textMax}
        error={errors.text?.message}
        {...form.register('text')}
      />
      <TextField
        label={intl.formatMessage(m.percent)}
        hint={intl.formatMessage(m.percentHint)}
        inputMode="numeric"
        error={errors.percent?.message}
        {...form.register('percent', {
          validate: (value) =>
            value.trim() === '' || (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 100) ? true : intl.formatMessage(m.percentInvalid),
        })}
      />
      {milestones.length > 0 ? (
        <div className="field-pair">
          <SelectField
            label={intl.formatMessage(m.milestone)}
            options={[
              { value: '', label: intl.formatMessage(m.none2) },
              ...milestones.map((milestone) => ({
                value: milestone.id,
                label: intl.formatMessage(m.milestoneOption, { title: milestone.title, unit: milestone.indicator.unit }),
              })),
            ]}
            error={errors.milestoneId?.message}
            {...form.register('milestoneId')}
          />
          <TextField
            label={intl.formatMessage(m.value)}
            inputMode="decimal"
            error={errors.indicatorValue?.message}
            {...form.register('indicatorValue', {
              validate: (value, values) =>
                !values.milestoneId || (value.trim() !== '' && Number.isFinite(Number(value))) ? true : intl.formatMessage(m.valueRequired),
            })}
          />
        </div>
      ) : null}
      <TextAreaField
        label={intl.formatMessage(m.linksLabel)}
        hint={intl.formatMessage(m.linksHint, { max: String(PROGRESS_LIMITS.linksMax) })}
        rows={2}
        error={errors.links?.message}
        {...form.register('links')}
      />
      <div className="form-actions">
        <SubmitButton busy={form.formState.isSubmitting}>{intl.formatMessage(m.post)}</SubmitButton>
      </div>
    </form>
  );
}
