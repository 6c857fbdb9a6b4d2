import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

/** Also shown for things in workspaces one does not belong to: the API answers 404 for both. */
export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <section className="page page-narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1}>
        Page not found
      </h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <p>
        <Link to="/" className="button">
          Go to the home page
        </Link>
      </p>
    </section>
  );
}
