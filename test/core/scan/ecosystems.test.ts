import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { evidenceByService, tempProject, testCatalog } from './helpers.js';

const scan = (files: Record<string, string>) => detectServices(tempProject(files), testCatalog());

describe('ecosystems beyond the first ten', () => {
  it('reads Elixir mix.exs dependencies, with only: [:dev, :test] as dev', async () => {
    const result = await scan({
      'mix.exs': 'defmodule App.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.7"},\n      {:sentry, "~> 10.0"},\n      {:stripity_stripe, "~> 3.0", only: [:dev, :test]}\n    ]\n  end\nend\n',
    });
    expect(evidenceByService(result)).toEqual({ sentry: ['mix.exs:5'], stripe: ['mix.exs:6 (dev)'] });
  });

  it('reads config/*.exs: `config :sentry` configures a dependency, System.get_env reads a key', async () => {
    const result = await scan({
      'config/runtime.exs': 'import Config\nconfig :sentry, dsn: System.get_env("SENTRY_DSN")\nconfig :my_app, key: System.fetch_env!("STRIPE_SECRET_KEY")\n',
    });
    expect(evidenceByService(result)).toEqual({ sentry: ['config/runtime.exs:2'], stripe: ['config/runtime.exs:3'] });
    expect(result.services.find((s) => s.serviceId === 'stripe')?.confidence).toBe('env');
    expect(result.unrecognised).toEqual([]); // :my_app is the project itself
  });

  it('reads Rust Cargo.toml, with renamed, table-style, target and dev dependencies', async () => {
    const result = await scan({
      'Cargo.toml': '[package]\nname = "app"\n\n[dependencies]\npay = { package = "async-stripe", version = "0.37" }\nlocal = { path = "../local" }\n\n[target.\'cfg(unix)\'.dependencies.sentry]\nversion = "0.34"\n\n[dev-dependencies]\nopenai-analytics = "1"\n',
    });
    expect(evidenceByService(result)).toEqual({ sentry: ['Cargo.toml:8'], stripe: ['Cargo.toml:5'] });
    expect(result.unrecognised.map((u) => `${u.name} ${u.dev ?? false}`)).toEqual(['openai-analytics true']);
  });

  it('reads deno.json(c) and import maps: npm:, jsr: and CDN specifiers', async () => {
    const result = await scan({
      'deno.jsonc': '{\n  // comments are allowed here\n  "imports": {\n    "stripe": "npm:stripe@^17",\n    "sentry/": "https://esm.sh/@sentry/browser@8/",\n  }\n}\n',
      'import_map.json': '{ "imports": { "ai": "npm:openai@4" } }',
    });
    expect(evidenceByService(result)).toEqual({ openai: ['import_map.json:1'], sentry: ['deno.jsonc:5'], stripe: ['deno.jsonc:4'] });
  });

  it('reads setup.py install_requires/extras_require and setup.cfg options', async () => {
    const result = await scan({
      'setup.py': 'from setuptools import setup\nsetup(\n    install_requires=[\n        "stripe>=10",\n        \'posthog\',\n    ],\n    extras_require={"test": ["openai"]},\n)\n',
      'svc/setup.cfg': '[metadata]\nname = svc\n\n[options]\ninstall_requires =\n    sentry-sdk[flask]>=2\n    requests\n\n[options.extras_require]\ndocs = twilio\n',
    });
    expect(evidenceByService(result)).toEqual({
      openai: ['setup.py:7 (dev)'],
      posthog: ['setup.py:5'],
      sentry: ['svc/setup.cfg:6'],
      stripe: ['setup.py:4'],
      twilio: ['svc/setup.cfg:10 (dev)'],
    });
  });

  it('does not count Go modules marked // indirect as use', async () => {
    const result = await scan({
      'go.mod': 'module x\n\nrequire (\n\tgithub.com/stripe/stripe-go/v79 v79.1.0\n\tgithub.com/getsentry/sentry-go v0.28.0 // indirect\n)\nrequire github.com/openai/openai-go v1.0.0 // indirect\n',
    });
    expect(evidenceByService(result)).toEqual({ stripe: ['go.mod:4'] });
  });
});
