import { createElement, Fragment, type ReactNode } from 'react';
import { defineMessages, type IntlShape } from 'react-intl';
import { untyped } from './untyped';

/** Messages every feature shows the same way. */
export const commonMessages = defineMessages({
  /** Stands in a table cell or a fact for a value nobody entered. */
  none: { id: 'common.none', defaultMessage: '—' },
});

const joinMessages = untyped(
  defineMessages({
    /** Joins the facts of a one-line summary ("Plan · Owner · due 3 May"), two at a time. */
    join: { id: 'common.join', defaultMessage: '{first} · {next}' },
  }),
);

/**
 * A one-line summary of facts, some of which may be missing: the present ones joined by the language's
 * separator. Use a message with arguments instead when every part is always there.
 */
export function joinParts(intl: IntlShape, parts: ReactNode[]): ReactNode[] {
  return parts
    .filter((part) => part !== null && part !== undefined && part !== false && part !== '')
    .map((part, index) => createElement(Fragment, { key: index }, part))
    .reduce<ReactNode[]>(
      (joined, part) => (joined.length === 0 ? [part] : [intl.formatMessage(joinMessages.join, { first: joined, next: part })]),
      [],
    );
}
