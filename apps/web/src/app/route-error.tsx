import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../components/not-found';

/** The last resort when a page fails to load or render. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main id="main" className="page page-narrow">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. If Common Ground was just updated, reloading usually helps.</p>
      <p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload the page
        </button>
      </p>
    </main>
  );
}
