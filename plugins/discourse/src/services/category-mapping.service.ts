import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { Group } from '@alongside/groups';
import type { Actor } from '@alongside/platform';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DiscourseCategoryMapping } from '../entities/discourse-category-mapping.entity.js';
import { categoryKey, requireConnectorAdmin } from '../policies/connector-admin.policy.js';

/** A stored mapping with the slug of its group, as admins see it. */
export interface CategoryMappingView {
  readonly category: string;
  readonly groupId: string;
  readonly groupSlug: string;
  readonly updatedAt: Date;
}

/** The admin's mapping of Discourse categories to groups, stored in the database; it overrides DISCOURSE_CATEGORY_MAP. */
@Injectable()
export class CategoryMappingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Maps `category` (a Discourse category id or slug) to the group `groupSlug`, or removes its mapping when null;
   * the change and its audit record commit together. Posts already mirrored stay where they are.
   */
  async set(actor: Actor | null, category: string, groupSlug: string | null): Promise<CategoryMappingView[]> {
    const me = requireConnectorAdmin(actor);
    const key = categoryKey(category);
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(DiscourseCategoryMapping, { category: key });
      let groupId: string | null = null;
      if (groupSlug === null) {
        await manager.delete(DiscourseCategoryMapping, { category: key });
      } else {
        const group = await manager.findOneBy(Group, { slug: groupSlug });
        if (!group) {
          throw new DiscourseException(DiscourseErrorReason.UNKNOWN_GROUP, `No group has the slug "${groupSlug}".`, {
            fields: { groupSlug: 'no such group' },
          });
        }
        groupId = group.id;
        await manager.upsert(DiscourseCategoryMapping, { category: key, groupId, updatedById: me.userId, updatedAt: new Date() }, ['category']);
      }
      await this.audit.append(
        {
          actorId: me.userId,
          action: groupId === null ? 'discourse.category_unmapped' : 'discourse.category_mapped',
          targetType: 'discourse_category',
          targetId: key,
          before: before ? { groupId: before.groupId } : null,
          after: groupId === null ? null : { groupId },
        },
        manager,
      );
    });
    return this.list();
  }

  async list(): Promise<CategoryMappingView[]> {
    const rows = await this.dataSource.query<{ category: string; group_id: string; slug: string; updated_at: Date }[]>(
      `SELECT m.category, m.group_id, g.slug, m.updated_at
         FROM discourse_category_mappings m JOIN groups g ON g.id = m.group_id ORDER BY m.category`,
    );
    return rows.map((r) => ({ category: r.category, groupId: r.group_id, groupSlug: r.slug, updatedAt: r.updated_at }));
  }
}
