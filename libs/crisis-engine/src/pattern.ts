import { normalizeWords } from './text.js';

/** One step of an expanded pattern. */
export type PatternItem =
  | { k: 'w'; word: string; mode: 'exact' | 'prefix' | 'suffix' | 'emoji' }
  | { k: 'num'; min: number; max: number }
  | { k: 'gap'; max: number }
  | { k: 'end' };

export type PatternNode =
  | { t: 'seq'; items: PatternNode[] }
  | { t: 'alt'; options: PatternNode[]; optional: boolean }
  | { t: 'atom'; items: PatternItem[] };

const MAX_GAP = 8;
const MAX_ATOMS = 20000;

export class PatternError extends Error {}

/** Replaces `{NAME}` by `(macro)` until none is left (nested macros allowed, cycles rejected). */
export function substituteMacros(pattern: string, macros: Readonly<Record<string, string>>): string {
  let out = pattern;
  for (let depth = 0; depth < 10; depth++) {
    let missing: string | undefined;
    const next = out.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => {
      const body = macros[name];
      if (body === undefined) {
        missing = name;
        return '';
      }
      return `(${body})`;
    });
    if (missing !== undefined) throw new PatternError(`unknown macro {${missing}}`);
    if (next === out) return out;
    out = next;
  }
  throw new PatternError('macros nested more than 10 deep (a cycle?)');
}

/** Parses a pattern (macros already substituted) into a tree, and checks it can be compiled. */
export function parsePattern(pattern: string): PatternNode {
  const lexemes = lex(pattern);
  let pos = 0;
  let atoms = 0;

  const parseAlt = (close: string | undefined): PatternNode => {
    const options: PatternNode[] = [parseSeq()];
    while (pos < lexemes.length && lexemes[pos] === '|') {
      pos++;
      options.push(parseSeq());
    }
    if (close !== undefined) {
      if (lexemes[pos] !== close) throw new PatternError(`missing "${close}"`);
      pos++;
    }
    return { t: 'alt', options, optional: close === ']' };
  };

  const parseSeq = (): PatternNode => {
    const items: PatternNode[] = [];
    while (pos < lexemes.length) {
      const lx = lexemes[pos];
      if (lx === '|' || lx === ')' || lx === ']') break;
      pos++;
      if (lx === '?') throw new PatternError('"?" must follow a word or a group');
      let node: PatternNode;
      if (lx === '(') node = parseAlt(')');
      else if (lx === '[') node = parseAlt(']');
      else {
        node = { t: 'atom', items: atom(lx) };
        atoms++;
        if (atoms > MAX_ATOMS) throw new PatternError(`more than ${MAX_ATOMS} words`);
      }
      // "(a|b)?" is optional, like "[a|b]"; "word?" is refused: it reads like a regex plural ("ideas?")
      if (lexemes[pos] === '?') {
        if (node.t === 'atom') throw new PatternError(`"${lx}?": write "[${lx}]" for an optional word (this is not a regular expression)`);
        pos++;
        node = { t: 'alt', options: [node], optional: true };
      }
      items.push(node);
    }
    return { t: 'seq', items };
  };

  const root = parseAlt(undefined);
  if (pos !== lexemes.length) throw new PatternError(`unexpected "${lexemes[pos]}"`);
  check(root);
  return root;
}

/** Shape of the token sequences a node can match, enough to reject patterns the matcher cannot run. */
interface Shape {
  empty: boolean;
  /** can start with a gap or "$" / can end with a gap / can end with "$" / contains a non-final "$" */
  startsBad: boolean;
  endsGap: boolean;
  endsEnd: boolean;
  words: boolean;
}

function shape(node: PatternNode): Shape {
  switch (node.t) {
    case 'atom': {
      const first = node.items[0];
      const last = node.items[node.items.length - 1];
      return {
        empty: false,
        startsBad: first.k === 'gap' || first.k === 'end',
        endsGap: last.k === 'gap',
        endsEnd: last.k === 'end',
        words: node.items.some((i) => i.k === 'w' || i.k === 'num'),
      };
    }
    case 'alt': {
      const shapes = node.options.map(shape);
      return {
        empty: node.optional || shapes.some((x) => x.empty),
        startsBad: shapes.some((x) => x.startsBad),
        endsGap: shapes.some((x) => x.endsGap),
        endsEnd: shapes.some((x) => x.endsEnd),
        words: shapes.some((x) => x.words),
      };
    }
    case 'seq': {
      const shapes = node.items.map(shape);
      let empty = true;
      let startsBad = false;
      let endsGap = false;
      let endsEnd = false;
      for (let i = 0; i < shapes.length; i++) {
        const x = shapes[i];
        if (empty && x.startsBad) startsBad = true;
        if (endsEnd && !x.empty) throw new PatternError('"$" must be last');
        if (endsGap && x.startsBad) throw new PatternError('a gap must be followed by a word');
        if (x.empty) {
          endsGap = endsGap || x.endsGap;
          endsEnd = endsEnd || x.endsEnd;
        } else {
          endsGap = x.endsGap;
          endsEnd = x.endsEnd;
        }
        empty = empty && x.empty;
      }
      return { empty, startsBad, endsGap, endsEnd, words: shapes.some((x) => x.words) };
    }
  }
}

function check(root: PatternNode): void {
  const s = shape(root);
  if (s.empty) throw new PatternError('can match nothing (everything is optional)');
  if (s.startsBad) throw new PatternError('cannot start with a gap or "$"');
  if (s.endsGap) throw new PatternError('cannot end with a gap');
  if (!s.words) throw new PatternError('needs at least one word');
}

/** Number of distinct token sequences a pattern stands for (for statistics). */
export function countPhrases(node: PatternNode): number {
  switch (node.t) {
    case 'atom':
      return 1;
    case 'alt':
      return node.options.reduce((n, o) => n + countPhrases(o), node.optional ? 1 : 0);
    case 'seq':
      return node.items.reduce((n, o) => n * countPhrases(o), 1);
  }
}

function lex(pattern: string): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = (): void => {
    if (cur !== '') out.push(cur);
    cur = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '(' || ch === ')' || ch === '[' || ch === ']' || ch === '|' || ch === '?') {
      flush();
      out.push(ch);
    } else if (/\s/.test(ch)) flush();
    else if (ch === '<') {
      flush();
      const close = pattern.indexOf('>', i);
      if (close < 0) throw new PatternError('missing ">"');
      out.push(pattern.slice(i, close + 1));
      i = close;
    } else cur += ch;
  }
  flush();
  return out;
}

function atom(lx: string): PatternItem[] {
  if (lx === '$') return [{ k: 'end' }];
  if (lx.startsWith('<')) {
    const m = /^<num(?::(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?))?>$/.exec(lx);
    if (!m) throw new PatternError(`bad class ${lx} (use <num> or <num:MIN-MAX>)`);
    const min = m[1] === undefined ? -Infinity : Number(m[1]);
    const max = m[2] === undefined ? Infinity : Number(m[2]);
    if (min > max) throw new PatternError(`bad range ${lx}`);
    return [{ k: 'num', min, max }];
  }
  if (lx.startsWith('~')) {
    const m = /^~(\d)$/.exec(lx);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > MAX_GAP) throw new PatternError(`bad gap ${lx} (use ~1 to ~${MAX_GAP})`);
    return [{ k: 'gap', max: Number(m[1]) }];
  }
  let mode: 'exact' | 'prefix' | 'suffix' = 'exact';
  let word = lx;
  if (word.length > 1 && word.endsWith('*')) {
    mode = 'prefix';
    word = word.slice(0, -1);
  } else if (word.length > 1 && word.startsWith('*')) {
    mode = 'suffix';
    word = word.slice(1);
  }
  if (word.includes('*')) throw new PatternError(`"*" only at the start or end of a word: ${lx}`);
  const words = normalizeWords(word);
  if (words.length === 0) throw new PatternError(`"${lx}" has no letters or digits`);
  if (mode !== 'exact' && words.length > 1) throw new PatternError(`"${lx}": a prefix or suffix must be one word`);
  if (mode !== 'exact' && words[0].word.length < 2) throw new PatternError(`"${lx}": a prefix or suffix needs two letters`);
  // an emoji in a pattern matches that emoji only ("🪢" is not the word "rope"); write the word to match both
  return words.map((w) => ({ k: 'w', word: w.word, mode: mode === 'exact' && w.emoji ? 'emoji' : mode }));
}
