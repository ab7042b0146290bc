import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRequest, checkResponse, example, findOperation } from './github-contract.js';

const FILES = '/repos/{owner}/{repo}/pulls/{pull_number}/files';
const COMPARE = '/repos/{owner}/{repo}/compare/{basehead}';
const TREE = '/repos/{owner}/{repo}/git/trees/{tree_sha}';
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

/** A request the fake GitHub received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

/** A canned answer to send instead of the normal one (a fault). */
export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  /** Accept the request and never answer (`answer`), or send the headers and stall the body (`body`). */
  stall?: 'answer' | 'body';
  /** Runs as the fault is answered: what someone else did to the repository at that moment. */
  meanwhile?: () => void;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
}

export interface FakeFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** The state of the fake repository; tests set it up and read it back. */
export interface FakeRepo {
  owner: string;
  repo: string;
  /** sha -> path -> content */
  trees: Map<string, Map<string, string | Buffer>>;
  pullFiles: FakeFile[];
  compareFiles: FakeFile[];
  comments: FakeComment[];
  /** Login the token belongs to, for comments it creates and GraphQL's `viewer`; `[bot]` marks an app. */
  botLogin: string;
}

/**
 * An HTTP server on 127.0.0.1 that answers the REST endpoints plancheck uses the way GitHub
 * does, under a `/api/v3` prefix as on GitHub Enterprise Server. It records every request and
 * can answer with faults first.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Requests or answers that break GitHub's published contract; a test expects none. */
  readonly violations: string[] = [];
  readonly repo: FakeRepo;
  private readonly faults = new Map<string, Fault[]>();
  private server?: http.Server;
  private nextId = 1000;
  /** The token the server accepts; any other gets 401. */
  token = 'test-token';

  constructor(owner = 'acme', repo = 'plans') {
    this.repo = { owner, repo, trees: new Map(), pullFiles: [], compareFiles: [], comments: [], botLogin: 'github-actions[bot]' };
  }

  /** Queues faults for requests whose `METHOD /path` (without prefix or query) matches `route`. */
  fail(route: RegExp | string, ...faults: Fault[]): void {
    const key = route instanceof RegExp ? route.source : route;
    this.faults.set(key, [...(this.faults.get(key) ?? []), ...faults]);
  }

  setFiles(sha: string, files: Record<string, string | Buffer>): void {
    this.repo.trees.set(sha, new Map(Object.entries(files)));
  }

  get url(): string {
    const addr = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${addr.port}/api/v3`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((e: unknown) => {
          this.violations.push(`fake server error: ${(e as Error).message}`);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: 'fake server error' }));
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    // Stalled answers hold their connections open: end them, or closing would wait for ever.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests as `METHOD /path` lines, for assertions. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  private takeFault(key: string): Fault | undefined {
    for (const [route, list] of this.faults) {
      if (list.length > 0 && new RegExp(route).test(key)) return list.shift();
    }
    return undefined;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/api\/v3/, '');
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: decodeURIComponent(path), query: url.searchParams, headers: req.headers, body });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      if (Buffer.isBuffer(data) || typeof data === 'string') {
        res.writeHead(status, { 'content-type': 'application/vnd.github.raw', ...headers });
        res.end(data);
        return;
      }
      if (status < 300 && data !== undefined) this.violations.push(...checkResponse(method, decodeURIComponent(path), status, data));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const key = `${method} ${decodeURIComponent(path)}`;
    const fault = this.takeFault(key);
    if (fault) {
      fault.meanwhile?.();
      if (fault.stall === 'answer') return;
      if (fault.stall === 'body') {
        res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8' });
        res.write('[{"filename": ');
        return;
      }
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      send(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
      return;
    }
    if (method === 'POST' && path === '/api/graphql') return this.graphql(req, body, send);
    if (!findOperation(method, decodeURIComponent(path))) this.violations.push(`${key}: not a documented operation`);
    const problems = body !== undefined ? checkRequest(method, decodeURIComponent(path), body) : [];
    if (problems.length > 0) {
      this.violations.push(...problems);
      send(422, { message: 'Validation Failed', errors: problems });
      return;
    }
    if (req.headers.authorization !== `token ${this.token}` && req.headers.authorization !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const { owner, repo } = this.repo;
    const base = `/repos/${owner}/${repo}`;
    const p = decodeURIComponent(path);
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = new RegExp(`^${base}/pulls/(\\d+)/files$`).exec(p))) {
      this.paginate(url, res, this.repo.pullFiles.map((f) => this.fileEntry(f)), send);
      return;
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/compare/([^/]+)$`).exec(p))) {
      const per = Number(url.searchParams.get('per_page') ?? 250);
      const page = Number(url.searchParams.get('page') ?? 1);
      const answer = example<Record<string, unknown>>('get', COMPARE, 200);
      answer.files = this.repo.compareFiles.slice((page - 1) * per, page * per).map((f) => this.fileEntry(f));
      send(200, answer);
      return;
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/git/trees/([0-9a-f]+)$`).exec(p))) {
      const tree = this.repo.trees.get(m[1]);
      if (!tree) return send(404, { message: 'Not Found' });
      const answer = example<Record<string, unknown>>('get', TREE, 200, 'response-recursively-retrieving-a-tree');
      const item = (answer.tree as Array<Record<string, unknown>>)[0];
      answer.sha = m[1];
      answer.truncated = false;
      answer.tree = [...tree.keys()].map((k) => ({ ...item, path: k, type: 'blob', mode: '100644', sha: '0'.repeat(40), size: 1 }));
      send(200, answer);
      return;
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/contents/(.+)$`).exec(p))) {
      const ref = url.searchParams.get('ref') ?? '';
      const content = this.repo.trees.get(ref)?.get(m[1]);
      if (content === undefined) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content' });
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      if ((req.headers.accept ?? '').includes('raw')) return send(200, bytes);
      // The JSON media type: base64 content, as GitHub answers for files up to 1 MB.
      const answer = example<Record<string, unknown>>('get', '/repos/{owner}/{repo}/contents/{path}', 200, 'response-if-content-is-a-file');
      send(200, { ...answer, name: m[1].split('/').pop(), path: m[1], size: bytes.length, encoding: 'base64', content: bytes.toString('base64') });
      return;
    }
    if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(p))) {
      if (method === 'GET') return this.paginate(url, res, this.repo.comments.map((c) => this.commentEntry(c)), send);
      if (method === 'POST') {
        const id = this.nextId++;
        const c: FakeComment = { id, body: (body as { body: string }).body, user: { login: this.repo.botLogin, type: this.repo.botLogin.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: `https://github.example/${owner}/${repo}/pull/${m[1]}#issuecomment-${id}`, created_at: new Date().toISOString() };
        this.repo.comments.push(c);
        return send(201, this.commentEntry(c));
      }
    }
    if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(p))) {
      const c = this.repo.comments.find((x) => x.id === Number(m?.[1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') {
        c.body = (body as { body: string }).body;
        return send(200, this.commentEntry(c));
      }
      if (method === 'DELETE') {
        this.repo.comments.splice(this.repo.comments.indexOf(c), 1);
        res.writeHead(204);
        res.end();
        return;
      }
    }
    send(404, { message: `Not Found: ${method} ${p}` });
  }

  /**
   * GitHub's GraphQL endpoint (`/api/graphql` on GitHub Enterprise Server), for the one query
   * plancheck sends: who the token is. `viewer.login` of an app's token is its bot user, with `[bot]`.
   */
  private graphql(req: http.IncomingMessage, body: unknown, send: (s: number, d: unknown) => void): void {
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || !/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      this.violations.push(`POST /graphql: not the query plancheck is known to send: ${JSON.stringify(body)}`);
      return send(200, { errors: [{ message: 'unexpected query' }] });
    }
    if (req.headers.authorization !== `token ${this.token}` && req.headers.authorization !== `Bearer ${this.token}`) return send(401, { message: 'Bad credentials' });
    send(200, { data: { viewer: { login: this.repo.botLogin } } });
  }

  /** A changed file as GitHub lists it, built on GitHub's own example. */
  private fileEntry(f: FakeFile): Record<string, unknown> {
    const [item] = example<Array<Record<string, unknown>>>('get', FILES, 200);
    const entry: Record<string, unknown> = { ...item, filename: f.filename, status: f.status, sha: '1'.repeat(40) };
    if (f.previous_filename) entry.previous_filename = f.previous_filename;
    else delete entry.previous_filename;
    return entry;
  }

  /** A comment as GitHub answers it, built on GitHub's own example. */
  private commentEntry(c: FakeComment): Record<string, unknown> {
    const [item] = example<Array<Record<string, unknown>>>('get', COMMENTS, 200);
    const user = { ...(item.user as Record<string, unknown>), login: c.user.login, type: c.user.type };
    return { ...item, id: c.id, body: c.body, user, html_url: c.html_url, created_at: c.created_at, updated_at: c.created_at };
  }

  private paginate(url: URL, res: http.ServerResponse, items: unknown[], send: (s: number, d: unknown, h?: Record<string, string>) => void): void {
    const per = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const links: string[] = [];
    const at = (n: number): string => {
      const u = new URL(url.toString());
      u.host = (this.server?.address() as AddressInfo).address + ':' + (this.server?.address() as AddressInfo).port;
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(per));
      return u.toString();
    };
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    send(200, items.slice((page - 1) * per, page * per), links.length > 0 ? { link: links.join(', ') } : {});
  }
}
