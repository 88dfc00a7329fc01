// The wrappers the build puts in place of lazily loaded packages (scripts/lazy-packages-plugin.mjs)
// must behave like the real export: calls, `new`, statics, and subclasses whose overrides the real
// constructor calls (answers-store.ts subclasses conf to route every write through the safe write).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { wrappers } from '../../scripts/lazy-packages-plugin.mjs';

const PACKAGE = `
class Store {
  constructor(name) { this.name = name; this.saved = this.save('opened'); }
  save(what) { return 'real save of ' + what; }
  hello() { return 'hello ' + this.name; }
  static create(name) { return new Store(name); }
}
module.exports = { Store, greet: (who) => 'hi ' + who, default: Store };
`;

async function load(): Promise<Record<string, any>> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-lazy-'));
  mkdirSync(join(dir, 'vendor'));
  writeFileSync(join(dir, 'vendor', 'fake.cjs'), PACKAGE);
  const code = (wrappers as (name: string, names: string[]) => string)('fake', ['Store', 'greet', 'Store.create', 'default']);
  // the chunk's own `require` (bundle-options.mjs adds it in the banner)
  writeFileSync(join(dir, 'lazy.mjs'), `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code}`);
  return import(pathToFileURL(join(dir, 'lazy.mjs')).href);
}

describe('lazy package wrappers', () => {
  it('forward calls, new and static methods', async () => {
    const m = await load();
    expect(m.greet('you')).toBe('hi you');
    const store = new m.Store('a');
    expect(store.hello()).toBe('hello a');
    expect(store).toBeInstanceOf(m.Store);
    expect(m.Store.create('b').hello()).toBe('hello b');
  });

  it('a subclass gets its own methods and overrides, also those the real constructor calls', async () => {
    const m = await load();
    const Base = m.default as new (name: string) => { saved: string; save(what: string): string; hello(): string };
    class Safe extends Base {
      override save(what: string): string {
        return `safe save of ${what}`;
      }
      shout(): string {
        return this.hello().toUpperCase();
      }
    }
    const safe = new Safe('c');
    expect(safe.saved).toBe('safe save of opened');
    expect(safe.shout()).toBe('HELLO C');
    expect(safe).toBeInstanceOf(Safe);
    expect(safe).toBeInstanceOf(Base);
  });
});
