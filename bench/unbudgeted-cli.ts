/**
 * The command line of this build with no budget, for `npm run bench` only: it is given no worker
 * script, so it checks each document in its own thread with no time or heap limit, as the command
 * line did before documents were checked within a budget. Bundled like the real one, so that the
 * two differ in the budget alone.
 */
import { runCli } from '../src/cli/run.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  color: false
});
