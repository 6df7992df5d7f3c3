import type { CrisisLexicon } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';

/** The built-in lexicons, English first. */
export const CRISIS_LEXICONS: readonly CrisisLexicon[] = [en, es, fr, de, pt, it];
export { de, en, es, fr, it, pt };
