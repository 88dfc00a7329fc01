import { useCallback, useContext, useLayoutEffect, useRef } from 'react';
import { useInput } from '../hooks/use-terminal-input.js';
import { KeyRouterContext, type KeyHandler } from './key-routing.js';

/**
 * Ink's useInput, with two fixes that matter when keys come fast (a quick typist, a paste, a pty test):
 * the handler is always the one from the latest render, and under a <KeyRouter> it is registered at commit
 * (a layout effect) instead of in a passive effect, so the first key after a screen or field change reaches
 * the new input instead of the unmounted one.
 */
export function useKeys(handler: KeyHandler, { isActive = true }: { isActive?: boolean } = {}): void {
  const router = useContext(KeyRouterContext);
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  useLayoutEffect(() => {
    if (!router || !isActive) return undefined;
    return router.add(ref);
  }, [router, isActive]);
  const stable = useCallback<KeyHandler>((input, key) => ref.current(input, key), []);
  useInput(stable, { isActive: isActive && router === null });
}
