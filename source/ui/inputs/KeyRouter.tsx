import { useImperativeHandle, useLayoutEffect, useMemo, useRef, type ReactNode, type Ref } from 'react';
import type { Key } from 'ink';
import { KeyRouterContext, type KeyHandler, type KeyRouterApi } from './key-routing.js';
import { useKeys } from './use-keys.js';

interface KeyRouterProps {
  children: ReactNode;
  isActive?: boolean;
  /** gives the parent `hold()`, to call when it changes what is shown below */
  ref?: Ref<KeyRouterApi>;
}

/**
 * Owns the keyboard for everything below it and hands each key to the inputs registered with useKeys.
 * Ink renders some milliseconds after a key; with `hold()` the keys typed meanwhile wait for the new input
 * instead of reaching the one being replaced.
 */
export function KeyRouter({ children, isActive = true, ref }: KeyRouterProps) {
  const handlers = useRef<{ current: KeyHandler }[]>([]);
  const held = useRef<[string, Key][] | null>(null);
  const api = useMemo<KeyRouterApi>(
    () => ({
      add(handler) {
        handlers.current = [...handlers.current, handler];
        return () => {
          handlers.current = handlers.current.filter((h) => h !== handler);
        };
      },
      hold() {
        held.current ??= [];
      },
    }),
    [],
  );
  useImperativeHandle(ref, () => api, [api]);

  const route = (input: string, key: Key) => {
    if (held.current) held.current.push([input, key]);
    else for (const handler of handlers.current) handler.current(input, key);
  };
  useKeys(route, { isActive });

  // Runs after every commit of this router: the new inputs are registered, so replay what was held.
  useLayoutEffect(() => {
    const queue = held.current;
    if (!queue) return;
    held.current = null;
    // A replayed key may hold again (another Enter): route() then queues the rest for the next commit.
    for (const [input, key] of queue) route(input, key);
  });

  return <KeyRouterContext.Provider value={api}>{children}</KeyRouterContext.Provider>;
}
