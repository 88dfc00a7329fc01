import type { Obligation, Rule } from '../types.js';

export const caloppaRules: Rule[] = [];

export const caloppaObligations: Obligation[] = [];
