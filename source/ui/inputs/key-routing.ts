import { createContext } from 'react';
import type { Key } from 'ink';

/** What an input does with a key (same arguments as Ink's useInput). */
export type KeyHandler = (input: string, key: Key) => void;

/** A KeyRouter hands each key to the handlers registered below it. */
export interface KeyRouterApi {
  /** registers a handler (read through the ref at each key); returns the unregister function */
  add(handler: { current: KeyHandler }): () => void;
  /**
   * Queues keys until the router's next render has committed, then replays them to the inputs shown by then.
   * Call it when a key makes the screen change (next field, next question), so keys typed ahead reach the new input.
   */
  hold(): void;
}

export const KeyRouterContext = createContext<KeyRouterApi | null>(null);
