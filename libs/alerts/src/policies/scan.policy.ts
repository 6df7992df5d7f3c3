import { type AlertLevel, LEVEL_RANK } from '../entities/alert.enums.js';
import type { CrisisScan } from '../scanner/crisis-scanner.js';

export interface ScannedAlert {
  readonly level: AlertLevel;
  readonly scannedRevision: number;
}

export type ScanDecision =
  /** Nothing to record: no signal and no active alert, a revision already scanned, or a level a human already closed. */
  | { readonly kind: 'ignore' }
  | { readonly kind: 'raise'; readonly level: AlertLevel }
  /** The active alert now shows this revision, at its higher level. */
  | { readonly kind: 'raise-level'; readonly level: AlertLevel }
  /** The same or a lower level: noted on the active alert's timeline, which stays as it is. */
  | { readonly kind: 'note' };

/**
 * What a scan of one post revision does to the post's alerts. An edit that raises the level updates the
 * active alert, or raises a new one above what was resolved; a lower level never closes anything.
 */
export function decideScan(
  scan: Pick<CrisisScan, 'level'>,
  revision: number,
  active: ScannedAlert | null,
  lastResolved: ScannedAlert | null,
): ScanDecision {
  const latest = active ?? lastResolved;
  if (latest && latest.scannedRevision >= revision) return { kind: 'ignore' };
  if (active) {
    if (scan.level !== 'none' && LEVEL_RANK[scan.level] > LEVEL_RANK[active.level]) return { kind: 'raise-level', level: scan.level };
    return { kind: 'note' };
  }
  if (scan.level === 'none') return { kind: 'ignore' };
  if (lastResolved && LEVEL_RANK[scan.level] <= LEVEL_RANK[lastResolved.level]) return { kind: 'ignore' };
  return { kind: 'raise', level: scan.level };
}
