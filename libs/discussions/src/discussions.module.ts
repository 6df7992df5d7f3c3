import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroundRulesModule } from '@alongside/ground-rules';
import { GroupsModule } from '@alongside/groups';
import { PostRevision } from './entities/post-revision.entity.js';
import { Post } from './entities/post.entity.js';
import { Topic } from './entities/topic.entity.js';
import { DiscussionsPersonalData } from './services/discussions-personal-data.js';
import { DiscussionsService } from './services/discussions.service.js';
import { PostScreens } from './services/post-screens.js';

@Module({
  imports: [TypeOrmModule.forFeature([Topic, Post, PostRevision]), GroupsModule, GroundRulesModule],
  providers: [DiscussionsService, DiscussionsPersonalData, PostScreens],
  exports: [DiscussionsService, DiscussionsPersonalData, PostScreens],
})
export class DiscussionsModule {}
