import type { ScanLevel } from '../entities/alert.enums.js';

/** What the alerts context needs from a crisis scan (the shape of `@alongside/crisis-engine`'s result). */
export interface CrisisScan {
  readonly level: ScanLevel;
  readonly categories: readonly string[];
  readonly matches: readonly {
    readonly rule: string;
    readonly start: number;
    readonly end: number;
    readonly category: string;
    readonly severity: string;
  }[];
}

/** The port the scan pipeline calls; the crisis engine sits behind it, and tests may put a fake there. */
export abstract class CrisisScanner {
  abstract scan(text: string): CrisisScan;
}
