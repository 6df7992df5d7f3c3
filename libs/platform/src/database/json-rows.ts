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
