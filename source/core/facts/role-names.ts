// Answers that name a role rather than a person ("DPO", "Encarregada de Dados"): the policy then
// says "our Data Protection Officer" instead of printing the role as if it were a name. One list for
// every language the laws we cover use for the role: GDPR Art. 37 (in the EU's official languages we
// see most), LGPD Art. 41 (encarregado), Québec CQLR c. P-39.1 s.3.1 and PIPEDA Principle 4.1.
const ROLE_NAMES = [
  'data protection officer',
  'dpo',
  'privacy officer',
  'chief privacy officer',
  'cpo',
  'data protection lead',
  // Portuguese (LGPD Art. 41)
  'encarregado',
  'encarregada',
  'encarregado de dados',
  'encarregada de dados',
  'encarregado de proteção de dados',
  'encarregada de proteção de dados',
  'encarregado pelo tratamento de dados pessoais',
  'encarregada pelo tratamento de dados pessoais',
  'encarregado de dados pessoais',
  'encarregada de dados pessoais',
  'dpo/encarregado',
  // French (GDPR; Québec s.3.1)
  'délégué à la protection des données',
  'déléguée à la protection des données',
  'dpd',
  'responsable de la protection des renseignements personnels',
  // German, Spanish, Italian, Dutch, Polish
  'datenschutzbeauftragter',
  'datenschutzbeauftragte',
  'delegado de protección de datos',
  'delegada de protección de datos',
  'responsabile della protezione dei dati',
  'rpd',
  'functionaris voor gegevensbescherming',
  'inspektor ochrony danych',
  'iod',
];

const normal = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .normalize('NFC')
    .replace(/^(the|our|o|a|le|la|der|die|el|il|de)\s+/u, '')
    .replace(/\s*\((dpo|dpd|rpd)\)$/u, '')
    .replace(/\s+/gu, ' ')
    .replace(/[.:]$/u, '');

const ROLES = new Set(ROLE_NAMES.map(normal));

/** True when the answer is only the name of the role, in any language we know, not a person or team. */
export const isRoleOnly = (name: string | undefined): boolean => !!name && ROLES.has(normal(name));
