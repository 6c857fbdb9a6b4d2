import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

/** Also shown for things in workspaces one does not belong to: the API answers 404 for both. */
const m = defineMessages({
  pageTitle: { id: 'common.notFound.pageTitle', defaultMessage: 'Not found' },
  title: { id: 'common.notFound.title', defaultMessage: 'Page not found' },
  body: { id: 'common.notFound.body', defaultMessage: 'This page does not exist, or you do not have access to it.' },
  home: { id: 'common.notFound.home', defaultMessage: 'Go to the home page' },
});

export function NotFoundPage() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage(m.pageTitle));
  return (
    <section className="page page-narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1}>
        {intl.formatMessage(m.title)}
      </h1>
      <p>{intl.formatMessage(m.body)}</p>
      <p>
        <Link to="/" className="button">
          {intl.formatMessage(m.home)}
        </Link>
      </p>
    </section>
  );
}
