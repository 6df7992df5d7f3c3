import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type User, UsersService } from '@alongside/identity';

/** Batches lookups by id into one query per kind and tick, for the lifetime of one request. */
export function byIdLoader<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export interface Loaders {
  readonly users: DataLoader<string, User | null>;
}

@Injectable()
export class LoadersFactory {
  constructor(private readonly users: UsersService) {}

  create(): Loaders {
    return {
      users: byIdLoader((ids) => this.users.findByIds(ids)),
    };
  }
}
