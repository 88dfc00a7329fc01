import type { Obligation, Rule } from '../types.js';

export const japanRules: Rule[] = [];

export const japanObligations: Obligation[] = [];
