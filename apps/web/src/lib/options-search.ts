/** One choice of a searchable picker (time zone, currency). */
export interface SearchableOption {
  /** What is stored and shown in the field once chosen: "Africa/Lagos", "USD". */
  value: string;
  /** What the list shows: "Africa/Lagos", "USD — US Dollar". */
  label: string;
  /** Shown beside the label, e.g. the zone's offset now. */
  detail?: string;
  /** More words it is found by: "Lagos Nigeria". */
  keywords?: string;
}

/** Lower case, no accents, '_' '/' '-' read as spaces: "São_Paulo" → "sao paulo". */
export function searchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/\-—,()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The options matching what was typed: every word typed starts a word of the option (value, label, detail,
 * keywords). The exact value first, then options with a whole word typed, then the rest, each in list order.
 */
export function searchOptions<T extends SearchableOption>(options: readonly T[], query: string): T[] {
  const words = searchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...options];
  const exact = searchText(query);
  const scored: { option: T; rank: number; index: number }[] = [];
  options.forEach((option, index) => {
    const haystack = searchText(`${option.value} ${option.label} ${option.detail ?? ''} ${option.keywords ?? ''}`);
    const tokens = haystack.split(' ');
    const matches = words.every((word) => tokens.some((token) => token.startsWith(word)));
    if (!matches) return;
    const value = searchText(option.value);
    const rank = value === exact ? 0 : tokens.some((token) => token === words[0]) ? 1 : 2;
    scored.push({ option, rank, index });
  });
  return scored.sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.option);
}

/** The option a typed text names exactly (its value or label, any case), e.g. when the field loses focus. */
export function exactOption<T extends SearchableOption>(options: readonly T[], text: string): T | undefined {
  const wanted = searchText(text);
  if (!wanted) return undefined;
  return options.find((option) => searchText(option.value) === wanted || searchText(option.label) === wanted);
}
