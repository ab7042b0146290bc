import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { findRoot } from './root.js';

interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object; examples?: Record<string, { value: unknown }> }> }>;
}

const spec = JSON.parse(readFileSync(path.join(findRoot(import.meta.dirname), '__fixtures__/github/openapi-subset.json'), 'utf8')) as { paths: Record<string, Record<string, Operation>> };
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const compiled = new Map<object, ValidateFunction>();

/** OpenAPI 3.0's `nullable` as JSON Schema: `type: [t, 'null']`, or `anyOf` with null. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable' && k !== 'example' && k !== 'examples') out[k] = toJsonSchema(v);
  if ((node as { nullable?: boolean }).nullable !== true) return out;
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'], ...(Array.isArray(out.enum) ? { enum: [...out.enum, null] } : {}) };
  return { anyOf: [out, { type: 'null' }] };
}

function validator(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(toJsonSchema(schema) as object);
    compiled.set(schema, v);
  }
  return v;
}

const routes = Object.keys(spec.paths).map((route) => ({
  route,
  re: new RegExp('^' + route.replace(/\{path\}/, '(.+)').replace(/\{[^}]+\}/g, '([^/]+)') + '$')
}));

/** The documented operation for a request, by GitHub's route template. */
export function findOperation(method: string, urlPath: string): { route: string; op: Operation } | undefined {
  for (const { route, re } of routes) {
    const op = spec.paths[route][method.toLowerCase()];
    if (op && re.test(urlPath)) return { route, op };
  }
  return undefined;
}

function describe(v: ValidateFunction): string[] {
  return (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Problems with a request body, per the operation's documented schema. */
export function checkRequest(method: string, urlPath: string, body: unknown): string[] {
  const found = findOperation(method, urlPath);
  if (!found) return [`${method} ${urlPath}: not an operation plancheck is known to use`];
  const schema = found.op.requestBody?.content['application/json']?.schema;
  if (!schema) return [];
  const v = validator(schema);
  return v(body) ? [] : describe(v).map((m) => `${found.op.operationId} request: ${m}`);
}

/** Problems with a JSON response body, per the documented schema for its status. */
export function checkResponse(method: string, urlPath: string, status: number, body: unknown): string[] {
  const found = findOperation(method, urlPath);
  if (!found) return [];
  const content = found.op.responses[String(status)]?.content;
  const schema = content?.['application/json']?.schema;
  if (!schema) return [];
  const v = validator(schema);
  return v(body) ? [] : describe(v).map((m) => `${found.op.operationId} ${status} response: ${m}`);
}

/** A fresh copy of GitHub's own example answer for an operation. */
export function example<T = unknown>(method: string, route: string, status: number, name?: string): T {
  const content = spec.paths[route][method].responses[String(status)].content?.['application/json'];
  const examples = content?.examples ?? {};
  const chosen = name ? examples[name] : Object.values(examples)[0];
  if (!chosen) throw new Error(`no example for ${method} ${route} ${status}`);
  return structuredClone(chosen.value) as T;
}
