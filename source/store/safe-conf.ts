// conf with every write routed through writeFileSafely: atomically 2.x (conf's writer) ignores
// short writes, so a full disk truncated the file, and conf writes in place when SNAP is set.
// A subclass, not a patch on the instance, so writes conf makes inside its own constructor
// (defaults, migrations) take the safe path too. (The bundle's lazy wrapper supports subclasses.)
import Conf from 'conf';
import { writeFileSafely } from './safe-write.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as conf's own
export class SafeConf<T extends Record<string, any>> extends Conf<T> {}

// `_write` is private in conf's types, so the override is defined on the prototype.
Object.defineProperty(SafeConf.prototype, '_write', {
  value(this: { path: string; _serialize(value: unknown): string }, value: Record<string, unknown>) {
    writeFileSafely(this.path, this._serialize(value));
  },
});
