/**
 * Documents under the 4 MiB limit that stalled a run: each is built from a short rule, so a
 * test can make the whole document without a fixture. Each name says what the document holds.
 */

/** A little under 4 MiB: the default `max-size`, so the size check never refuses these. */
export const UNDER_LIMIT = 4 * 1024 * 1024 - 64 * 1024;

/** Repeats `unit` as often as fits under `bytes` (ASCII units only). */
function fill(unit: string, bytes = UNDER_LIMIT): string {
  return unit.repeat(Math.floor(bytes / unit.length));
}

/** The stalling inputs, each a generator of the document text. */
export const STALLING_INPUTS: ReadonlyArray<{ name: string; make: () => string }> = [
  // Every `*` and `_` opens or closes emphasis: each delimiter run is matched against all the open ones.
  { name: 'a long run of emphasis markers', make: () => `# Plan\n\n${fill('*a_', UNDER_LIMIT - 16)}\n` },
  // Every `[` stays open as a possible link text, looked back over by every `]`.
  { name: 'tens of thousands of unmatched brackets', make: () => `# Plan\n\n${fill('[a](', 60000 * 4)}${fill('a]', 60000 * 2)}\n` },
  // A code span closes only on a run of its own length: runs of 1, 2, 3, ... backticks each search the rest.
  {
    name: 'backtick runs of growing length',
    make: () => {
      const parts: string[] = ['# Plan\n\n'];
      let size = 0;
      for (let n = 1; size + n + 1 < UNDER_LIMIT; n++) {
        parts.push('`'.repeat(n), ' ');
        size += n + 1;
      }
      return parts.join('') + '\n';
    }
  },
  { name: 'a list of hundreds of thousands of items', make: () => `# Plan\n\n${fill('- a\n', 500000 * 4)}` },
  { name: 'a million one-line headings', make: () => fill('# a\n', 1000000 * 4) },
  // Each paragraph line may yet become a heading, until the underline: long runs of them.
  { name: 'long setext underline runs', make: () => `# Plan\n\n${fill(`a\n${'='.repeat(2000)}\n${'-'.repeat(2000)}\n`)}` }
];

/**
 * A stalling document small enough (under 256 KB) for the command line to try it in its own
 * thread first: unmatched brackets, each looked back over by every `]`, for seconds.
 */
export const SMALL_STALL = (): string => `# Plan\n\n${fill('[a](', 40000 * 4)}${fill('a]', 40000 * 2)}\n`;
