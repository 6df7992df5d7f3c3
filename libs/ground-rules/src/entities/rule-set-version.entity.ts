import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface GroundRule {
  /** Stable key, e.g. `confidentiality`, so a report can name the rule it cites. */
  key: string;
  title: string;
  body: string;
}

/** One immutable version of a rule set; an edit makes the next version, old ones stay readable. */
@Entity('rule_set_versions')
export class RuleSetVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'rule_set_id', type: 'uuid' })
  ruleSetId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  preamble: string;

  @Column({ type: 'jsonb' })
  rules: GroundRule[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
