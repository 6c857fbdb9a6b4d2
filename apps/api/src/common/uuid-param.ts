import { type ArgumentMetadata, Injectable, Param, type PipeTransform } from '@nestjs/common';
import { invalidInput } from '@common-ground/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that must be a UUID: anything else is a 400 naming the parameter, like every other bad input. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID.test(value)) return value;
    const name = metadata.data ?? 'id';
    throw invalidInput('notUuid', `${name} must be a UUID.`, name);
  }
}

/** `@UuidParam('planId') planId: string`: the route parameter, checked to be a UUID. */
export const UuidParam = (name: string): ParameterDecorator => Param(name, UuidPipe);
