import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { Page } from '@alongside/platform';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** A Relay connection type for `node` (`XConnection` with `XEdge`). */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/** `first`/`after` arguments, capped so one request cannot ask for everything. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 50.' })
  @Min(1)
  @Max(50)
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  after?: string;
}

/** Maps a service page to a connection, with the service's cursor function. */
export function toConnection<S, T = S>(
  page: Page<S>,
  cursor: (item: S) => string,
  map: (item: S) => T = (item) => item as unknown as T,
): Connection<T> {
  const edges = page.items.map((item) => ({ cursor: cursor(item), node: map(item) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
