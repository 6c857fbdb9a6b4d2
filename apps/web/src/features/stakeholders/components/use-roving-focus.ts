import { type KeyboardEvent, useRef, useState } from 'react';

/**
 * One tab stop for a picture with many marks: Tab enters on the current mark, the arrow keys (and Home,
 * End) move between marks in reading order, Enter or Space opens the focused one. Marks carry
 * `data-rove={index}` so focus can follow the keys.
 */
export function useRovingFocus<T extends Element>(count: number) {
  const container = useRef<T>(null);
  const [active, setActive] = useState(0);
  const current = count === 0 ? -1 : Math.min(active, count - 1);

  const moveTo = (index: number) => {
    setActive(index);
    container.current?.querySelector<SVGElement | HTMLElement>(`[data-rove="${String(index)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number, open: () => void) => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        moveTo(Math.min(index + 1, count - 1));
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveTo(Math.max(index - 1, 0));
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(count - 1);
        break;
      case 'Enter':
      case ' ':
        open();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return { container, current, setActive, moveTo, onKeyDown };
}
