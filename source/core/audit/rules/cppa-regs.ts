import type { Obligation, Rule } from '../types.js';

export const cppaRegsRules: Rule[] = [];

export const cppaRegsObligations: Obligation[] = [];
