import { InvalidArgumentError } from 'commander';
import type { Lang } from '../core/types.ts';
import { isLang } from '../lang/index.ts';

export function parseLangOption(value: string): Lang | 'auto' {
  if (value === 'auto' || isLang(value)) return value;
  throw new InvalidArgumentError(`expected nl, en or auto, got "${value}"`);
}

export function parseDateOption(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port number from 0 to 65535, got "${value}"`);
  return n;
}
