import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Discourse category (its id or slug, lower-cased) mapped to an Alongside group by an admin. */
@Entity('discourse_category_mappings')
export class DiscourseCategoryMapping {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  category: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
