import { posix } from 'node:path';
import type { ManifestParser } from './declared-name.js';
import { parseComposerJson } from './parsers/composer-json.js';
import { parseDotnetProject, parsePackagesConfig } from './parsers/dotnet-project.js';
import { parseEnvExample } from './parsers/env-example.js';
import { parseGemfile } from './parsers/gemfile.js';
import { parseGoMod } from './parsers/go-mod.js';
import { parseGradle } from './parsers/gradle.js';
import { parseGradleSettings, parseGradleVersionCatalog } from './parsers/gradle-version-catalog.js';
import { parsePackageJson } from './parsers/package-json.js';
import { parsePackageResolved, parsePackageSwift, parseXcodeGenProject, parseXcodeProject } from './parsers/package-swift.js';
import { parsePipfile } from './parsers/pipfile.js';
import { parsePodfile } from './parsers/podfile.js';
import { parsePomXml } from './parsers/pom-xml.js';
import { parsePubspecYaml } from './parsers/pubspec-yaml.js';
import { parsePyprojectToml } from './parsers/pyproject-toml.js';
import { parseRequirementsTxt } from './parsers/requirements-txt.js';
import { parseCargoToml } from './parsers/cargo-toml.js';
import { parseDenoJson } from './parsers/deno-json.js';
import { parseCiPipeline, parseContainerImages, parseDeployFile, parseServerlessYml, parseTerraform } from './parsers/deploy.js';
import { parseElixirConfig, parseMixExs } from './parsers/mix-exs.js';
import { parseSetupCfg, parseSetupPy } from './parsers/setup-py.js';
import { parseShellScript } from './parsers/shell-script.js';
import { inTestOrExampleDir } from './source-scan.js';

// A Map, not an object literal: a file named "constructor" must not find Object's own properties.
const BY_NAME = new Map<string, ManifestParser>(Object.entries({
  'package.json': parsePackageJson,
  'pyproject.toml': parsePyprojectToml,
  Pipfile: parsePipfile,
  Gemfile: parseGemfile,
  'go.mod': parseGoMod,
  'pom.xml': parsePomXml,
  'build.gradle': parseGradle,
  'build.gradle.kts': parseGradle,
  'settings.gradle': parseGradleSettings,
  'settings.gradle.kts': parseGradleSettings,
  Podfile: parsePodfile,
  'Package.swift': parsePackageSwift,
  'Package.resolved': parsePackageResolved,
  // Xcode (an .xcodeproj bundle's project file)
  'project.pbxproj': parseXcodeProject,
  // XcodeGen
  'project.yml': parseXcodeGenProject,
  'pubspec.yaml': parsePubspecYaml,
  'composer.json': parseComposerJson,
  'packages.config': parsePackagesConfig,
  'mix.exs': parseMixExs,
  'Cargo.toml': parseCargoToml,
  'deno.json': parseDenoJson,
  'deno.jsonc': parseDenoJson,
  'import_map.json': parseDenoJson,
  'setup.py': parseSetupPy,
  'setup.cfg': parseSetupCfg,
  '.gitlab-ci.yml': parseCiPipeline,
  'bitbucket-pipelines.yml': parseCiPipeline,
  'serverless.yml': parseServerlessYml,
  'serverless.yaml': parseServerlessYml,
}));

/** Deploy files whose presence names a host even when no catalog entry lists them yet (the catalog decides which). */
const DEPLOY_FILE_NAMES = new Set(['Procfile', 'app.yaml']);

// Only templates of environment files: real .env files hold secrets and are never read. Projects
// name their templates every way: .env.example, .env.local.example, .env-template, .env_sample,
// env.example, example.env, sample.env, docker.env.dist, .env.tpl (a 1Password `op inject` template).
// The word "env" and a template word, each a whole part of the name, the template word last or
// just before a final "env"; a real env file (.env, .env.local, .env-local, .env.docker) is neither.
const TEMPLATE_WORD = '(?:example|sample|template|dist|tpl|tmpl)';
const ENV_TEMPLATE = new RegExp(`^\\.?(?:[\\w-]+[._-])?env(?:[._-][\\w]+)*[._-]${TEMPLATE_WORD}$|^\\.?(?:[\\w-]+[._-])?${TEMPLATE_WORD}[._-]env$`, 'i');
// 1Password env templates (`op run --env-file env.op`, `op inject`): each value is a secret
// reference ("op://vault/item/field"), never the secret itself, so they are read like templates.
const ONEPASSWORD_ENV_TEMPLATE = /^(\.?env|[\w.-]+\.env)\.op$/;

/** Files that can carry a script tag or an inline analytics snippet. */
const TEMPLATE_EXTENSIONS = new Set([
  '.html', '.htm', '.ejs', '.hbs', '.njk', '.liquid', '.erb', '.php', '.vue', '.svelte', '.astro', '.jsx', '.tsx',
  // Phoenix (Elixir) templates: EEx, HEEx and LiveView's LEEx
  '.eex', '.heex', '.leex',
]);

/**
 * The parser for a manifest or deploy file at `file` (relative POSIX path), or undefined when it
 * is not one. `deployFiles` holds the catalog's `files` identifiers (base names and short paths).
 */
export function manifestParser(file: string, deployFiles: ReadonlySet<string> = DEPLOY_FILE_NAMES): ManifestParser | undefined {
  // Called for every file of the project: string slicing, not path parsing.
  const slash = file.lastIndexOf('/');
  const name = slash === -1 ? file : file.slice(slash + 1);
  const byName = BY_NAME.get(name);
  if (byName) return byName;
  if (!maybeSpecial(name) && !deployFiles.has(name) && !(lastSegmentsOf(deployFiles).has(name) && deployFiles.has(lastTwoSegments(file)))) return undefined;
  const dir = slash === -1 ? '.' : file.slice(0, slash);
  if (name.endsWith('.exs') && posix.basename(dir) === 'config') return parseElixirConfig;
  if (/\.ya?ml$/.test(name) && (dir === '.github/workflows' || dir.endsWith('/.github/workflows'))) return parseCiPipeline;
  // a composite action of the repository's own (.github/actions/deploy/action.yml) runs steps as a workflow does
  if ((name === 'action.yml' || name === 'action.yaml') && (dir.startsWith('.github/') || dir.includes('/.github/'))) return parseCiPipeline;
  if (/^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|dockerfile)$/.test(name) || /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/.test(name)) {
    return parseContainerImages;
  }
  if (name.endsWith('.tf')) return parseTerraform;
  if (DEPLOY_FILE_NAMES.has(name) || deployFiles.has(name) || deployFiles.has(lastTwoSegments(file))) return parseDeployFile;
  if (name.endsWith('.txt') && (name.startsWith('requirements') || posix.basename(posix.dirname(file)) === 'requirements')) {
    return parseRequirementsTxt;
  }
  if (/\.(cs|fs|vb)proj$/.test(name)) return parseDotnetProject;
  if (name.endsWith('.versions.toml') && posix.basename(posix.dirname(file)) === 'gradle') return parseGradleVersionCatalog;
  if (ENV_TEMPLATE.test(name) || ONEPASSWORD_ENV_TEMPLATE.test(name)) return parseEnvExample;
  // a build or release script's package-manager commands add dependencies (tests' and examples' scripts aside)
  if ((name.endsWith('.sh') || name.endsWith('.bash')) && !inTestOrExampleDir(file)) return parseShellScript;
  return undefined;
}

/** Whether `file` (a relative path) is an env template (.env.example, example.env, ...), whose keys an operator sets. */
export function isEnvTemplate(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return ENV_TEMPLATE.test(name) || ONEPASSWORD_ENV_TEMPLATE.test(name);
}

/** Whether `file` is a page or component template to search for catalog snippets. */
export function isTemplate(file: string): boolean {
  return TEMPLATE_EXTENSIONS.has(posix.extname(file).toLowerCase());
}

// Names that may be one of the formats recognised above by extension or pattern:
// /\.(exs|ya?ml|tf|txt|[cfv][sb]proj|toml|dockerfile|Dockerfile|op|env|example|sample|template|dist|tpl|tmpl|sh|bash)$|^(Dockerfile|Containerfile|Procfile|\.env)|^(docker-)?compose/,
// without a regular expression (it ran on every file of the project).
const SPECIAL_EXTENSIONS = new Set(['exs', 'yml', 'yaml', 'tf', 'txt', 'toml', 'dockerfile', 'Dockerfile', 'op', 'env', 'example', 'sample', 'template', 'dist', 'tpl', 'tmpl', 'sh', 'bash']);
const SPECIAL_PREFIXES = ['Dockerfile', 'Containerfile', 'Procfile', '.env', 'compose', 'docker-compose'];
export function maybeSpecial(name: string): boolean {
  for (const prefix of SPECIAL_PREFIXES) if (name.startsWith(prefix)) return true;
  const dot = name.lastIndexOf('.');
  if (dot === -1) return false;
  const ext = name.slice(dot + 1);
  if (SPECIAL_EXTENSIONS.has(ext)) return true;
  return ext.length === 6 && ext.endsWith('proj') && 'cfv'.includes(ext[0]!) && 'sb'.includes(ext[1]!);
}

/** The last segment of each two-segment `files` identifier (".do/app.yaml" -> "app.yaml"), so most names skip lastTwoSegments. */
let segmentsFor: ReadonlySet<string> | undefined;
let segments = new Set<string>();
function lastSegmentsOf(deployFiles: ReadonlySet<string>): Set<string> {
  // one catalog per scan: remembered by identity, not looked up in a map on every file
  if (deployFiles !== segmentsFor) {
    segments = new Set([...deployFiles].filter((f) => f.includes('/')).map((f) => f.slice(f.lastIndexOf('/') + 1)));
    segmentsFor = deployFiles;
  }
  return segments;
}

/** "a/b/.do/app.yaml" -> ".do/app.yaml": how `files` identifiers with a folder are matched. */
export function lastTwoSegments(file: string): string {
  const last = file.lastIndexOf('/');
  if (last === -1) return file;
  const before = file.lastIndexOf('/', last - 1);
  return before === -1 ? file : file.slice(before + 1);
}
