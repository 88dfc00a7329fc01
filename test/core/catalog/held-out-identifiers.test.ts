import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from '../scan/helpers.js';

// What the held-out real-world set (test/fixtures/real-world-heldout, branch heldout2) showed the
// shipped catalog missing or mistaking, as the services a scan reports for small projects.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const found = async (files: Record<string, string>) =>
  (await detectServices(tempProject(files), shipped())).services.filter((s) => s.confidence !== 'name').map((s) => s.serviceId).sort();

describe('catalog identifiers from the held-out set', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('reads an Elixir app: ex_aws clients, Ueberauth GitHub and the mailer adapter in its config', async () => {
    // hexpm/hexpm: mix.exs and config/config.exs at dee4f9b2.
    const services = await found({
      'mix.exs': 'defmodule App.MixProject do\n  defp deps do\n    [\n      {:ex_aws_s3, "~> 2.0"},\n      {:broadway_sqs, "~> 0.7.0"},\n      {:ueberauth_github, "~> 0.8"}\n    ]\n  end\nend\n',
      'config/config.exs': 'import Config\n\nconfig :app, App.Mailer, adapter: Swoosh.Adapters.Sendgrid\n',
    });
    expect(services).toEqual(['amazon-sqs', 'aws-s3', 'sendgrid', 'sign-in-with-github']);
  });

  it('names the AWS service whose own client a project installs, not only AWS', async () => {
    const services = await found({ 'package.json': `${JSON.stringify({ name: 'app', dependencies: { '@aws-sdk/client-lambda': '^3.0.0', '@aws-sdk/client-sqs': '^3.0.0' } })}\n` });
    expect(services).toEqual(['amazon-sqs', 'aws-lambda']);
    // openstatusHQ/openstatus: the Cloud Tasks client, in npm and Go, is Cloud Tasks.
    expect(
      await found({
        'package.json': `${JSON.stringify({ name: 'app', dependencies: { '@google-cloud/tasks': '^6.0.0' } })}\n`,
        'checker/go.mod': 'module checker\n\ngo 1.24\n\nrequire (\n\tcloud.google.com/go/cloudtasks v1.13.7\n)\n',
      }),
    ).toEqual(['google-cloud-tasks']);
  });

  it('sees Koyeb in its deploy file and runtime variable, and no ClickHouse Cloud in a self-hosted ClickHouse\'s settings', async () => {
    // openstatusHQ/openstatus: .koyebignore, apps/checker/cmd/server/main.go, apps/dashboard/.env.example.
    const services = await found({
      '.koyebignore': '*\n!.koyebignore\n!/apps/checker/*\n',
      'cmd/server/main.go': 'package main\n\nimport "os"\n\nfunc region() string {\n\treturn os.Getenv("KOYEB_REGION")\n}\n',
      '.env.example': '# RUM server with separate clickhouse for self-host\nCLICKHOUSE_URL=\nCLICKHOUSE_USERNAME=\nCLICKHOUSE_PASSWORD=\n',
    });
    expect(services).toEqual(['koyeb']);
  });

  it('reads Google Pay, hCaptcha and ML Kit from an Android version catalog', async () => {
    // wikimedia/apps-android-wikipedia: gradle/libs.versions.toml at aa428fa3.
    const services = await found({
      'gradle/libs.versions.toml':
        '[libraries]\n' +
        'wallet = { module = "com.google.android.gms:play-services-wallet", version = "20.0.0" }\n' +
        'hcaptcha = { module = "com.github.hCaptcha.hcaptcha-android-sdk:sdk", version = "4.4.0" }\n' +
        'language-id = { module = "com.google.mlkit:language-id", version = "17.0.6" }\n',
    });
    expect(services).toEqual(['google-ml-kit', 'google-pay', 'hcaptcha']);
  });

  it('takes a Firebase bucket name for no App Engine, and someone else\'s github.io page for no GitHub Pages hosting', async () => {
    // lichess-org/mobile lib/firebase_options.dart; mfts/papermark next.config.mjs (ua-parser's icons).
    const services = await found({
      'lib/firebase_options.dart': "const options = FirebaseOptions(\n  storageBucket: 'lichessv2.appspot.com',\n);\n",
      'next.config.mjs': 'export default { images: { remotePatterns: [{ protocol: "https", hostname: "faisalman.github.io" }] } };\n',
    });
    expect(services).toEqual([]);
  });

  it('finds avatar, breached-password, team-chat and document-viewer services from the URLs the code calls', async () => {
    const services = await found({
      'lib/avatar.ex': 'def url(hash), do: "https://www.gravatar.com/avatar/#{hash}?s=80"\n',
      'lib/pwned.ex': '@base_url "https://api.pwnedpasswords.com/"\n',
      'config/config.exs': 'import Config\n\nconfig :app, zulip_url: "https://changelog.zulipchat.com"\n',
      'components/viewer.tsx': 'export const src = (file: string) => `https://view.officeapps.live.com/op/embed.aspx?src=${file}`;\n',
    });
    expect(services).toEqual(['gravatar', 'have-i-been-pwned', 'microsoft-office-viewer', 'zulip-cloud']);
  });

  it('finds Plausible behind a proxy domain from its queue stub, and Campaign Monitor and Slack from their API URLs', async () => {
    // hexpm/hexpm lib/hexpm/hexdocs/file_rewriter.ex; thechangelog/changelog.com lib/craisin, lib/changelog/slack.
    const services = await found({
      'lib/rewriter.ex': '@script "<script>window.plausible=window.plausible||function(){(plausible.q=plausible.q||[]).push(arguments)}</script>"\n',
      'lib/craisin.ex': 'def url(path), do: "https://api.createsend.com/api/v3.1#{path}.json"\n',
      'lib/slack.ex': 'def process_url(url), do: "https://changelog.slack.com/api#{url}"\n',
    });
    expect(services).toEqual(['campaign-monitor', 'plausible', 'slack']);
  });
});
