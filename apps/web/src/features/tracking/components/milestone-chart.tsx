import { useId } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import type { MilestoneDetail } from '../../../api';
import { useFormat } from '../../../lib/use-format';
import { untyped } from '../../../i18n/untyped';

const m = untyped(
  defineMessages({
    legend: { id: 'tracking.chart.legend', defaultMessage: '{measured} {target} {baseline} {due}' },
    summaryEmpty: {
      id: 'tracking.chart.summaryEmpty',
      defaultMessage: 'No values recorded yet. Baseline {baseline} {unit}, target {target} {unit} by {due}.',
    },
    summary: {
      id: 'tracking.chart.summary',
      defaultMessage:
        '{count, plural, one {# value} other {# values}} from {first} to {last}; the latest is {latest} {unit}, against a target of {target} {unit} by {due} (baseline {baseline}).',
    },
    title: { id: 'tracking.chart.title', defaultMessage: '{milestone}: values against the target' },
    target: { id: 'tracking.chart.target', defaultMessage: 'Target' },
    baseline: { id: 'tracking.chart.baseline', defaultMessage: 'Baseline' },
    measured: { id: 'tracking.chart.measured', defaultMessage: 'Measured values' },
    due: { id: 'tracking.chart.due', defaultMessage: 'Due date' },
  }),
);

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 64, right: 20, top: 20, bottom: 44 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The scales of the chart: time from the first measurement (or today) to the due date, values around baseline and target. */
function scales(milestone: MilestoneDetail) {
  const { values, indicator } = milestone;
  const days = [...values.map((value) => value.measuredOn), milestone.dueDate, values.length ? values[0].measuredOn : milestone.today];
  const first = Math.min(...days.map(dayNumber));
  const last = Math.max(...days.map(dayNumber));
  const figures = [indicator.baseline, indicator.target, ...values.map((value) => value.value)];
  let low = Math.min(...figures);
  let high = Math.max(...figures);
  const margin = high === low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.08;
  low -= margin;
  high += margin;
  return {
    x: (day: string) => PAD.left + ((dayNumber(day) - first) / Math.max(1, last - first)) * PLOT_W,
    y: (value: number) => PAD.top + ((high - value) / (high - low)) * PLOT_H,
    firstDay: new Date(first * 86_400_000).toISOString().slice(0, 10),
    lastDay: new Date(last * 86_400_000).toISOString().slice(0, 10),
  };
}

/**
 * The indicator's series as a line against the target (dashed) and the baseline (dotted), up to the due
 * date. A plain SVG: the figure's caption says what it shows, and the table next to it holds every value
 * for those who cannot see the chart.
 */
export function MilestoneChart({ milestone }: { milestone: MilestoneDetail }) {
  const fmt = useFormat();
  const id = useId();
  const intl = useIntl();
  const { indicator, values } = milestone;
  const { x, y, firstDay, lastDay } = scales(milestone);
  const points = values.map((value) => `${x(value.measuredOn).toFixed(1)},${y(value.value).toFixed(1)}`).join(' ');
  const unit = indicator.unit;
  const summary =
    values.length === 0
      ? intl.formatMessage(m.summaryEmpty, {
          baseline: fmt.number(indicator.baseline),
          target: fmt.number(indicator.target),
          unit,
          due: fmt.day(milestone.dueDate),
        })
      : intl.formatMessage(m.summary, {
          count: values.length,
          first: fmt.day(values[0].measuredOn),
          last: fmt.day(values[values.length - 1].measuredOn),
          latest: fmt.number(values[values.length - 1].value),
          target: fmt.number(indicator.target),
          baseline: fmt.number(indicator.baseline),
          unit,
          due: fmt.day(milestone.dueDate),
        });
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{intl.formatMessage(m.title, { milestone: milestone.title })}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line className="chart-axis" x1={PAD.left} y1={PAD.top + PLOT_H} x2={PAD.left + PLOT_W} y2={PAD.top + PLOT_H} />
        <line className="chart-axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + PLOT_H} />
        <line className="chart-target" x1={PAD.left} x2={PAD.left + PLOT_W} y1={y(indicator.target)} y2={y(indicator.target)} />
        <text className="chart-label" x={PAD.left - 6} y={y(indicator.target) + 4} textAnchor="end">
          {fmt.number(indicator.target)}
        </text>
        <text className="chart-label chart-label-target" x={PAD.left + PLOT_W} y={y(indicator.target) - 6} textAnchor="end">
          {intl.formatMessage(m.target)}
        </text>
        {indicator.baseline !== indicator.target ? (
          <>
            <line className="chart-baseline" x1={PAD.left} x2={PAD.left + PLOT_W} y1={y(indicator.baseline)} y2={y(indicator.baseline)} />
            <text className="chart-label" x={PAD.left - 6} y={y(indicator.baseline) + 4} textAnchor="end">
              {fmt.number(indicator.baseline)}
            </text>
            <text className="chart-label" x={PAD.left + PLOT_W} y={y(indicator.baseline) - 6} textAnchor="end">
              {intl.formatMessage(m.baseline)}
            </text>
          </>
        ) : null}
        <line className="chart-due" x1={x(milestone.dueDate)} x2={x(milestone.dueDate)} y1={PAD.top} y2={PAD.top + PLOT_H} />
        {values.length > 1 ? <polyline className="chart-series" points={points} /> : null}
        {values.map((value) => (
          <circle key={value.id} className="chart-point" cx={x(value.measuredOn)} cy={y(value.value)} r={4} />
        ))}
        <text className="chart-label" x={PAD.left} y={HEIGHT - 16} textAnchor="start">
          {fmt.day(firstDay)}
        </text>
        <text className="chart-label" x={PAD.left + PLOT_W} y={HEIGHT - 16} textAnchor="end">
          {fmt.day(lastDay)}
        </text>
      </svg>
      <figcaption className="muted">
        {intl.formatMessage(m.legend, {
          measured: <span className="legend legend-series">{intl.formatMessage(m.measured)}</span>,
          target: <span className="legend legend-target">{intl.formatMessage(m.target)}</span>,
          baseline: <span className="legend legend-baseline">{intl.formatMessage(m.baseline)}</span>,
          due: <span className="legend legend-due">{intl.formatMessage(m.due)}</span>,
        })}
      </figcaption>
    </figure>
  );
}
