import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member's acceptance of one version of the rules that apply in one group. */
@Entity('rules_acceptances')
export class RulesAcceptance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'rule_set_version_id', type: 'uuid' })
  ruleSetVersionId: string;

  @Column({ type: 'int' })
  version: number;

  @CreateDateColumn({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;
}
