import { AuditRecord } from './entities/audit-record.entity.js';
import { Audit1764140410000 } from './migrations/1764140410000-audit.js';

export { AuditRecord };
export { AuditModule } from './audit.module.js';
export { type AuditEntry, AuditService } from './services/audit.service.js';
export { type AuditExportFormat, type AuditFilter, AuditLogService, MAX_EXPORT_ROWS } from './services/audit-log.service.js';

export const auditEntities = [AuditRecord];
export const auditMigrations = [Audit1764140410000];
