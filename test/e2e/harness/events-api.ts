/**
 * A local stand-in for PagerDuty's Events API v2. It validates each request against PagerDuty's
 * published OpenAPI schema (reference/pagerduty/events-v2.openapi.json) plus the rules PagerDuty
 * documents but the schema leaves out, records every request, and answers with scripted faults.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SCHEMA_PATH = fileURLToPath(new URL('../../../reference/pagerduty/events-v2.openapi.json', import.meta.url));
const MAX_BODY_BYTES = 512 * 1024;

export type Fault =
  | { kind: 'json-400'; errors: string[] }
  | { kind: 'text-400'; text: string }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'hang' };

export interface RecordedRequest {
  host: string;
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Why the stand-in rejected it as invalid; empty when it was valid. */
  problems: string[];
  answeredWith: number | 'hang';
  /** `Date.now()` when the request arrived, for asserting waits between retries. */
  receivedAt: number;
}

export type EventValidators = ReturnType<typeof loadValidators>;

/** Ajv validators for the request bodies of `/v2/enqueue` and `/v2/change/enqueue`, from PagerDuty's schema. */
export function loadValidators() {
  const openapi = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('url', (value: string) => URL.canParse(value));
  ajv.addSchema(openapi, 'events-v2');
  const requestSchema = (path: string) =>
    ajv.compile({
      $ref: `events-v2#/paths/${path.replace(/\//g, '~1')}/post/requestBody/content/application~1json/schema`,
    });
  return { '/v2/enqueue': requestSchema('/enqueue'), '/v2/change/enqueue': requestSchema('/change/enqueue') };
}

/** Rules from PagerDuty's Events API v2 documentation that the OpenAPI file does not encode. */
export function documentedProblems(path: string, event: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const key = event.routing_key;
  if (typeof key === 'string') {
    if (key.length !== 32) problems.push("Length of 'routing_key' is incorrect (should be 32 characters)");
    else if (!/^[A-Za-z0-9]+$/.test(key)) problems.push("'routing_key' cannot contain non-alphanumeric characters.");
  }
  const payload = event.payload as Record<string, unknown> | undefined;
  if (path === '/v2/enqueue') {
    if (event.event_action === 'trigger' && payload === undefined) problems.push("'payload' is missing or blank");
    if (event.event_action !== 'trigger' && typeof event.dedup_key !== 'string')
      problems.push("'dedup_key' is required for resolve and acknowledge events");
  }
  if (typeof payload?.summary === 'string' && payload.summary.length > 1024)
    problems.push("'summary' is too long (maximum is 1024 characters)");
  if (typeof event.dedup_key === 'string' && event.dedup_key.length > 255)
    problems.push("'dedup_key' is too long (maximum is 255 characters)");
  return problems;
}

/** Why PagerDuty would reject this body at this path (its schema, then its documented rules); empty when valid. */
export function eventProblems(validators: EventValidators, path: string, event: unknown): string[] {
  if (!Object.hasOwn(validators, path)) return [`No such endpoint: ${path}`];
  const validate = validators[path as keyof EventValidators];
  if (!validate(event)) {
    return (validate.errors ?? []).map((e) => `${e.instancePath || 'event'} ${e.message ?? 'is invalid'}`);
  }
  return documentedProblems(path, event as Record<string, unknown>);
}

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export class EventsApiStandIn {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: Fault[] = [];
  private readonly validators = loadValidators();
  private readonly hanging = new Set<ServerResponse>();
  /** Told of every event answered 202, as PagerDuty's pipeline would be (the REST stand-in opens incidents). */
  onAccepted: ((host: string, event: Record<string, unknown>) => void) | null = null;

  /** Answer the next requests with these faults, in order; afterwards, normal answers again. */
  script(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  reset(): void {
    this.requests.length = 0;
    this.faults.length = 0;
    this.releaseHanging();
  }

  releaseHanging(): void {
    for (const response of this.hanging) response.destroy();
    this.hanging.clear();
  }

  /** Requests of one kind (`trigger`, `resolve`…) in arrival order. */
  eventsWithAction(action: string): RecordedRequest[] {
    return this.requests.filter((r) => (r.body as { event_action?: unknown } | null)?.event_action === action);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // PagerDuty answers browsers' preflights; so do we.
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST' });
      response.end();
      return;
    }
    const raw = await readBody(request);
    const path = new URL(request.url ?? '/', 'https://x').pathname;
    const record: RecordedRequest = {
      host: (request.headers.host ?? '').replace(/:\d+$/, ''),
      path,
      method: request.method ?? '',
      headers: request.headers,
      body: null,
      problems: [],
      answeredWith: 202,
      receivedAt: Date.now(),
    };
    this.requests.push(record);
    record.problems = this.validate(request, path, raw, record);
    const fault = this.faults.shift();
    if (record.problems.length > 0) {
      record.answeredWith = 400;
      sendJson(response, 400, { status: 'invalid event', message: 'Event object is invalid', errors: record.problems });
    } else if (fault) {
      this.answerWithFault(fault, record, response);
    } else {
      const dedupKey = (record.body as { dedup_key?: string }).dedup_key ?? crypto.randomUUID().replace(/-/g, '');
      sendJson(response, 202, { status: 'success', message: 'Event processed', dedup_key: dedupKey });
      this.onAccepted?.(record.host, { ...(record.body as Record<string, unknown>), dedup_key: dedupKey });
    }
  }

  private validate(request: IncomingMessage, path: string, raw: Buffer, record: RecordedRequest): string[] {
    if (request.method !== 'POST') return [`${request.method} is not allowed; use POST`];
    if (!Object.hasOwn(this.validators, path)) return [`No such endpoint: ${path}`];
    if (raw.length > MAX_BODY_BYTES) return ['Request body is larger than 512 KB'];
    if (!String(request.headers['content-type']).startsWith('application/json'))
      return ['Content-Type must be application/json'];
    try {
      record.body = JSON.parse(raw.toString('utf8'));
    } catch {
      return ['Request body is not valid JSON'];
    }
    return eventProblems(this.validators, path, record.body);
  }

  private answerWithFault(fault: Fault, record: RecordedRequest, response: ServerResponse): void {
    switch (fault.kind) {
      case 'json-400':
        record.answeredWith = 400;
        return sendJson(response, 400, { status: 'invalid event', message: 'Event object is invalid', errors: fault.errors });
      case 'text-400':
        record.answeredWith = 400;
        response.writeHead(400, { 'content-type': 'text/plain' });
        return void response.end(fault.text);
      case 'rate-limit':
        record.answeredWith = 429;
        return sendJson(
          response,
          429,
          { status: 'throttle event', message: 'Request Limit Exceeded' },
          { 'retry-after': String(fault.retryAfterSeconds) },
        );
      case 'server-error':
        record.answeredWith = fault.status ?? 500;
        return sendJson(response, record.answeredWith, { status: 'error', message: 'Internal Server Error' });
      case 'hang':
        record.answeredWith = 'hang';
        this.hanging.add(response);
        return;
    }
  }
}
