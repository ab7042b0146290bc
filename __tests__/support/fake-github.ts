import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
  /** Login the token belongs to, for comments it creates. */
  botLogin: string;
}

/**
 * An HTTP server on 127.0.0.1 that answers the REST endpoints plancheck uses the way GitHub
 * does, under a `/api/v3` prefix as on GitHub Enterprise Server. It records every request and
 * can answer with faults first.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
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
        void this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
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
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    const key = `${method} ${decodeURIComponent(path)}`;
    const fault = this.takeFault(key);
    if (fault) {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      send(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
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
      this.paginate(url, res, this.repo.pullFiles, send);
      return;
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/compare/([^/]+)$`).exec(p))) {
      const per = Number(url.searchParams.get('per_page') ?? 250);
      const page = Number(url.searchParams.get('page') ?? 1);
      send(200, { status: 'ahead', files: this.repo.compareFiles.slice((page - 1) * per, page * per) });
      return;
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/git/trees/([0-9a-f]+)$`).exec(p))) {
      const tree = this.repo.trees.get(m[1]);
      if (!tree) return send(404, { message: 'Not Found' });
      send(200, { sha: m[1], truncated: false, tree: [...tree.keys()].map((k) => ({ path: k, type: 'blob', mode: '100644', sha: '0'.repeat(40) })) });
      return;
    }
    if (method === 'GET' && (m = new RegExp(`^${base}/contents/(.+)$`).exec(p))) {
      const ref = url.searchParams.get('ref') ?? '';
      const content = this.repo.trees.get(ref)?.get(m[1]);
      if (content === undefined) return send(404, { message: 'Not Found' });
      send(200, typeof content === 'string' ? Buffer.from(content) : content);
      return;
    }
    if ((m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(p))) {
      if (method === 'GET') return this.paginate(url, res, this.repo.comments, send);
      if (method === 'POST') {
        const id = this.nextId++;
        const c: FakeComment = { id, body: (body as { body: string }).body, user: { login: this.repo.botLogin, type: 'Bot' }, html_url: `https://github.example/${owner}/${repo}/pull/${m[1]}#issuecomment-${id}`, created_at: new Date().toISOString() };
        this.repo.comments.push(c);
        return send(201, c);
      }
    }
    if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(p))) {
      const c = this.repo.comments.find((x) => x.id === Number(m?.[1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') {
        c.body = (body as { body: string }).body;
        return send(200, c);
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
