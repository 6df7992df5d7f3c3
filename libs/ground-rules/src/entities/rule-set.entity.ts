import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A versioned set of ground rules: the organization's default (no group) or one group's own. */
@Entity('rule_sets')
export class RuleSet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `null` for the organization-wide default. */
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ name: 'current_version', type: 'int' })
  currentVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
