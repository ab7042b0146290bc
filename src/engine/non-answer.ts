/**
 * Whether a section's body, though it renders something, says nothing: only punctuation, filler
 * text, a table with a header and no rows, an empty disclosure block, a list of blank items.
 */
import type { Nodes, RootContent, Table } from 'mdast';
import { isComment, walk } from './outline.js';
import { htmlText, isAngleText } from './rendered-text.js';
import { collapseSpace, truncate } from './text-utils.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The words of the typesetters' placeholder text; nobody writes them as an answer. */
const LOREM = new Set(
  'lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(' ')
);
/** Stock filler a tool or an author leaves where the text will go. */
const FILLER = /^\W*((insert|add|put|enter|write)\s+)?(your\s+)?(text|content|description)\s+(goes\s+)?here\W*$/i;

/**
 * Why a section body says nothing, as a phrase that follows "says" or "is", or `undefined`
 * when it says something or shows nothing at all (an empty body is reported on its own).
 * Reasons: `only '...'`, `only filler text ('Lorem ipsum…')`, `a table with no rows`,
 * `an empty <details> block`, `a list whose items are all blank`.
 */
export function saysNothing(nodes: readonly RootContent[]): string | undefined {
  let text = '';
  let substance = false;
  let shown = false;
  const empties: string[] = [];
  const say = (t: string): void => {
    if (t.trim() === '') return;
    shown = true;
    if (text.length < 200) text += ' ' + t;
  };
  walk(nodes, (n: Nodes) => {
    if (substance) return false;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        say(n.value);
        return false;
      case 'code':
        if (n.value.trim() !== '') substance = true;
        return false;
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
        substance = true;
        return false;
      case 'table':
        if (!hasRows(n)) {
          shown = true;
          empties.push('a table with no rows');
          return false;
        }
        return undefined;
      case 'list':
        if (n.children.every((item) => item.children.length === 0)) {
          if (n.children.length > 0) {
            shown = true;
            empties.push('a list whose items are all blank');
          }
          return false;
        }
        return undefined;
      case 'html': {
        if (isComment(n.value)) return false;
        const html = htmlText(n.value);
        if (isAngleText(html)) {
          say(n.value);
          return false;
        }
        const { runs, elements } = html;
        const content = runs.filter((r) => !r.summary);
        for (const r of content) say(r.text);
        if (elements.has('details') && content.length === 0) {
          shown = true;
          empties.push('an empty <details> block');
        } else if (elements.size > 0) shown = true;
        if (elements.has('img') || elements.has('picture') || elements.has('video') || elements.has('svg') || elements.has('iframe')) substance = true;
        return false;
      }
      default:
        return undefined;
    }
  });
  if (substance || !shown) return undefined;
  const said = collapseSpace(text);
  if (said === '') return empties[0];
  if (!LETTER_OR_DIGIT.test(said)) return `only '${truncate(said, 20)}'`;
  if (isLorem(said) || FILLER.test(said)) return `only filler text ('${truncate(said, 30)}')`;
  return undefined;
}

/** Whether a table has a body row with something in a cell. */
function hasRows(table: Table): boolean {
  for (let i = 1; i < table.children.length; i++) {
    for (const cell of table.children[i].children) {
      if (cell.children.length > 0) return true;
    }
  }
  return false;
}

/** Whether text is mostly lorem ipsum: a stray Latin word in real prose is not. */
function isLorem(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 2 || words[0] !== 'lorem' || words[1] !== 'ipsum') return false;
  return words.filter((w) => LOREM.has(w)).length >= 0.8 * words.length;
}
