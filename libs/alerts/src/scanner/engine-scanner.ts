import { type CrisisEngine, createCrisisEngine } from '@alongside/crisis-engine';
import { type CrisisScan, CrisisScanner } from './crisis-scanner.js';

/**
 * The crisis engine behind the scanner port, compiled on the first scan: processes that never scan
 * (an API beside separate workers) never pay for it, and a lexicon error fails scan jobs (retried,
 * then listed as failed) instead of the whole process.
 */
export class EngineScanner extends CrisisScanner {
  private engine?: CrisisEngine;

  scan(text: string): CrisisScan {
    this.engine ??= createCrisisEngine();
    const { level, categories, matches } = this.engine.scan(text);
    return { level, categories, matches };
  }
}
