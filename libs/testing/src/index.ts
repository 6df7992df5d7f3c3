export { createTestDatabase, type DatabaseKind, databaseKinds, type TestDatabase } from './test-database.js';
