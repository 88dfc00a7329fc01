import { useInput as useInkInput, type Key } from 'ink';

type Handler = (input: string, key: Key) => void;

/**
 * Ink's useInput, where a lone line feed is Enter. A key typed before the terminal is in raw mode
 * (while node starts) goes through the terminal's CR-to-NL translation and arrives as "\n", which
 * Ink calls "enter" but not `return`: without this, an Enter pressed while the wizard starts is lost.
 */
export function useInput(handler: Handler, options?: { isActive?: boolean }): void {
  useInkInput((input, key) => handler(input, input === '\n' && !key.return ? { ...key, return: true } : key), options);
}
