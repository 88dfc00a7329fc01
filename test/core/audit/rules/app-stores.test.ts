import { describe, expect, test } from 'vitest';
import { appStoresRules } from '../../../../source/core/audit/rules/app-stores.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { answersOf, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditWith as audit, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';

const saas = answersOf(loadAnswersFixture('saas')) as Record<string, unknown>;
const WEB_ONLY = { 'product.kinds': ['webapp'] };
const BOTH_DELETIONS = { 'product.accountDeletion': ['in-app', 'web-form'] };
const NO_SERVICES = { 'services.used': [], 'services.details': {} };

const withAdmob = (role: string) => ({
  'services.used': [...(saas['services.used'] as string[]), 'google-admob'],
  'services.details': {
    ...(saas['services.details'] as object),
    'google-admob': { role, purposes: ['advertising'], data: ['device', 'usage'], location: 'US', safeguard: 'dpf', ...(role === 'processor' ? { dpa: 'signed' } : {}) },
  },
});

const saasDetails = saas['data.details'] as Record<string, Record<string, unknown>>;
const withCategory = (id: string, change: Record<string, unknown>) => ({ 'data.details': { ...saasDetails, [id]: { ...saasDetails[id], ...change } } });
const sentryWithoutRole = () => {
  const details = structuredClone(saas['services.details'] as Record<string, Record<string, unknown>>);
  delete details.sentry!.role;
  return { 'services.details': details };
};

const cases: [string, Severity, Overrides, Overrides][] = [
  ['APPLE-5.1.1-ii-v', 'error', { 'product.accountDeletion': ['email'] }, {}],
  ['APPLE-5.1.1-ii-v', 'error', { 'product.accountDeletion': ['web-form'] }, { ...WEB_ONLY, 'product.accountDeletion': ['email'] }],
  ['GPLAY-DS-DEL', 'error', { 'product.accountDeletion': ['in-app'] }, {}],
  ['APPLE-KIDS', 'warning', { 'audience.children': 'children', 'cookies.kinds': ['essential', 'advertising'] }, { 'audience.children': 'children', 'cookies.kinds': ['essential'], ...NO_SERVICES }],
  // An ad SDK is sharing in Play's Data safety terms: the contradiction is calling it a processor, not using it.
  ['GPLAY-SDK', 'warning', withAdmob('processor'), withAdmob('third-party')],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['app-store-privacy-link', 'publish', {}, WEB_ONLY],
  ['app-privacy-details', 'publish', {}, WEB_ONLY],
  ['att-prompt', 'engineering', { 'sharing.shares': true }, {}],
  ['in-app-account-deletion', 'engineering', { 'product.accountDeletion': ['email'] }, {}],
  ['play-console-privacy-link', 'publish', {}, WEB_ONLY],
  ['data-safety-form', 'publish', {}, WEB_ONLY],
  ['web-account-deletion-link', 'engineering', { 'product.accountDeletion': ['in-app'] }, BOTH_DELETIONS],
  ['prominent-disclosure', 'engineering', { 'data.sensitive': ['health'] }, {}],
  ['google-families-policy', 'publish', { 'audience.children': 'mixed' }, {}],
  // Apple's Kids Category rules, the twin of Google's Families task (kids-edu had only Google's)
  ['apple-kids-category', 'publish', { 'audience.children': 'mixed' }, {}],
  ['play-ad-id', 'publish', withAdmob('third-party'), {}],
  // what the answers leave open for the store forms (core/store-labels/open-questions.ts)
  ['store-labels-which-types', 'publish', {}, WEB_ONLY],
  ['app-privacy-linked', 'publish', {}, WEB_ONLY],
  ['app-privacy-payment-info', 'publish', {}, { 'data.categories': (saas['data.categories'] as string[]).filter((c) => c !== 'payment') }],
  ['app-privacy-tracking', 'publish', withCategory('usage', { purposes: ['analytics', 'advertising'] }), {}],
  ['ios-sdk-manifests', 'engineering', {}, NO_SERVICES],
  ['data-safety-required', 'publish', withCategory('usage', { required: undefined }), {}],
  ['data-safety-shared', 'publish', sentryWithoutRole(), {}],
  ['data-safety-encryption', 'publish', { 'security.measures': ['at-rest'] }, {}],
  ['data-safety-account-methods', 'publish', {}, { 'product.accounts': false }],
  ['data-safety-deletion-url', 'publish', { 'product.deletionUrl': undefined }, {}],
];

describe('App store rules', () => {
  ruleCases(cases);

  test('the example SaaS answers raise no app store errors', () => {
    const ids = new Set(appStoresRules.map((r) => r.id));
    expect(audit({}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

describe('App store checklist tasks', () => {
  taskCases(tasks);
});
