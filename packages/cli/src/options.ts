/** Argument parsers shared by the commands: repeatable flags, closed choices, whole numbers. */
import { InvalidArgumentError } from 'commander';

/** Collects a repeatable flag (`--tag a --tag b`) into a list. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A parser that accepts one of `values` (and "" when `allowEmpty`, meaning "clear"). */
export function choice<T extends string>(values: readonly T[], allowEmpty = false): (value: string) => T | '' {
  return (value) => {
    if (allowEmpty && value === '') return '';
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`Allowed choices are ${values.join(', ')}.`);
  };
}

/** A parser for a whole number between `min` and `max`. */
export function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}
