import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity's columns that a find selects, under their property names (`"group_id" AS "groupId", …`), for plain SQL
 * (a SELECT, or an INSERT's RETURNING) whose rows become entities with `manager.create`.
 */
export function propertyColumns(manager: EntityManager, target: EntityTarget<ObjectLiteral>): string {
  return manager.connection
    .getMetadata(target)
    .columns.filter((column) => column.isSelect)
    .map((column) => `"${column.databaseName}" AS "${column.propertyName}"`)
    .join(', ');
}
