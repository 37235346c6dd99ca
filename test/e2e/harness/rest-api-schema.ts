/**
 * Checks REST requests against PagerDuty's published OpenAPI description
 * (reference/pagerduty/rest-subset.openapi.json): the operation's path, its query parameters
 * (names and values) and its request body, with ajv as the Events API stand-in does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA_PATH = fileURLToPath(new URL('../../../reference/pagerduty/rest-subset.openapi.json', import.meta.url));

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: object;
}

export interface Operation {
  operationId: string;
  method: string;
  /** e.g. `/services/{id}/integrations` */
  template: string;
  pattern: RegExp;
  parameters: Parameter[];
  validateBody?: ValidateFunction;
}

/**
 * Query parameters PagerDuty takes although the schema does not list them (rest-api.md):
 * `listVendors` takes `query`, as Terraform's provider sends it.
 */
const UNLISTED_QUERY: Record<string, string[]> = { listVendors: ['query'] };

function resolve<T>(document: Record<string, unknown>, node: unknown): T {
  const ref = (node as { $ref?: string }).$ref;
  if (ref === undefined) return node as T;
  const found = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  return resolve(document, found);
}

export function loadRestSchema() {
  const document = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const newAjv = (options: Options) => {
    const ajv = new Ajv({ strict: false, allErrors: true, ...options });
    addFormats.default(ajv);
    ajv.addFormat('url', (value: string) => URL.canParse(value));
    // Time zone names: PagerDuty's own formats, not checked here.
    ajv.addFormat('tzinfo', () => true);
    ajv.addFormat('activesupport-time-zone', () => true);
    ajv.addSchema(document, 'rest');
    return ajv;
  };
  const ajv = newAjv({});
  // Query values arrive as text: this one turns "25" into 25 and one value into a one-item array.
  const queryAjv = newAjv({ coerceTypes: 'array' });

  const operations: Operation[] = [];
  const paths = document.paths as Record<string, Record<string, unknown>>;
  for (const [template, item] of Object.entries(paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (method === 'description') continue;
      const operation = raw as { operationId: string; parameters?: unknown[]; requestBody?: unknown };
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
      const parameters = (operation.parameters ?? []).map((p) => resolve<Parameter>(document, p));
      const pointer = `/paths/${template.replace(/\//g, '~1')}/${method}/requestBody/content/application~1json/schema`;
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        template,
        pattern,
        parameters,
        ...(operation.requestBody ? { validateBody: ajv.compile({ $ref: `rest#${pointer}` }) } : {}),
      });
    }
  }

  const valueChecks = new Map<object, ValidateFunction>();
  const checkValue = (schema: object, value: unknown): string[] => {
    let validate = valueChecks.get(schema);
    if (!validate) {
      validate = queryAjv.compile({ type: 'object', properties: { value: schema } });
      valueChecks.set(schema, validate);
    }
    return validate({ value }) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || 'value'} ${e.message ?? 'is invalid'}`);
  };

  /** Why PagerDuty would refuse this query string for this operation; empty when it would take it. */
  function queryProblems(operation: Operation, query: URLSearchParams): string[] {
    const problems: string[] = [];
    const known = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const name of new Set(query.keys())) {
      const parameter = known.get(name);
      if (!parameter) {
        if (!UNLISTED_QUERY[operation.operationId]?.includes(name)) problems.push(`Unknown query parameter ${name}`);
        continue;
      }
      const values = query.getAll(name);
      // `name[]` parameters repeat; the schema describes either the array or one item.
      const isArray = (parameter.schema as { type?: string }).type === 'array';
      const checked = isArray ? [values] : name.endsWith('[]') ? values : [values.at(-1)];
      for (const value of checked) problems.push(...checkValue(parameter.schema, value).map((p) => `${name}: ${p}`));
    }
    for (const parameter of known.values()) {
      if (parameter.required && !query.has(parameter.name)) problems.push(`Missing query parameter ${parameter.name}`);
    }
    return problems;
  }

  function bodyProblems(operation: Operation, body: unknown): string[] {
    if (!operation.validateBody || operation.validateBody(body)) return [];
    return (operation.validateBody.errors ?? []).map((e) => `${e.instancePath || 'body'} ${e.message ?? 'is invalid'}`);
  }

  function operationFor(method: string, path: string): { operation: Operation; ids: string[] } | undefined {
    for (const operation of operations) {
      const match = operation.method === method ? operation.pattern.exec(path) : null;
      // A literal segment beats a parameter: `/users/me` is not `/users/{id}`.
      if (match) return { operation, ids: match.slice(1).map(decodeURIComponent) };
    }
    return undefined;
  }

  /** A compiled validator for one of the document's components, e.g. a response schema. */
  const validatorFor = (pointer: string) => ajv.compile({ $ref: `rest#${pointer}` });

  return { operations, operationFor, queryProblems, bodyProblems, validatorFor };
}

export type RestSchema = ReturnType<typeof loadRestSchema>;
