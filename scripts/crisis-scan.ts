/**
 * npm run --silent crisis:scan -- FILE.jsonl [--rules org-rules.json]
 * Reads {"id","text"[,"locale"]} lines (FILE "-" = stdin) and prints one {"id","level","categories","matches"}
 * line per input line, and nothing else, on stdout. Problems go to stderr.
 */
import { engineFor, parseArgs, readJsonl } from './crisis-io.js';

function main(): number {
  const { file, rules } = parseArgs(process.argv.slice(2));
  if (file === undefined) {
    process.stderr.write('usage: npm run --silent crisis:scan -- FILE.jsonl [--rules org-rules.json]\n');
    return 2;
  }
  const engine = engineFor(rules);
  const chunks: string[] = [];
  let failed = 0;
  for (const line of readJsonl(file)) {
    const v = line.value;
    const id = v?.id ?? null;
    if (v === undefined || typeof v.text !== 'string') {
      failed++;
      process.stderr.write(`crisis:scan: line ${line.lineNo}: ${line.error ?? 'field "text" must be a string'}\n`);
      chunks.push(JSON.stringify({ id, level: 'none', categories: [], matches: [] }));
      continue;
    }
    const locale = typeof v.locale === 'string' ? v.locale : undefined;
    const r = engine.scan(v.text, { locale });
    chunks.push(
      JSON.stringify({ id, level: r.level, categories: r.categories, matches: r.matches.map((m) => ({ rule: m.rule, start: m.start, end: m.end })) }),
    );
    if (chunks.length >= 1000) {
      process.stdout.write(chunks.join('\n') + '\n');
      chunks.length = 0;
    }
  }
  if (chunks.length > 0) process.stdout.write(chunks.join('\n') + '\n');
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
