import { posix } from 'node:path';
import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';
import { commandWords, programOf } from './command-words.js';

/**
 * A deploy or infrastructure file whose mere presence names a host (fly.toml, vercel.json, ...).
 * The catalog's `files` identifiers decide which service; app.yaml counts only when it is an
 * App Engine file (it has a `runtime:`), and a Procfile alone is a weak signal (several hosts and
 * local process managers read one).
 */
export const parseDeployFile: ManifestParser = (text, file) => {
  const name = posix.basename(file);
  if (name === 'app.yaml' && !/^runtime:/m.test(text)) return [];
  if (name === 'Procfile') {
    const found: DeclaredName[] = [{ kind: 'files', name: file, line: 1, confidence: 'name' }];
    for (const { line, text: raw } of numberedLines(text)) {
      const command = /^[\w-]+:\s*(.+)$/.exec(raw)?.[1];
      if (command) for (const word of commandWords(command)) found.push({ kind: 'cli', name: word, line, internal: true });
    }
    return found;
  }
  return [{ kind: 'files', name: file, line: 1 }];
};

/**
 * CI pipelines (GitHub Actions workflows and the composite actions of a repository's own
 * `.github/actions/*\/action.yml`, .gitlab-ci.yml, bitbucket-pipelines.yml): the actions a step
 * `uses:`, the programs its `run:`/`script:` commands call (and the `command:` input of a
 * `<program>-action`, which is that program's arguments), the container images it runs or pushes
 * (`docker login`/`docker push`, the `registry:`/`images:` inputs of the docker actions), and, as
 * names only, the keys of its `env:` blocks (CI runs the team's tooling: a key there says what the
 * build talks to, not what the product does). Read line by line so every signal keeps its line number.
 */
export const parseCiPipeline: ManifestParser = (text, file) => {
  const found: DeclaredName[] = [];
  let block: { indent: number; program: string } | undefined;
  let env: { indent: number } | undefined;
  // What the commands are for: the workflow's file name, the job and the step (their ids and names).
  const context = { file: posix.basename(file ?? ''), job: '', step: '', uses: '' };
  const deploys = () => DEPLOY_WORD.test(context.file) || DEPLOY_WORD.test(context.job) || DEPLOY_WORD.test(context.step);
  for (const { line, text: raw } of numberedLines(text)) {
    if (/^\s*#/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    if (block) {
      if (raw.trim() === '') continue;
      if (indent > block.indent) {
        addCommands(found, block.program + raw.trim(), line, deploys());
        continue;
      }
      block = undefined;
    }
    if (env) {
      if (raw.trim() === '') continue;
      if (indent > env.indent) {
        const key = /^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*:/.exec(raw)?.[1];
        if (key) found.push({ kind: 'env', name: key, line, confidence: 'name' });
        continue;
      }
      env = undefined;
    }
    if (/^\s*env:\s*$/.test(raw)) {
      env = { indent };
      continue;
    }
    const job = /^(?: {2})?([\w .-]+):\s*$/.exec(raw)?.[1];
    if (job !== undefined && indent <= 2) context.job = context.step = job;
    if (/^\s*-\s/.test(raw) && indent > 2) context.uses = '';
    const name = /^\s*(-\s+)?name:\s*['"]?(.*?)['"]?\s*$/.exec(raw);
    if (name) {
      if (name[1] || indent > 4) context.step = name[2]!;
      else context.job = context.step = `${context.job} ${name[2]!}`;
    } else if (/^\s*-\s/.test(raw) && indent > 2) context.step = '';
    const uses = /^\s*-?\s*uses:\s*['"]?([\w.-]+\/[\w.-]+)/.exec(raw)?.[1];
    if (uses) {
      found.push({ kind: 'actions', name: uses, line, internal: true });
      context.uses = uses;
    }
    const image = /^\s*-?\s*image:\s*['"]?([^\s'"#{]+)/.exec(raw)?.[1];
    if (image) found.push({ kind: 'images', name: imageName(image), line, internal: true });
    // docker/login-action's `registry:`, docker/metadata-action's `images:`: where the product's image is pushed
    const pushed = /^\s*(?:registry|images):\s*['"]?([a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/[^\s'"#$]*)?)['"]?\s*$/i.exec(raw)?.[1];
    if (pushed) found.push({ kind: 'images', name: imageName(pushed), line, internal: true, registry: true });
    const run = /^\s*-?\s*(?:run|script|command|before_script|after_script):\s*(.*)$/.exec(raw);
    if (run) {
      // cloudflare/wrangler-action's `command: pages deploy ...` runs `wrangler pages deploy ...`
      const program = /^\s*-?\s*command:/.test(raw) ? actionProgram(context.uses) : '';
      const value = (run[1] ?? '').trim();
      if (value === '' || /^[|>][-+]?\d*$/.test(value)) block = { indent, program };
      else addCommands(found, program + value, line, deploys());
      continue;
    }
    // GitLab and Bitbucket list their commands as "- cmd" under script:; so do YAML lists in general.
    const item = /^\s*-\s+(?!\w[\w-]*:\s)(.+)$/.exec(raw)?.[1];
    if (item) addCommands(found, item, line, deploys());
  }
  return found;
};

/** "wrangler " for the action cloudflare/wrangler-action: a `<program>-action` whose `command:` input is the program's arguments. */
function actionProgram(uses: string): string {
  const program = /\/([a-z][a-z0-9]*)-actions?$/.exec(uses.toLowerCase())?.[1];
  return program ? `${program} ` : '';
}

const DEPLOY_WORD = /deploy/i;

// A cloud CLI copying files to or from a bucket: in CI, the build's artefacts (debug symbols,
// packages, caches), which hold no user's data; it hosts the product only in a deploy step
// (`aws s3 sync ./site s3://www` in a "Deploy site" step).
const TRANSFER: Record<string, RegExp> = {
  aws: /^(?:--?\S+\s+)*s3\s+(?:cp|sync|mv|rm|ls)\b/,
  gsutil: /^(?:-\S+\s+)*(?:cp|rsync|mv|rm|ls)\b/,
  gcloud: /^(?:--?\S+\s+)*storage\s+(?:cp|rsync|mv|rm|ls)\b/,
  az: /^storage\s+(?:blob|file|fs|azcopy)\s+/,
};

/** Whether every call of `program` in `command` only copies files to or from a bucket. */
function onlyTransfers(program: string, command: string): boolean {
  const pattern = TRANSFER[program];
  if (!pattern) return false;
  const call = new RegExp(`(?:^|[\\s(/])${program}\\s+(.*)$`);
  const calls = command.split(/\r?\n|&&|\|\||[;|]/).flatMap((part) => call.exec(part)?.[1] ?? []);
  return calls.length > 0 && calls.every((args) => pattern.test(args));
}

function addCommands(found: DeclaredName[], command: string, line: number, deploys: boolean): void {
  const text = command.trim().replace(/^-\s+/, '').replace(/^['"]|['"]$/g, '');
  for (const word of commandWords(text)) {
    // an artefact upload outside a deploy is build infrastructure: named, not proof of use
    const tooling = !deploys && onlyTransfers(programOf(word), text);
    found.push({ kind: 'cli', name: word, line, internal: true, ...(tooling ? { confidence: 'name' as const } : {}) });
  }
  // the registry the product's image is pushed to: `docker login rg.example.cloud`, `docker push ghcr.io/acme/api`
  for (const part of text.split(/&&|\|\||[;|]/)) {
    const login = /\bdocker\s+login\s+(.*)$/.exec(part)?.[1];
    const host = login?.split(/\s+/).find((token, i, all) => !token.startsWith('-') && !/^-(u|p)$|^--(username|password)$/.test(all[i - 1] ?? '') && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(token));
    const push = /\bdocker\s+(?:image\s+)?push\s+(?:-\S+\s+)*([^\s$'"]+)/.exec(part)?.[1];
    for (const image of [host, push]) if (image && image.split('/')[0]!.includes('.')) found.push({ kind: 'images', name: imageName(image), line, internal: true, registry: true });
  }
}

// A compose file for development or tests (docker-compose.dev.yml, compose.test.yaml,
// docker-compose.local.yml) and a service only in such profiles (`profiles: [dev]`) run on a
// developer's machine or in CI, not in production: their images are dev-only evidence.
const DEV_COMPOSE = /(^|[._-])(dev|devel|development|test|tests|testing|local|e2e|ci)([._-]|$)/i;
const DEV_PROFILE = /^(dev|devel|development|test|tests|testing|local|e2e|ci|debug|tools)$/i;

/** Dockerfile (FROM) and compose files (image:): the images the product runs or builds on. */
export const parseContainerImages: ManifestParser = (text, file) => {
  const found: DeclaredName[] = [];
  const stages = new Set<string>();
  const base = posix.basename(file);
  const dockerfile = /dockerfile/i.test(base);
  const devFile = !dockerfile && DEV_COMPOSE.test(base.replace(/^(docker-)?compose/, '').replace(/\.ya?ml$/, ''));
  // compose: each service's images and profiles (a service is a key two spaces in under `services:`)
  const services = new Map<string, { images: DeclaredName[]; profiles: string[] }>();
  let section = '';
  let service: { images: DeclaredName[]; profiles: string[] } | undefined;
  let inProfiles = false;
  for (const { line, text: raw } of numberedLines(text)) {
    if (dockerfile) {
      const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(raw);
      if (!from) continue;
      const image = from[1] ?? '';
      if (from[2]) stages.add(from[2].toLowerCase());
      if (!stages.has(image.toLowerCase()) && !image.includes('$')) found.push({ kind: 'images', name: imageName(image), line, internal: true });
      continue;
    }
    if (/^\s*(#|$)/.test(raw)) continue;
    const top = /^([\w.-]+):/.exec(raw)?.[1];
    if (top) {
      section = top;
      service = undefined;
      continue;
    }
    const key = /^ {2}([\w.-]+):\s*$/.exec(raw)?.[1];
    if (key && section === 'services') {
      services.set(key, (service = { images: [], profiles: [] }));
      inProfiles = false;
      continue;
    }
    const profiles = /^\s+profiles:\s*(.*)$/.exec(raw);
    if (profiles && service) {
      const inline = /^\[(.*)\]/.exec(profiles[1]!.trim())?.[1];
      if (inline !== undefined) service.profiles.push(...inline.split(',').map((p) => p.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean));
      inProfiles = inline === undefined;
      continue;
    }
    const item = /^\s+-\s*['"]?([\w.-]+)['"]?\s*$/.exec(raw)?.[1];
    if (inProfiles && item && service) {
      service.profiles.push(item);
      continue;
    }
    inProfiles = false;
    const image = /^\s*image:\s*['"]?([^\s'"#]+)/.exec(raw)?.[1];
    if (image && !image.includes('$')) {
      const declared: DeclaredName = { kind: 'images', name: imageName(image), line, internal: true, ...(devFile ? { dev: true } : {}) };
      found.push(declared);
      service?.images.push(declared);
    }
  }
  for (const { images, profiles } of services.values()) {
    if (profiles.length > 0 && profiles.every((p) => DEV_PROFILE.test(p))) for (const image of images) image.dev = true;
  }
  return found;
};

/** "docker.io/library/postgres:16@sha256:..." -> "postgres"; "ghcr.io/acme/api:1" -> "ghcr.io/acme/api". */
export function imageName(image: string): string {
  return image
    .toLowerCase()
    .replace(/@sha256:[a-f0-9]+$/, '')
    .replace(/:[\w.-]+$/, '')
    .replace(/^(index\.)?docker\.io\//, '')
    .replace(/^library\//, '');
}

/**
 * Terraform (*.tf): the providers it configures: `provider "aws"`, required_providers sources
 * ("hashicorp/google" -> google) and the provider prefix of resource types ("cloudflare_record").
 */
export const parseTerraform: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  const seen = new Set<string>();
  const add = (name: string, line: number) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind: 'providers', name: key, line, internal: true });
  };
  for (const { line, text: raw } of numberedLines(text)) {
    const code = raw.replace(/(#|\/\/).*$/, '');
    const provider = /^\s*provider\s+"([\w-]+)"/.exec(code)?.[1];
    if (provider) add(provider, line);
    // `source = "hashicorp/aws"`, inline `datadog = { source = "DataDog/datadog" }`; local and git module sources are not providers.
    const source = /\bsource\s*=\s*"(?!\.|git|http)(?:[\w.-]+\/)?([\w-]+)\/([\w-]+)"/.exec(code);
    if (source) add(source[2] ?? '', line);
    const resource = /^\s*(?:resource|data)\s+"([a-z0-9]+)_[\w-]+"/.exec(code)?.[1];
    if (resource) add(resource, line);
  }
  return found;
};

/** serverless.yml: the cloud named by `provider: name:` (aws, azure, google, ...). */
export const parseServerlessYml: ManifestParser = (text) => {
  const lines = numberedLines(text);
  for (let i = 0; i < lines.length; i++) {
    const header = /^provider:\s*(\w+)?\s*$/.exec(lines[i]!.text);
    if (!header) continue;
    if (header[1]) return [{ kind: 'providers', name: header[1].toLowerCase(), line: lines[i]!.line, internal: true }];
    for (let j = i + 1; j < lines.length && /^(\s|$)/.test(lines[j]!.text); j++) {
      const name = /^\s+name:\s*['"]?(\w+)/.exec(lines[j]!.text)?.[1];
      if (name) return [{ kind: 'providers', name: name.toLowerCase(), line: lines[j]!.line, internal: true }];
    }
  }
  return [];
};
