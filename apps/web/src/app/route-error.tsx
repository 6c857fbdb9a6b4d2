import { defineMessages, useIntl } from 'react-intl';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../components/not-found';

/** The last resort when a page fails to load or render. */
const m = defineMessages({
  title: { id: 'shell.routeError.title', defaultMessage: 'Something went wrong' },
  body: {
    id: 'shell.routeError.body',
    defaultMessage: 'The page could not be shown. If Common Ground was just updated, reloading usually helps.',
  },
  reload: { id: 'shell.routeError.reload', defaultMessage: 'Reload the page' },
});

export function RouteError() {
  const intl = useIntl();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main id="main" className="page page-narrow">
      <h1>{intl.formatMessage(m.title)}</h1>
      <p>{intl.formatMessage(m.body)}</p>
      <p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          {intl.formatMessage(m.reload)}
        </button>
      </p>
    </main>
  );
}
