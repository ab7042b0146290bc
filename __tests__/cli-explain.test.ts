import { runCli } from '../src/cli/run.js';
import { ROOT } from './helpers.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd: ROOT, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => Buffer.from(''), color: false });
  return { code, stdout, stderr };
}

describe('plancheck explain', () => {
  test('text: each section, required or optional and why, placeholders and text to keep', async () => {
    const r = await cli(['explain', '--template', '__fixtures__/corpus/ercs/template.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Motivation \(line \d+\): optional\n\s+why: optional: the template says "This section is optional\." \(line 36\)/);
    expect(r.stdout).toMatch(/Test Cases \(line \d+\): conditional/);
    expect(r.stdout).toMatch(/Security Considerations \(line \d+\): required/);
    expect(r.stdout).toMatch(/text to keep \(line 55\): "The key words/);
    expect(r.stdout).toMatch(/title \(line 2\): placeholder <The EIP title/);
  });

  test('json: the same reading as data', async () => {
    const r = await cli(['explain', '-t', '__fixtures__/corpus/semantic-kernel-adrs/template.md', '--format', 'json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as { syntaxes: string[]; sections: Array<{ path: string[]; required: boolean; wildcard: boolean }> };
    expect(e.syntaxes).toContain('curly');
    const by = new Map(e.sections.map((s) => [s.path.join(' > '), s]));
    expect(by.get('Decision Drivers')?.required).toBe(false);
    expect(by.get('Context and Problem Statement')?.required).toBe(true);
    expect(by.get('Pros and Cons of the Options > {title of option 1}')?.wildcard).toBe(true);
  });

  test('the built-in template when none is given', async () => {
    const r = await cli(['explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Template /);
  });

  test('a template that cannot be read is a usage error naming it', async () => {
    const r = await cli(['explain', '-t', 'no/such/template.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/template\.md: cannot read the template/);
  });
});
