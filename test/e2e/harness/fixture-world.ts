/**
 * The fixture world: an HTTPS server that answers for the consoles' real host names (serving
 * fixture copies of their pages) and for the Events API and REST API hosts (the stand-ins),
 * reached by the browsers through a local CONNECT proxy. Nothing leaves the machine.
 */
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCertificate } from './certificate';
import { EventsApiStandIn, readBody } from './events-api';
import { ALL_HOSTS, EVENTS_HOSTS, REST_API_HOSTS } from './hosts';
import { RestApiStandIn } from './rest-api';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A page of a fixture console: requests to these hosts whose path matches get this file. */
export interface FixtureRoute {
  hosts: readonly string[];
  path: RegExp;
  /** Relative to test/e2e/fixtures. */
  file: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A request the fixture world answered for a host other than the APIs' (the stand-ins record those). */
export interface PageRequest {
  host: string;
  /** Path and query. */
  url: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FixtureWorld {
  proxyPort: number;
  eventsApi: EventsApiStandIn;
  restApi: RestApiStandIn;
  /** Every request to the consoles, lookalikes and plain-HTTP proxying, for checking where secrets went. */
  pageRequests: PageRequest[];
  routes: FixtureRoute[];
  /**
   * Refuses connections to `host` from now on, as if nothing listened there, and cuts the ones
   * open (a browser reuses a kept-alive connection, which would otherwise never be refused).
   */
  refuse(host: string): void;
  /** Hosts the browser asked for that the fixture world does not serve (its own update checks…). */
  unknownHostsAsked: Set<string>;
  /** Forgets every recorded request and scripted fault: the next test starts with a clean slate. */
  reset(): void;
  close(): Promise<void>;
}

function hostOf(request: IncomingMessage): string {
  return (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

async function serveFixture(routes: readonly FixtureRoute[], request: IncomingMessage, response: ServerResponse) {
  const host = hostOf(request);
  const { pathname } = new URL(request.url ?? '/', 'https://fixture');
  // Shared static files (bundled fixture apps) live under /fixture-assets/ on every host.
  const file = pathname.startsWith('/fixture-assets/')
    ? normalize(join('assets', pathname.slice('/fixture-assets/'.length)))
    : routes.find((route) => route.hosts.includes(host) && route.path.test(pathname))?.file;
  if (!file || file.startsWith('..')) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`No fixture for ${host}${pathname}`);
    return;
  }
  try {
    const body = await readFile(join(FIXTURES_DIR, file));
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`Missing fixture file ${file}`);
  }
}

function listen(server: { listen(port: number, host: string, cb: () => void): unknown; address(): unknown }) {
  return new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export async function startFixtureWorld(routes: FixtureRoute[] = []): Promise<FixtureWorld> {
  const eventsApi = new EventsApiStandIn();
  const restApi = new RestApiStandIn();
  eventsApi.onAccepted = (host, event) => restApi.eventAccepted(host, event);
  const eventsHosts = new Set<string>(EVENTS_HOSTS);
  const restHosts = new Set<string>(REST_API_HOSTS);
  const pageRequests: PageRequest[] = [];
  const recordPageRequest = async (request: IncomingMessage) => {
    const { headers, method = '', url = '' } = request;
    pageRequests.push({ host: hostOf(request), url, method, headers, body: (await readBody(request)).toString('utf8') });
  };
  const https = createHttpsServer(await makeCertificate(), (request, response) => {
    const host = hostOf(request);
    const handled = eventsHosts.has(host)
      ? eventsApi.handle(request, response)
      : restHosts.has(host)
        ? restApi.handle(request, response)
        : recordPageRequest(request).then(() => serveFixture(routes, request, response));
    handled.catch(() => response.destroy());
  });
  const httpsPort = await listen(https);

  const refusedHosts = new Set<string>();
  const unknownHostsAsked = new Set<string>();
  /** Open sockets, with the host each tunnels to. */
  const tunnels = new Map<Socket, string>();
  const proxy = createHttpServer((request, response) => {
    // Plain-HTTP proxying is not part of the fixture world (but what was asked is recorded).
    void recordPageRequest(request).finally(() => {
      response.writeHead(403);
      response.end();
    });
  });
  proxy.on('connect', (request: IncomingMessage, client: Socket) => {
    const [host = '', port = ''] = (request.url ?? '').toLowerCase().split(':');
    tunnels.set(client, host);
    client.on('close', () => tunnels.delete(client));
    client.on('error', () => client.destroy());
    if (refusedHosts.has(host)) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    if (port !== '443' || !ALL_HOSTS.includes(host)) {
      unknownHostsAsked.add(host);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels.set(upstream, host);
    upstream.on('close', () => tunnels.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  const proxyPort = await listen(proxy);

  return {
    proxyPort,
    eventsApi,
    restApi,
    pageRequests,
    routes,
    refuse(host) {
      refusedHosts.add(host);
      for (const [socket, to] of tunnels) if (to === host) socket.destroy();
    },
    unknownHostsAsked,
    reset() {
      eventsApi.reset();
      pageRequests.length = 0;
      refusedHosts.clear();
      unknownHostsAsked.clear();
    },
    async close() {
      eventsApi.releaseHanging();
      restApi.reset();
      for (const socket of tunnels.keys()) socket.destroy();
      await Promise.all([
        new Promise((resolve) => proxy.close(resolve)),
        new Promise((resolve) => https.close(resolve)),
      ]);
    },
  };
}
