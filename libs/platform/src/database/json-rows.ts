import type { EntityManager } from 'typeorm';

/** `String.prototype.toWellFormed` (Node 20), not yet in the ES2023 lib. */
type WellFormable = string & { toWellFormed(): string };

/**
 * Rows as one JSON parameter, for an INSERT from `jsonb_to_recordset($1::jsonb)`: one parameter for a whole batch
 * instead of one per value. A lone surrogate becomes U+FFFD, as the driver's UTF-8 encoding of a text parameter makes
 * it, since PostgreSQL refuses it escaped in JSON.
 */
export function jsonRows(rows: readonly object[]): string {
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? (value as WellFormable).toWellFormed() : value));
}

/**
 * Inserts rows (objects keyed by column name) into `table` (a plain table name) in one statement, the rows as one JSON parameter, in the
 * order given (so generated ids are drawn in that order). `columns`: each column's PostgreSQL type, in INSERT order.
 * Returns the `returning` columns of the rows, in no particular order (RETURNING promises none). Plain SQL for the
 * writes that run for every post or alert: TypeORM's `insert` and `save` cost more to build than the statement to run.
 */
export async function insertJsonRows<R extends object = object>(
  manager: EntityManager,
  table: string,
  columns: Readonly<Record<string, string>>,
  rows: readonly object[],
  returning?: string,
): Promise<R[]> {
  const names = Object.keys(columns)
    .map((name) => `"${name}"`)
    .join(', ');
  const types = Object.entries(columns)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(', ');
  return manager.query<R[]>(
    `INSERT INTO ${table} (${names})
     SELECT ${names} FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${types})) WITH ORDINALITY AS r(${names}, n)
      ORDER BY n${returning === undefined ? '' : `
     RETURNING ${returning}`}`,
    [jsonRows(rows)],
  );
}
