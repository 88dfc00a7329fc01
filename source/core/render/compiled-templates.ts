// The outputs/**/*.eta templates compiled to functions at build time. From source (the tests) there
// are none and Eta compiles each file when first rendered; the bundle replaces this module with
// the functions the build compiled with TEMPLATE_OPTIONS (scripts/compiled-data-plugin.mjs).
import type { TemplateFunction } from 'eta';

/** Template functions by path relative to outputs/ ("policy/intro.eta"), or undefined from source. */
export const compiledTemplates: Record<string, TemplateFunction> | undefined = undefined;
