// Whole words (after splitting on punctuation and camelCase) that suggest a third-party SDK.
const WORDS = ['sdk', 'ads', 'pixel', 'metrics', 'crash', 'admob', 'adsense', 'rum', 'apm', 'beacon', 'replay'];
// Fragments distinctive enough to count anywhere in a name ("googleanalytics", "reactnativeanalytics").
const FRAGMENTS = ['analytics', 'tracking', 'tracker', 'telemetry', 'attribution', 'crashlytics', 'fingerprint', 'advertis'];

// Tooling whose names carry those words but that sends nothing anywhere: type stubs, lint and
// build plugins, test helpers and mocks.
const TOOLING = [
  /^@types\//,
  /^types-/,
  /-types$/,
  /-stubs$/,
  /(^|[/-])eslint-(plugin|config)/,
  /^@typescript-eslint\//,
  /^@babel\//,
  /(^|\/)(babel|rollup|vite|webpack|postcss|prettier|stylelint|esbuild|gatsby|next)-plugin/,
  /-(webpack|rollup|vite|esbuild)-plugin$/,
  /-loader$/,
  /^@storybook\//,
  /^@testing-library\//,
  /(^|[-/])(mock|mocks|stub|fake)([-/]|$)/,
  /^pytest-/,
  /^flake8-/,
  /^com\.android\.tools/,
  /^org\.gradle/,
];

/** Why a dependency looks like a third-party service SDK, or undefined when it does not. */
export function sdkReason(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (TOOLING.some((pattern) => pattern.test(lower))) return undefined;
  const fragment = FRAGMENTS.find((f) => lower.includes(f));
  if (fragment) return `name contains "${fragment}"`;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const word = WORDS.find((w) => words.includes(w));
  return word ? `name contains "${word}"` : undefined;
}
