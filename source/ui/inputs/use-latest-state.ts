import { useCallback, useRef, useState } from 'react';

/**
 * State whose updates see the latest value even when several keys arrive before React re-renders
 * (a paste, fast typing, a test writing keys back to back). `latest()` reads it outside render.
 */
export function useLatestState<S>(initial: () => S): [S, (update: (s: S) => S) => void, () => S] {
  const [state, setState] = useState(initial);
  const ref = useRef(state);
  const update = useCallback((fn: (s: S) => S) => {
    ref.current = fn(ref.current);
    setState(ref.current);
  }, []);
  const latest = useCallback(() => ref.current, []);
  return [state, update, latest];
}
