import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Group } from '@alongside/groups';
import { AccessException, type Actor, ApiScope, isPlatformAdmin, requireActor } from '@alongside/platform';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DiscourseCategoryMapping } from '../entities/discourse-category-mapping.entity.js';

/** The admin's mapping of Discourse categories to groups, stored in the database; it overrides DISCOURSE_CATEGORY_MAP. */
@Injectable()
export class CategoryMappingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Maps `category` (a Discourse category id or slug) to the group `groupSlug`, or removes its mapping when null. Posts already mirrored stay where they are. */
  async set(actor: Actor | null, category: string, groupSlug: string | null): Promise<DiscourseCategoryMapping[]> {
    const me = requireActor(actor, ApiScope.ADMIN);
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed();
    const key = category.trim().toLowerCase();
    if (!/^[\w-]{1,100}$/.test(key)) {
      throw new DiscourseException(DiscourseErrorReason.UNKNOWN_GROUP, 'A category is a Discourse category id or slug.', {
        fields: { category: 'must be a category id or slug' },
      });
    }
    if (groupSlug === null) {
      await this.dataSource.manager.delete(DiscourseCategoryMapping, { category: key });
    } else {
      const group = await this.dataSource.manager.findOneBy(Group, { slug: groupSlug });
      if (!group) {
        throw new DiscourseException(DiscourseErrorReason.UNKNOWN_GROUP, `No group has the slug "${groupSlug}".`, {
          fields: { groupSlug: 'no such group' },
        });
      }
      await this.dataSource.manager.upsert(
        DiscourseCategoryMapping,
        { category: key, groupId: group.id, updatedById: me.userId, updatedAt: new Date() },
        ['category'],
      );
    }
    return this.dataSource.manager.find(DiscourseCategoryMapping, { order: { category: 'ASC' } });
  }
}
