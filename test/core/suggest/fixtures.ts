import type { Catalog, ServiceEntry } from '../../../source/core/catalog/types.js';
import type { Question, QuestionBank } from '../../../source/core/questions/types.js';
import type { Vocabulary } from '../../../source/core/vocabulary/load.js';
import type { SuggestContext } from '../../../source/core/suggest/index.js';

const service = (id: string, extra: Partial<ServiceEntry> = {}): ServiceEntry => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  category: 'payments',
  data: ['contact', 'payment'],
  purposes: ['payments', 'security'],
  privacyPolicy: `https://${id}.example/privacy`,
  identifiers: { npm: [id] },
  verification: { checked: '2026-01-01', method: 'test', sources: [] },
  ...extra,
});

export const catalog: Catalog = (() => {
  const services = [service('stripe', { country: 'US', dpf: true }), service('adyen', { country: 'NL' }), service('zeta', { category: 'analytics' })];
  return { services, byId: new Map(services.map((s) => [s.id, s])) };
})();

const term = (id: string) => ({ id, label: `${id} label` });
export const vocabulary = {
  dataCategories: ['contact', 'payment', 'usage'].map(term),
  sensitiveCategories: [],
  purposes: ['payments', 'analytics', 'security'].map(term),
  legalBases: [],
  transferSafeguards: ['dpf', 'scc'].map(term),
  ukTransferSafeguards: ['uk-extension', 'uk-idta'].map(term),
  swissTransferSafeguards: ['swiss-dpf', 'scc-ch'].map(term),
  regions: ['eea', 'uk'].map(term),
  serviceCategories: [{ id: 'payments', label: 'Payments' }],
  cookieKinds: [],
} as Vocabulary;

export const questions: Question[] = [
  { id: 'product.name', section: 'p', prompt: 'Name?', help: '', type: 'text', suggest: 'productName' },
  { id: 'product.platforms', section: 'p', prompt: 'Stores?', help: '', type: 'multiselect', suggest: 'platforms', choices: [{ value: 'ios', label: 'iOS' }, { value: 'android', label: 'Android' }] },
  { id: 'data.categories', section: 'd', prompt: 'Data?', help: '', type: 'multiselect', choicesFrom: 'dataCategories' },
  { id: 'purposes.list', section: 'd', prompt: 'Purposes?', help: '', type: 'multiselect', choicesFrom: 'purposes' },
  { id: 'services.used', section: 's', prompt: 'Services?', help: '', type: 'multiselect', choicesFrom: 'catalog', suggest: 'services' },
  { id: 'services.custom', section: 's', prompt: 'Other?', help: '', type: 'list' },
  {
    id: 'services.details',
    section: 's',
    prompt: 'Each?',
    help: '',
    type: 'records',
    itemsFrom: ['services.used', 'services.custom'],
    fields: [{ id: 'data', prompt: 'Data', type: 'multiselect', choicesFromAnswer: 'data.categories' }],
  },
  { id: 'org.legalName', section: 'o', prompt: 'Legal name?', help: '', type: 'text' },
  { id: 'org.hasDpo', section: 'o', prompt: 'DPO?', help: '', type: 'confirm', default: false },
];
export const bank: QuestionBank = { sections: [], questions, byId: new Map(questions.map((q) => [q.id, q])) };
export const byId = (id: string): Question => bank.byId.get(id)!;

export function context(extra: Partial<SuggestContext> = {}): SuggestContext {
  return {
    bank,
    vocabulary,
    catalog,
    answers: {},
    detected: [],
    detections: [],
    dismissed: {},
    hints: { platforms: [] },
    profile: {},
    ...extra,
  };
}
