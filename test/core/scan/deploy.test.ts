import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject, testCatalog } from './helpers.js';

const scan = (files: Record<string, string>) => detectServices(tempProject(files), testCatalog());
const proofs = (result: Awaited<ReturnType<typeof scan>>) =>
  Object.fromEntries(result.services.map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.kind} ${e.match}`)]));

describe('hosting from deploy configuration', () => {
  it('names the host from deploy files, GitHub Actions steps, images, Terraform and serverless.yml', async () => {
    const result = await scan({
      'fly.toml': 'app = "acme"\n',
      'web/vercel.json': '{}',
      '.github/workflows/deploy.yml':
        'jobs:\n  deploy:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n      - run: |\n          npm ci\n          npx sentry-cli releases new x\n',
      'infra/main.tf': 'terraform {\n  required_providers {\n    datadog = { source = "DataDog/datadog" }\n  }\n}\nresource "google_storage_bucket" "b" {}\n',
      'fn/serverless.yml': 'service: x\nprovider:\n  name: aws\n  runtime: nodejs20.x\n',
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n  agent:\n    image: gcr.io/datadoghq/agent:7\n',
      'Dockerfile': 'FROM public.ecr.aws/lambda/nodejs:20 AS base\nFROM base\n',
      'package.json': JSON.stringify({ scripts: { deploy: 'vercel deploy --prod' } }),
    });
    expect(proofs(result)).toEqual({
      aws: [
        '.github/workflows/deploy.yml:5 actions aws-actions/configure-aws-credentials',
        'Dockerfile:1 images public.ecr.aws/lambda/nodejs',
        'fn/serverless.yml:3 providers aws',
      ],
      datadog: ['docker-compose.yml:5 images gcr.io/datadoghq/agent', 'infra/main.tf:3 providers datadog'],
      'fly-io': ['fly.toml:1 files fly.toml'],
      'google-cloud': ['infra/main.tf:6 providers google'],
      sentry: ['.github/workflows/deploy.yml:8 cli sentry-cli'],
      vercel: ['package.json:1 cli vercel', 'web/vercel.json:1 files web/vercel.json'],
    });
    expect(result.unrecognised).toEqual([]);
  });

  it('counts app.yaml only as an App Engine file, and a Procfile as a name-only signal', async () => {
    const result = await scan({ 'app.yaml': 'runtime: nodejs20\n', 'other/app.yaml': 'name: not-app-engine\n', Procfile: 'web: node server.js\n' });
    expect(result.services.map((s) => `${s.serviceId} ${s.confidence} ${s.evidence.map((e) => e.file).join(',')}`)).toEqual([
      'google-cloud manifest app.yaml',
      'heroku name Procfile',
    ]);
  });
});
