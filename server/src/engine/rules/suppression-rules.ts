/** The `suppression` rules: findings about suppression comments themselves. */
import type { Rule } from '../rule';
import { invalidSuppression } from './invalid-suppression';
import { unusedSuppression } from './unused-suppression';

export const SUPPRESSION_RULES: readonly Rule[] = [unusedSuppression, invalidSuppression];
