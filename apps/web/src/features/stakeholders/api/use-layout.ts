import { useEffect, useState } from 'react';
import { type LayoutInput, type LayoutResult, layoutStakeholderMap } from './layout';

export const LAYOUT_MEASURE = 'cg-map-layout';

interface Settled {
  input: LayoutInput;
  result: LayoutResult;
}

/** Runs the layout in a worker (or, without workers, after the page has painted) and measures it. */
function runLayout(input: LayoutInput, done: (result: LayoutResult) => void): () => void {
  const started = performance.now();
  const finish = (result: LayoutResult) => {
    performance.measure(LAYOUT_MEASURE, {
      start: started,
      end: performance.now(),
      detail: { nodes: input.groups.length, edges: input.edges.length },
    });
    done(result);
  };
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => {
      finish(layoutStakeholderMap(input));
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutResult>) => {
    finish(event.data);
    worker.terminate();
  };
  worker.onerror = () => {
    worker.terminate();
    finish(layoutStakeholderMap(input));
  };
  worker.postMessage(input);
  return () => {
    worker.terminate();
  };
}

/** The positions for this input, computed once per input (not per render); null while it runs. */
export function useLayout(input: LayoutInput | null): LayoutResult | null {
  const [settled, setSettled] = useState<Settled | null>(null);
  useEffect(() => {
    if (!input) return;
    return runLayout(input, (result) => {
      setSettled({ input, result });
    });
  }, [input]);
  return settled && settled.input === input ? settled.result : null;
}
