/**
 * npm run crisis:eval -- FILE.jsonl [--rules org-rules.json] [--errors] [--json]
 * Scores a labelled file ({"id","text","level","categories"}) and prints recall of high, recall of any alert,
 * false-alert rate on none, exact-level accuracy, the confusion matrix and per-category figures.
 */
import { engineFor, parseArgs, readJsonl } from './crisis-io.js';

const LEVELS = ['none', 'low', 'medium', 'high'] as const;
type Level = (typeof LEVELS)[number];
const CATEGORIES = ['suicide', 'self_harm', 'harm_to_others', 'abuse', 'medical_emergency'] as const;

function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}
function ratio(n: number, d: number): number {
  return d === 0 ? NaN : n / d;
}

function main(): number {
  const { file, rules, flags } = parseArgs(process.argv.slice(2));
  if (file === undefined) {
    process.stderr.write('usage: npm run crisis:eval -- FILE.jsonl [--rules org-rules.json] [--errors] [--json]\n');
    return 2;
  }
  const engine = engineFor(rules);
  const confusion = LEVELS.map(() => LEVELS.map(() => 0));
  const cat = new Map<string, { tp: number; fp: number; fn: number }>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  let n = 0;
  for (const line of readJsonl(file)) {
    const v = line.value;
    if (v === undefined || typeof v.text !== 'string' || !LEVELS.includes(v.level as Level)) {
      process.stderr.write(`crisis:eval: line ${line.lineNo} skipped: ${line.error ?? 'needs "text" and "level"'}\n`);
      continue;
    }
    n++;
    const gold = v.level as Level;
    const goldCats = Array.isArray(v.categories) ? (v.categories as string[]) : [];
    const r = engine.scan(v.text, { locale: typeof v.locale === 'string' ? v.locale : undefined });
    confusion[LEVELS.indexOf(gold)][LEVELS.indexOf(r.level)]++;
    for (const c of CATEGORIES) {
      const g = goldCats.includes(c);
      const p = (r.categories as string[]).includes(c);
      const s = cat.get(c)!;
      if (g && p) s.tp++;
      else if (p) s.fp++;
      else if (g) s.fn++;
    }
    if (gold !== r.level) {
      errors.push(`${String(v.id).padEnd(8)} gold=${gold.padEnd(6)} got=${r.level.padEnd(6)} [${r.matches.map((m) => m.rule).join(', ')}] ${v.text.slice(0, 140)}`);
    }
  }
  const row = (l: Level): number[] => confusion[LEVELS.indexOf(l)];
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
  const highs = sum(row('high'));
  const highHit = row('high')[3];
  const alerts = sum(row('low')) + sum(row('medium')) + sum(row('high'));
  const alertHit = ['low', 'medium', 'high'].reduce((acc, l) => acc + sum(row(l as Level).slice(1)), 0);
  const nones = sum(row('none'));
  const falseAlerts = sum(row('none').slice(1));
  const exact = LEVELS.reduce((acc, _l, i) => acc + confusion[i][i], 0);

  if (flags.has('json')) {
    process.stdout.write(
      JSON.stringify({
        file,
        n,
        recallHigh: ratio(highHit, highs),
        recallAlert: ratio(alertHit, alerts),
        falseAlertRate: ratio(falseAlerts, nones),
        exactLevel: ratio(exact, n),
        confusion: Object.fromEntries(LEVELS.map((g, i) => [g, Object.fromEntries(LEVELS.map((p, j) => [p, confusion[i][j]]))])),
        categories: Object.fromEntries([...cat].map(([c, s]) => [c, { ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) }])),
      }) + '\n',
    );
    return 0;
  }
  const out: string[] = [];
  out.push(`crisis:eval ${file} (${n} labelled lines)`);
  out.push(`  recall(high)        ${pct(highHit, highs)}  (${highHit}/${highs})   target ≥ 95%`);
  out.push(`  recall(any alert)   ${pct(alertHit, alerts)}  (${alertHit}/${alerts})   target ≥ 90%`);
  out.push(`  false-alert rate    ${pct(falseAlerts, nones)}  (${falseAlerts}/${nones})   target ≤ 5%`);
  out.push(`  exact level         ${pct(exact, n)}  (${exact}/${n})   target ≥ 80%`);
  out.push('');
  out.push('  confusion (rows gold, columns predicted)');
  out.push(`  ${''.padEnd(8)}${LEVELS.map((l) => l.padStart(8)).join('')}`);
  LEVELS.forEach((g, i) => out.push(`  ${g.padEnd(8)}${confusion[i].map((x) => String(x).padStart(8)).join('')}`));
  out.push('');
  out.push('  per category          precision   recall   (tp/fp/fn)');
  for (const [c, s] of cat) {
    if (s.tp + s.fp + s.fn === 0) continue;
    out.push(`  ${c.padEnd(20)}  ${pct(s.tp, s.tp + s.fp)}   ${pct(s.tp, s.tp + s.fn)}   (${s.tp}/${s.fp}/${s.fn})`);
  }
  if (flags.has('errors') && errors.length > 0) {
    out.push('');
    out.push(`  level mismatches (${errors.length})`);
    for (const e of errors) out.push(`  ${e}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

process.exitCode = main();
