import type { Obligation, Rule } from '../types.js';

export const coppaRules: Rule[] = [];

export const coppaObligations: Obligation[] = [];
