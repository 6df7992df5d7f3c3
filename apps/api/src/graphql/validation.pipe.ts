import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputException } from '@alongside/platform';

function collect(errors: ValidationError[], prefix: string, into: Record<string, string>): Record<string, string> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints).join('; ');
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** class-validator on every input; failures become BAD_USER_INPUT with `extensions.fields`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = collect(errors, '', {});
      return new InvalidInputException(`Invalid input: ${Object.keys(fields).join(', ')}.`, fields);
    },
  });
}
