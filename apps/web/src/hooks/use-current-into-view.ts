import { type FocusEvent, useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Keeps a horizontally scrolling bar of links (the process tabs on a phone) showing what matters: whenever another
 * link becomes the `aria-current` one (a navigation, or the bar first appearing), the bar scrolls so that link sits
 * in its middle; a link reached with the keyboard is scrolled fully into view. Only the bar scrolls, never the page,
 * and the arithmetic is on screen positions, so it works left to right and right to left.
 * Spread the result on the bar: `<nav {...useCurrentIntoView()}>`.
 */
export function useCurrentIntoView<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const shown = useRef<Element | null>(null);
  // No dependency list: the bar may appear after its data loads, and the current link changes with the route.
  useLayoutEffect(() => {
    const bar = ref.current;
    const current = bar?.querySelector<HTMLElement>('[aria-current="page"]') ?? null;
    if (!bar || !current || current === shown.current) return;
    shown.current = current;
    if (bar.scrollWidth <= bar.clientWidth) return;
    const barBox = bar.getBoundingClientRect();
    const box = current.getBoundingClientRect();
    bar.scrollBy({ left: box.left + box.width / 2 - (barBox.left + barBox.width / 2), behavior: 'instant' });
  });
  const onFocus = useCallback((event: FocusEvent<T>) => {
    const bar = ref.current;
    const link = event.target;
    if (!bar || link === bar) return;
    const barBox = bar.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    // Chromium leaves a half-hidden focused link where it is; bring all of it in.
    if (box.left < barBox.left) bar.scrollBy({ left: box.left - barBox.left, behavior: 'instant' });
    else if (box.right > barBox.right) bar.scrollBy({ left: box.right - barBox.right, behavior: 'instant' });
  }, []);
  return { ref, onFocus };
}
