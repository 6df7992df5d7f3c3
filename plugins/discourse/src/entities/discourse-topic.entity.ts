import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A forum topic mirrored as an Alongside topic in the group its category maps to. */
@Entity('discourse_topics')
@Index('UQ_discourse_topics_topic', ['topicId'], { unique: true })
export class DiscourseTopic {
  @PrimaryColumn({ name: 'discourse_topic_id', type: 'int' })
  discourseTopicId: number;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId: string;
}
