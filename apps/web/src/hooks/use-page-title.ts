import { useEffect } from 'react';

/** Names the browser tab after the page, so screen reader users hear where they are. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Common Ground` : 'Common Ground';
  }, [title]);
}
