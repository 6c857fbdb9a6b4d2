import type { FundingOutlook, RiskRating } from '@common-ground/domain';

type Tone = 'neutral' | 'accent' | 'muted' | 'warning';

export const RISK_TONES: Record<RiskRating, Tone> = { not_assessed: 'muted', low: 'accent', medium: 'neutral', high: 'warning' };

export const OUTLOOK_TONES: Record<FundingOutlook, Tone> = {
  no_estimate: 'muted',
  covered: 'accent',
  relies_on_pledges: 'neutral',
  short: 'warning',
};

/** Text with one entry per line, as the API's lists (hosts, parties). */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
