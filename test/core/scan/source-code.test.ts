import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { indexCatalog } from '../../../source/core/scan/catalog-index.js';
import { tempProject, testCatalog } from './helpers.js';

const scan = (files: Record<string, string>) => detectServices(tempProject(files), testCatalog());
const proofs = (result: Awaited<ReturnType<typeof scan>>) =>
  Object.fromEntries(result.services.map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.confidence} ${e.match}`)]));

describe('source-level detection', () => {
  it('finds SDK imports in JavaScript/TypeScript, Python, Ruby, Go, Dart, Swift, Rust and C#, not Java/PHP vendor namespaces', async () => {
    const result = await scan({
      'web/src/pay.ts': "import { x } from './local';\nimport Stripe from 'stripe';\n",
      'web/src/lazy.js': "const s = await import('@sentry/browser/esm');\n",
      'api/app.py': 'import os\nfrom sentry_sdk import init\n',
      'api/jobs/sms.rb': "require 'twilio-ruby'\n",
      'edge/main.go': 'package main\n\nimport (\n\t"fmt"\n\tai "github.com/openai/openai-go/v2"\n)\n',
      'mobile/lib/main.dart': "import 'package:flutter_stripe/flutter_stripe.dart';\n",
      'ios/App/Pay.swift': 'import UIKit\nimport Stripe\n',
      // A vendor's namespace also covers its libraries that call no service: pom.xml and composer.json say which artifact.
      'jvm/src/main/java/Sms.java': 'package a;\nimport com.twilio.sdk.Twilio;\n',
      'dotnet/Pay.cs': 'using System;\nusing Stripe;\n',
      'php/Pay.php': "<?php\nuse Stripe\\StripeClient;\n",
      'rust/src/main.rs': 'use sentry::ClientOptions;\n',
    });
    expect(proofs(result)).toEqual({
      openai: ['edge/main.go:3 import github.com/openai/openai-go/v2'],
      sentry: ['api/app.py:2 import sentry_sdk', 'rust/src/main.rs:1 import sentry', 'web/src/lazy.js:1 import @sentry/browser'],
      stripe: ['dotnet/Pay.cs:2 import Stripe.net', 'ios/App/Pay.swift:2 import Stripe', 'mobile/lib/main.dart:1 import flutter_stripe', 'web/src/pay.ts:2 import stripe'],
      twilio: ['api/jobs/sms.rb:1 import twilio-ruby'],
    });
  });

  it('finds environment keys the code reads, in each language, with framework prefixes stripped', async () => {
    const result = await scan({
      'a.ts': 'const k = process.env.NEXT_PRIVATE_STRIPE_KEY;\nconst d = import.meta.env.VITE_SENTRY_DSN;\n',
      'b.py': 'key = os.environ.get("OPENAI_API_KEY")\n',
      'c.rb': 'ENV.fetch("TWILIO_AUTH_TOKEN")\n',
      'd.go': 'package d\nvar k = os.Getenv("EXPO_PUBLIC_POSTHOG_KEY")\n',
    });
    expect(proofs(result)).toEqual({
      openai: ['b.py:1 env OPENAI_API_KEY'],
      posthog: ['d.go:2 env EXPO_PUBLIC_POSTHOG_KEY'],
      sentry: ['a.ts:2 env VITE_SENTRY_DSN'],
      stripe: ['a.ts:1 env NEXT_PRIVATE_STRIPE_KEY'],
      twilio: ['c.rb:1 env TWILIO_AUTH_TOKEN'],
    });
  });

  it('finds vendor API URLs in string literals, but not in comments or prose links', async () => {
    const result = await scan({
      'call.ts': "// docs: https://api.openai.com/v1\nconst r = await fetch('https://api.openai.com/v1/chat/completions');\n",
      'note.ts': '/* see [the API](https://api.openai.com) */\nexport {};\n',
    });
    expect(proofs(result)).toEqual({ openai: ['call.ts:2 url api.openai.com'] });
  });

  it('cites the strongest evidence first: manifest > import > env key > URL > name only', async () => {
    const result = await scan({
      '.env.example': '# OPENAI_API_KEY=\n',
      'src/a.ts': "const u = 'https://api.openai.com/v1';\nconst k = process.env.OPENAI_API_KEY;\nimport OpenAI from 'openai';\n",
      'package.json': JSON.stringify({ dependencies: { openai: '4' } }),
    });
    const openai = result.services.find((s) => s.serviceId === 'openai');
    expect(openai?.evidence.map((e) => `${e.file}:${e.line} ${e.confidence}`)).toEqual([
      'package.json:1 manifest',
      'src/a.ts:3 import', // one piece of evidence per file: the strongest
      '.env.example:1 name',
    ]);
    expect(openai?.confidence).toBe('manifest');
  });

  it('skips tests, minified bundles and vendored folders', async () => {
    const minified = `${"var a=require('stripe');".repeat(400)}\n`;
    const result = await scan({
      'src/pay.test.ts': "import Stripe from 'stripe';\n",
      'tests/pay.py': 'import stripe\n',
      'public/app.min.js': "require('stripe')\n",
      'src/bundle.js': minified,
      'vendor/lib/pay.rb': "require 'stripe'\n",
    });
    expect(result.services).toEqual([]);
  });

  it('matches every catalog snippet the same way as a plain substring search (one pass, many needles)', async () => {
    const index = indexCatalog(testCatalog());
    const page = index.snippets.map((s, i) => `<p>${i}</p><script src="https://${s.snippet.toUpperCase()}/x.js"></script>`).join('\n');
    const result = await scan({ 'index.html': page });
    const expected = [...new Set(index.snippets.map((s) => s.service.id))].sort();
    expect(result.services.map((s) => s.serviceId).sort()).toEqual(expected);
  });
});
