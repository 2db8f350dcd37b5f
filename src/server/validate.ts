/**
 * Small validators for query strings and JSON bodies. Each throws an ApiError
 * naming the field; nothing unchecked from a request reaches the service.
 */
import { ApiError, badField } from './errors.js';

type Query = Record<string, string | undefined>;

export function optionalString(q: Query, field: string, max = 500): string | undefined {
  const v = q[field];
  if (v === undefined || v === '') return undefined;
  if (v.length > max) throw badField(field, `at most ${max} characters`);
  return v;
}

export function optionalInt(q: Query, field: string, min: number, max: number): number | undefined {
  const v = q[field];
  if (v === undefined || v === '') return undefined;
  if (!/^\d+$/.test(v)) throw badField(field, `expected a whole number from ${min} to ${max}`);
  const n = Number(v);
  if (n < min || n > max) throw badField(field, `expected a whole number from ${min} to ${max}`);
  return n;
}

export function optionalDate(q: Query, field: string): string | undefined {
  const v = q[field];
  if (v === undefined || v === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) throw badField(field, 'expected a date like 2024-05-01');
  return v;
}

export function optionalEnum<T extends string>(q: Query, field: string, values: readonly T[]): T | undefined {
  const v = q[field];
  if (v === undefined || v === '') return undefined;
  if (!(values as readonly string[]).includes(v)) throw badField(field, `expected one of ${values.join(', ')}`);
  return v as T;
}

/** Reads a JSON object body; a body that is not JSON, or not an object, is a 400 / 415. */
export async function jsonObject(req: Request): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'body: send JSON with Content-Type: application/json', 'body');
  let value: unknown;
  try {
    value = await req.json();
  } catch {
    throw badField('body', 'not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badField('body', 'expected a JSON object');
  return value as Record<string, unknown>;
}

export function fieldString(body: Record<string, unknown>, field: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) {
    if (opts.required) throw badField(field, 'required');
    return undefined;
  }
  if (typeof v !== 'string') throw badField(field, 'must be a string');
  if (opts.max !== undefined && v.length > opts.max) throw badField(field, `at most ${opts.max} characters`);
  return v;
}
