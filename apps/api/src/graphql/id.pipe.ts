import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InvalidInputException } from '@alongside/platform';

/** Ids are UUIDs; anything else is BAD_USER_INPUT before a service sees it. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new InvalidInputException('Not a valid id.', { id: 'must be a UUID' });
    return value;
  }
}
