import { decodeDocument, DEFAULT_MAX_BYTES } from '../src/engine/input.js';
import { DocumentError } from '../src/engine/errors.js';
import { MAX_NESTING_DEPTH, parseMarkdown } from '../src/engine/parse-markdown.js';
import { buildTemplate, TemplateError } from '../src/engine/template.js';
import { compilePattern } from '../src/engine/config.js';
import { checkSeed, COMPLETE, only } from './helpers.js';

describe('bytes that are not a Markdown document', () => {
  test('invalid UTF-8 is refused with the line of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('# Plan\n\nline two\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    expect(() => decodeDocument(bytes)).toThrow(DocumentError);
    try {
      decodeDocument(bytes);
    } catch (e) {
      expect((e as DocumentError).line).toBe(4);
      expect((e as Error).message).toBe('not UTF-8 (invalid byte 0xc3 at offset 17)');
    }
  });
  test('a truncated multi-byte character at the end is invalid too', () => {
    expect(() => decodeDocument(Buffer.from([0x61, 0xe2, 0x82]))).toThrow(/not UTF-8/);
  });
  test('binary data is refused', () => {
    expect(() => decodeDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toThrow(/binary file/);
  });
  test('a BOM is dropped and valid text passes through', () => {
    expect(decodeDocument(Buffer.from('\uFEFF# Hi\n'))).toBe('# Hi\n');
  });
  test('a 10 MB document is refused as too large under the default limit, without parsing', () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'a');
    expect(big.length).toBeGreaterThan(DEFAULT_MAX_BYTES);
    expect(() => decodeDocument(big)).toThrow('too large to check: 10.0 MiB, over the limit of 4.0 MiB (max-size)');
  });
});

describe('documents built to break a parser', () => {
  test('10,000 nested block quotes give a clear error at the line', () => {
    const doc = '# Plan\n\n' + '>'.repeat(10000) + ' deep\n';
    const r = checkSeed(doc);
    expect(r.passed).toBe(false);
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'unreadable-document', line: 3, message: `cannot check this document: nesting deeper than ${MAX_NESTING_DEPTH} levels of lists or block quotes at line 3` })
    ]);
  });
  test('10,000 nested list items give a clear error', () => {
    const lines = Array.from({ length: 10000 }, (_, i) => `${'  '.repeat(i)}- item`);
    const r = checkSeed(lines.join('\n'));
    expect(r.findings[0].rule).toBe('unreadable-document');
    expect(r.findings[0].line).toBe(MAX_NESTING_DEPTH + 1);
  });
  test('nesting up to the limit is checked normally', () => {
    const doc = COMPLETE + '\n' + Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + '\n';
    expect(checkSeed(doc).passed).toBe(true);
  });
  test('a 100,000-character line is checked, and a placeholder at its end is found at the right column', () => {
    const line = 'word '.repeat(20000) + '[Goal 1]';
    const r = checkSeed(COMPLETE + '\n' + line + '\n');
    const [f] = only(r, 'placeholder');
    expect(f.column).toBe(100001);
  });
  test('100,000 open brackets and emphasis runs do not hang', () => {
    expect(checkSeed('['.repeat(100000)).passed).toBe(false);
    expect(checkSeed('*a '.repeat(50000)).passed).toBe(false);
  });
  test('a large document is parsed in pieces with exact positions', () => {
    // Repeats of a filled section push the document well past the size parsed in one piece.
    const filler = Array.from({ length: 1500 }, (_, i) => `### Note ${i}\n\nSome text with a [link](https://example.com) and \`code\`.\n\n- a\n- b\n`).join('\n');
    const doc = COMPLETE.replace('## References', `## Notes\n\n${filler}\n## References`) + '\nTODO at the end\n';
    expect(doc.length).toBeGreaterThan(64 * 1024);
    const root = parseMarkdown(doc);
    const headings = root.children.filter((n) => n.type === 'heading');
    for (const h of headings) {
      const at = h.position?.start.offset ?? -1;
      expect(doc.startsWith('#', at)).toBe(true);
    }
    const [f] = only(checkSeed(doc), 'placeholder');
    expect(f.line).toBe(doc.split('\n').length - 1);
  });
  test('a fence left open swallows the rest without crashing', () => {
    const doc = COMPLETE.replace('## Integration Points', '```\n## Integration Points');
    const r = checkSeed(doc);
    expect(only(r, 'missing-section').map((f) => f.section[0])).toContain('Integration Points');
  });
});

describe('configured patterns run in linear time', () => {
  test('(a+)+$, which backtracks without end in JavaScript, finishes over a long line and still finds its match', () => {
    const pattern = compilePattern('(a+)+$', '.github/plancheck.yml', 2);
    // 100,000 a's then a b: the shape that makes a backtracking engine try every split.
    const hostile = 'a'.repeat(100000) + 'b';
    const r = checkSeed(`${COMPLETE}\n${hostile}\n\nStill to write: aaaa\n`, { patterns: [pattern] });
    const found = only(r, 'placeholder').filter((f) => f.excerpt === 'aaaa');
    expect(found).toHaveLength(1);
    expect(only(r, 'placeholder').some((f) => f.excerpt?.startsWith('aaaaa') && f.excerpt.length > 4)).toBe(false);
  });
});

describe('templates that cannot be used', () => {
  test('an empty template is refused', () => {
    expect(() => buildTemplate('', 'empty.md')).toThrow(TemplateError);
  });
  test('a template with no headings is refused with a message that says why', () => {
    expect(() => buildTemplate('Just some text.\n\n- and a list\n', 'flat.md')).toThrow('the template has no headings, so there are no sections to check against');
  });
});
