import type { DataSource, EntityManager } from 'typeorm';

/**
 * Works off a backlog in short transactions: runs `work` (which handles at most `batch` rows and says how
 * many) until a run handles fewer than `batch`. Returns the total.
 */
export async function inBatches(dataSource: DataSource, batch: number, work: (tx: EntityManager) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await dataSource.transaction(work);
    total += done;
    if (done < batch) return total;
  }
}
