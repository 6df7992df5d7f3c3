import { describe, expect, it } from '@jest/globals';
import { parsePattern, PatternError } from '../src/pattern.js';
import { normalizeWords, Tokens, tokenize } from '../src/text.js';

const words = (text: string): string[] => normalizeWords(text).map((w) => w.word);

describe('normalization', () => {
  it.each<[string, string[]]>([
    ['Hello WORLD', ['helo', 'world']],
    ['Ｋｉｌｌ', ['kil']],
    ['café naïve Straße', ['cafe', 'naive', 'strase']],
    ['k1ll mys3lf', ['kil', 'myself']],
    ['800mg 10pm', ['800', 'mg', '10', 'pm']],
    ["don't I'm", ['dont', 'im']],
    ["l'envie j'ai n'en", ['l', 'envie', 'j', 'ai', 'n', 'en']],
    ['soooo tired', ['so', 'tired']],
    ['💊🔪', ['pil', 'knife']],
    ['kіll', ['kil']],
    ['2.5 mmol', ['25', 'mol']],
  ])('%j → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps original offsets, sentences and clauses', () => {
    const t = new Tokens();
    const text = 'I am fine, really. 💊 ok';
    tokenize(text, t);
    t.numberClauses();
    const spans = Array.from({ length: t.count }, (_v, i) => text.slice(t.start[i], t.end[i]));
    expect(spans).toEqual(['I', 'am', 'fine', 'really', '💊', 'ok']);
    expect(Array.from(t.sentence.subarray(0, t.count))).toEqual([0, 0, 0, 0, 1, 1]);
    expect(Array.from(t.clause.subarray(0, t.count))).toEqual([0, 0, 0, 1, 2, 2]);
  });

  it('reads a word the same whatever ends it (space, punctuation, apostrophe, leet symbol, digit)', () => {
    const t = new Tokens();
    const read = (text: string): string[] => {
      tokenize(text, t);
      return Array.from({ length: t.count }, (_v, i) => `${text.slice(t.start[i], t.end[i])}=${t.text(i)}`);
    };
    expect(read('me. me, me! me? me" me: me')).toEqual(['me=me', 'me=me', 'me=me', 'me=me', 'me=me', 'me=me', 'me=me']);
    expect(read("dont don't l'envie me' it's")).toEqual(['dont=dont', "don't=dont", 'l=l', 'envie=envie', 'me=me', "it's=its"]);
    expect(read('k1ll h@te me$ x@ 3am pills2')).toEqual(['k1ll=kil', 'h@te=hate', 'me=me', 'x=x', '3=3', 'am=am', 'pills2=pils2']);
    expect(read('me\u200bme mé me… me💊')).toEqual(['me\u200bme=meme', 'mé=me', 'me=me', 'me=me', '💊=pil']);
  });

  it('reads a character whose low byte is an ASCII letter (š is U+0161) as that character, after long ASCII posts too', () => {
    const t = new Tokens();
    const read = (text: string): string[] => {
      tokenize(text, t);
      return Array.from({ length: t.count }, (_v, i) => `${text.slice(t.start[i], t.end[i])}=${t.text(i)}`);
    };
    expect(read('me '.repeat(2000)).length).toBe(2000);
    expect(read('šťastná ša kill Ša')).toEqual(['šťastná=stastna', 'ša=sa', 'kill=kil', 'Ša=sa']);
  });

  it('reads decimal numbers', () => {
    const t = new Tokens();
    tokenize('sugar 2.5 now', t);
    expect(t.num[1]).toBe(2.5);
  });
});

describe('patterns', () => {
  it('parses optional groups both ways', () => {
    expect(() => parsePattern('(a|b)? c [d] (e)?')).not.toThrow();
    expect(() => parsePattern('ideas suicidas?')).toThrow(/not a regular expression/);
  });
  it.each(['(a', 'a ~9 b', 'a ~2', '$ a', '[a]', '<num:5-1>', 'a*b', 'x*'])('rejects %j', (p) => {
    expect(() => parsePattern(p)).toThrow(PatternError);
  });
});
