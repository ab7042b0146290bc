// Extracts the parts of GitHub's published contract that plancheck uses into committed fixtures:
// the REST operations from @octokit/openapi (too large to install for every test run) and
// recorded webhook payloads from @octokit/webhooks-examples.
//
//   node scripts/extract-github-fixtures.mjs [DIR]
//
// DIR is a folder whose node_modules holds both packages; without it they are installed into a
// temporary folder first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
let dir = process.argv[2];
if (!dir) {
  dir = mkdtempSync(path.join(tmpdir(), 'plancheck-fixtures-'));
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, '@octokit/openapi@23', '@octokit/webhooks-examples@7'], { stdio: 'inherit' });
}
const modules = path.join(dir, 'node_modules/@octokit');

const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}']
];
const spec = JSON.parse(readFileSync(path.join(modules, 'openapi/generated/api.github.com.deref.json'), 'utf8'));
const subset = { openapi: spec.openapi, info: { title: spec.info.title, version: spec.info.version, source: '@octokit/openapi api.github.com.deref.json' }, paths: {} };
for (const [method, route] of OPERATIONS) {
  const op = spec.paths[route]?.[method];
  if (!op) throw new Error(`${method} ${route} is not in the OpenAPI description`);
  const { operationId, parameters, requestBody, responses } = op;
  const kept = {};
  for (const [status, r] of Object.entries(responses)) {
    // GitHub's own example answers are kept: the loopback server builds its answers from them.
    kept[status] = { description: r.description, content: r.content ? Object.fromEntries(Object.entries(r.content).map(([t, c]) => [t, { schema: c.schema, examples: c.examples }])) : undefined };
  }
  subset.paths[route] = { ...(subset.paths[route] ?? {}), [method]: { operationId, parameters, requestBody, responses: kept } };
}
mkdirSync(path.join(root, '__fixtures__/github'), { recursive: true });
writeFileSync(path.join(root, '__fixtures__/github/openapi-subset.json'), JSON.stringify(subset, null, 1) + '\n');

const examples = JSON.parse(readFileSync(path.join(modules, 'webhooks-examples/api.github.com/index.json'), 'utf8'));
const pick = (name, action) => {
  const e = examples.find((x) => x.name === name);
  const ex = e.examples.find((x) => action === undefined || x.action === action);
  if (!ex) throw new Error(`no ${name} ${action ?? ''} example`);
  return ex;
};
const webhooks = {
  pull_request: pick('pull_request', 'synchronize'),
  merge_group: pick('merge_group', 'checks_requested'),
  push: pick('push'),
  workflow_dispatch: pick('workflow_dispatch')
};
for (const [name, payload] of Object.entries(webhooks)) {
  writeFileSync(path.join(root, `__fixtures__/github/webhook-${name}.json`), JSON.stringify(payload, null, 2) + '\n');
}
console.log(`wrote ${OPERATIONS.length} operations and ${Object.keys(webhooks).length} webhook payloads to __fixtures__/github/`);
