import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { walkProject } from '../../../source/core/scan/walk.js';
import { evidenceByService, tempProject, testCatalog } from './helpers.js';

const STRIPE = JSON.stringify({ dependencies: { stripe: '1' } });
const GTAG = '<script src="https://www.googletagmanager.com/gtag/js"></script>';

describe('walking the project', () => {
  it('skips node_modules, vendor, build output, tool folders and test fixtures at any depth', async () => {
    const root = tempProject({
      'package.json': '{}',
      'node_modules/stripe/package.json': STRIPE,
      'packages/app/node_modules/twilio/package.json': JSON.stringify({ dependencies: { twilio: '1' } }),
      'vendor/bundle/Gemfile': 'gem "stripe"\n',
      'ios/Pods/Stripe/Podfile': "pod 'Stripe'\n",
      'dist/index.html': GTAG,
      'build/index.html': GTAG,
      '.next/server/page.html': GTAG,
      '.venv/lib/requirements.txt': 'stripe\n',
      'target/pom.xml': '<project/>',
      '.git/config.html': GTAG,
      'test/fixtures/shop/package.json': STRIPE,
      'src/__mocks__/stripe/package.json': STRIPE,
      'cmd/testdata/go.mod': 'require github.com/stripe/stripe-go v1.0.0\n',
    });
    const result = await detectServices(root, testCatalog());
    expect(result.filesRead).toEqual(['package.json']);
    expect(result.services).toEqual([]);
  });

  it('respects the root .gitignore and nested ones, where a deeper rule overrides a shallower one', async () => {
    const root = tempProject({
      '.gitignore': 'generated/\n*.html\n/scratch.json\n',
      'generated/package.json': STRIPE,
      'page.html': GTAG,
      'site/.gitignore': '!index.html\nfixtures/\n',
      'site/index.html': GTAG,
      'site/other.html': GTAG,
      'site/fixtures/package.json': STRIPE,
      'scratch.json': '{}',
      'apps/web/package.json': JSON.stringify({ dependencies: { openai: '1' } }),
    });
    const result = await detectServices(root, testCatalog());
    expect(result.filesRead).toEqual(['apps/web/package.json', 'site/index.html']);
    expect(evidenceByService(result)).toEqual({
      'google-analytics': ['site/index.html:1'],
      openai: ['apps/web/package.json:1'],
    });
  });

  it('applies the .gitignore files above the project up to the root of its git repository', async () => {
    const repo = tempProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'generated/\n',
      'packages/.gitignore': '*.html\n',
      'packages/web/generated/package.json': STRIPE,
      'packages/web/index.html': GTAG,
      'packages/web/package.json': JSON.stringify({ dependencies: { openai: '1' } }),
    });
    const result = await detectServices(join(repo, 'packages', 'web'), testCatalog());
    expect(result.filesRead).toEqual(['package.json']);
  });

  it('ignores .gitignore files above the project when it is not inside a git repository', async () => {
    const outer = tempProject({ '.gitignore': '*\n', 'app/package.json': STRIPE });
    const result = await detectServices(join(outer, 'app'), testCatalog());
    expect(result.filesRead).toEqual(['package.json']);
  });

  it('does not take files named like Object properties for manifests', async () => {
    const root = tempProject({ constructor: 'x', toString: 'y', 'package.json': STRIPE });
    const result = await detectServices(root, testCatalog());
    expect(result.filesRead).toEqual(['package.json']);
  });

  it('lists only the wanted files, sorted, with POSIX separators', async () => {
    const root = tempProject({ 'b/x.txt': '', 'a/c/x.txt': '', 'a/y.md': '' });
    expect(walkProject(root, (file) => file.endsWith('.txt'))).toEqual(['a/c/x.txt', 'b/x.txt']);
  });

  it('rejects a project folder that does not exist, naming it', async () => {
    await expect(detectServices('/nonexistent/pw-project', testCatalog())).rejects.toMatchObject({
      name: 'UsageError',
      details: { file: '/nonexistent/pw-project', field: '--cwd' },
    });
  });
});
