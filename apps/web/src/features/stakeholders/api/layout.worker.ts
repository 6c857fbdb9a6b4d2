/// <reference lib="webworker" />
import { type LayoutInput, layoutStakeholderMap } from './layout';

/** Lays out the relationship map off the main thread, so the page stays responsive while it settles. */
self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(layoutStakeholderMap(event.data));
};
