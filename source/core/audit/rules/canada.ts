import type { Obligation, Rule } from '../types.js';

export const canadaRules: Rule[] = [];

export const canadaObligations: Obligation[] = [];
