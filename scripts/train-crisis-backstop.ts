/**
 * npm run crisis:train
 * Trains the crisis engine's learned backstop (libs/crisis-engine/src/backstop.ts) on the labelled case files,
 * calibrates it by leave-one-file-out cross-validation (each file was written in one go by one writer: a held-out
 * file is unseen text), prints the figures, and writes libs/crisis-engine/src/models/backstop.ts.
 *
 * Deterministic: files in name order, lines in file order, full-batch gradient descent from zero weights.
 * Never read here: test/cases/holdout-17.jsonl (the newest blind set, evaluated by hand, see HELD_OUT) and
 * shared/crisis/dev.jsonl (kept to evaluate the result).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from './crisis-io.js';
// The backstop's features are the engine's own tokens, which the public API does not expose.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { BACKSTOP_HEADS, NUMBER_FEATURE, opensWindow, pairs, readsAsEnglish } from '../libs/crisis-engine/src/backstop.js';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { CRISIS_CATEGORIES, CRISIS_LEXICONS, createCrisisEngine, type CrisisBackstopModel, validateRules } from '../libs/crisis-engine/src/index.js';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { Matcher } from '../libs/crisis-engine/src/matcher.js';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { TokFlag, Tokens } from '../libs/crisis-engine/src/text.js';

const CASES = 'libs/crisis-engine/test/cases';
/**
 * Held out of training: the newest blind set, written by someone who never read the engine and scanned once after
 * every choice was made. Training on it would leave no unseen text to measure the backstop on. (Holdout-14, -15 and
 * -16 were held out the same way until a newer set took their place.)
 */
const HELD_OUT = ['holdout-17.jsonl'];
const OUT = 'libs/crisis-engine/src/models/backstop.ts';
const LEVELS = ['none', 'low', 'medium', 'high'] as const;
/** A feature is kept when it occurs in this many lines of this many files (of the training files): no one writer's quirks. */
const MIN_LINES = 2;
const MIN_FILES = 2;
/** A word in more lines than this share says nothing on its own ("and", "he", "I've": they measure length); it still counts in pairs. */
const MAX_WORD_SHARE = 0.04;
/** L2 strength on the mean log-loss, tried in cross-validation; the best is kept. */
const L2_GRID = [0.0003, 0.001, 0.003];
const ITERATIONS = 400;
const LEARNING_RATE = 0.05;
/** The pooled false-alert rate (rules + backstop, cross-validated) the low threshold may not exceed. */
const MAX_FALSE_ALERTS = 0.05;
/**
 * …and the low threshold's floor, set by hand: the lowest threshold at which every hard negative in the rules' own
 * suites (test/*.spec.ts, never trained on: the same words about other things) stays quiet. At the budget alone
 * (p ≈ 0.65) the backstop raised sentences such as "My sister texted me sorry she was running late." (p 0.75) and "I
 * can't stop cutting coupons" (0.80); the highest is "The bridge by my house is being repainted, I keep walking there
 * to look down at the boats." (0.83). Those suites are therefore no longer a blind test of the backstop.
 */
const LOW_FLOOR = 0.84;
/** Medium is allowed only when, in CV, the lines the backstop would raise to medium (at least this many) are medium or high this often. */
const MEDIUM_PRECISION = 0.8;
const MEDIUM_MIN_LINES = 10;
/** Weights are written as integers: logit × SCALE. */
const SCALE = 100;

interface Window {
  features: string[];
  tokens: number;
}

interface Line {
  file: string;
  id: string;
  text: string;
  locale: string | undefined;
  gold: number;
  categories: string[];
  /** Scoring windows as `Backstop.assess` reads them: their features with repeats, and their length in tokens. */
  windows: Window[];
  rules: { level: number; dampened: boolean };
}

/** Each head's target for a line: an alert, medium or high, then each category. */
function targets(l: Line): number[] {
  return [l.gold > 0 ? 1 : 0, l.gold >= 2 ? 1 : 0, ...CRISIS_CATEGORIES.map((c) => (l.categories.includes(c) ? 1 : 0))];
}

function readLines(): Line[] {
  const matcher = new Matcher(validateRules(CRISIS_LEXICONS, 'built-in lexicons'));
  const rules = createCrisisEngine({ backstop: false });
  const t = new Tokens();
  const files = readdirSync(CASES).filter((f) => f.endsWith('.jsonl') && !HELD_OUT.includes(f)).sort();
  const lines: Line[] = [];
  for (const file of files) {
    for (const { value: v } of readJsonl(join(CASES, file))) {
      if (v === undefined || typeof v.text !== 'string' || !LEVELS.includes(v.level as (typeof LEVELS)[number])) continue;
      const locale = typeof v.locale === 'string' ? v.locale : undefined;
      matcher.run(v.text, t, null);
      if (!readsAsEnglish(t)) continue;
      const r = rules.scan(v.text, { locale });
      lines.push({
        file,
        id: String(v.id),
        text: v.text,
        locale,
        gold: LEVELS.indexOf(v.level as (typeof LEVELS)[number]),
        categories: Array.isArray(v.categories) ? (v.categories as string[]) : [],
        windows: windowsOf(t),
        rules: { level: LEVELS.indexOf(r.level), dampened: r.dampened.length > 0 },
      });
    }
  }
  return lines;
}

/** The windows of the tokens, as `Backstop.assess` hashes them. */
function windowsOf(t: Tokens): Window[] {
  const windows: Window[] = [];
  let from = 0;
  let current: string[] = [];
  let prev = '';
  for (let i = 0; i < t.count; i++) {
    if (opensWindow(t, i, from)) {
      windows.push({ features: current, tokens: i - from });
      current = [];
      from = i;
    }
    const word = (t.flags[i] & TokFlag.Number) !== 0 ? NUMBER_FEATURE : t.text(i);
    if (word.includes(' ')) throw new Error(`a token holds a space: "${word}"`);
    if (word !== '') current.push(word);
    if (pairs(t, i, from) && word !== '' && prev !== '') current.push(`${prev} ${word}`);
    prev = word;
  }
  if (t.count > 0) windows.push({ features: current, tokens: t.count - from });
  return windows;
}

interface Trained {
  features: string[];
  /** Feature-major, HEADS per feature. */
  weights: Float64Array;
  bias: Float64Array;
}
const HEADS = BACKSTOP_HEADS.length;

function vocabulary(lines: Line[]): string[] {
  const seen = new Map<string, { lines: number; files: Set<string> }>();
  for (const l of lines) {
    for (const f of new Set(l.windows.flatMap((w) => w.features))) {
      let s = seen.get(f);
      if (s === undefined) seen.set(f, (s = { lines: 0, files: new Set() }));
      s.lines++;
      s.files.add(l.file);
    }
  }
  const common = MAX_WORD_SHARE * lines.length;
  return [...seen]
    .filter(([f, s]) => s.lines >= MIN_LINES && s.files.size >= MIN_FILES && (f.includes(' ') || s.lines <= common))
    .map(([f]) => f)
    .sort();
}

/** L2-regularized logistic regression, one head per target, full-batch Adam from zero (deterministic). */
function train(lines: Line[], l2: number): Trained {
  const features = vocabulary(lines);
  const index = new Map(features.map((f, k) => [f, k]));
  const docs = lines.map((l) => {
    const counts = new Map<number, number>();
    const norm = 1 / Math.sqrt(l.windows.reduce((n, w) => n + w.tokens, 0));
    for (const f of l.windows.flatMap((w) => w.features)) {
      const k = index.get(f);
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + norm);
    }
    return { feats: [...counts.keys()], counts: [...counts.values()], y: targets(l) };
  });
  const n = docs.length;
  const size = features.length * HEADS;
  const w = new Float64Array(size);
  const bias = new Float64Array(HEADS);
  const g = new Float64Array(size);
  const gb = new Float64Array(HEADS);
  const m = new Float64Array(size + HEADS);
  const v = new Float64Array(size + HEADS);
  const z = new Float64Array(HEADS);
  for (let it = 1; it <= ITERATIONS; it++) {
    g.fill(0);
    gb.fill(0);
    for (const d of docs) {
      z.set(bias);
      for (let j = 0; j < d.feats.length; j++) for (let h = 0; h < HEADS; h++) z[h] += d.counts[j] * w[d.feats[j] * HEADS + h];
      for (let h = 0; h < HEADS; h++) {
        const err = (1 / (1 + Math.exp(-z[h])) - d.y[h]) / n;
        gb[h] += err;
        for (let j = 0; j < d.feats.length; j++) g[d.feats[j] * HEADS + h] += d.counts[j] * err;
      }
    }
    const step = (k: number, grad: number): number => {
      m[k] = 0.9 * m[k] + 0.1 * grad;
      v[k] = 0.999 * v[k] + 0.001 * grad * grad;
      return (LEARNING_RATE * (m[k] / (1 - 0.9 ** it))) / (Math.sqrt(v[k] / (1 - 0.999 ** it)) + 1e-8);
    };
    for (let k = 0; k < size; k++) w[k] -= step(k, g[k] + l2 * w[k]);
    for (let h = 0; h < HEADS; h++) bias[h] -= step(size + h, gb[h]);
  }
  return { features, weights: w, bias };
}

/** A line's logits per head, in its window with the highest alert logit (as `Backstop.assess` picks it). */
function logits(model: Trained, index: Map<string, number>, l: Line): Float64Array {
  let best: Float64Array | undefined;
  for (const win of l.windows) {
    const z = new Float64Array(HEADS);
    for (const f of win.features) {
      const k = index.get(f);
      if (k !== undefined) for (let h = 0; h < HEADS; h++) z[h] += model.weights[k * HEADS + h];
    }
    for (let h = 0; h < HEADS; h++) z[h] = model.bias[h] + z[h] / Math.sqrt(win.tokens);
    if (best === undefined || z[0] > best[0]) best = z;
  }
  return best ?? Float64Array.from(model.bias);
}

interface Scored {
  line: Line;
  /** Out-of-fold logits per head. */
  z: Float64Array;
}

function crossValidate(lines: Line[], l2: number): Scored[] {
  const files = [...new Set(lines.map((l) => l.file))];
  const out: Scored[] = [];
  for (const file of files) {
    const model = train(
      lines.filter((l) => l.file !== file),
      l2,
    );
    const index = new Map(model.features.map((f, k) => [f, k]));
    for (const line of lines) if (line.file === file) out.push({ line, z: logits(model, index, line) });
  }
  return out;
}

interface Policy {
  /** Logit thresholds. */
  low: number;
  medium: number;
  /** Whether the backstop may act on a post where the rules dampened a signal. */
  afterDampening: boolean;
}

function predict(s: Scored, p: Policy | null): number {
  const rules = s.line.rules;
  if (p === null || rules.level > 0 || (rules.dampened && !p.afterDampening) || s.z[0] < p.low) return rules.level;
  return s.z[1] >= p.medium ? 2 : 1;
}

interface Figures {
  n: number;
  recallHigh: number;
  recallAlert: number;
  falseAlerts: number;
  exact: number;
  highs: number;
  alerts: number;
  nones: number;
}
function figures(scored: Scored[], level: (s: Scored) => number): Figures {
  let highs = 0;
  let highHit = 0;
  let alerts = 0;
  let alertHit = 0;
  let nones = 0;
  let falseAlerts = 0;
  let exact = 0;
  for (const s of scored) {
    const got = level(s);
    const gold = s.line.gold;
    if (gold === 3) {
      highs++;
      if (got === 3) highHit++;
    }
    if (gold > 0) {
      alerts++;
      if (got > 0) alertHit++;
    } else {
      nones++;
      if (got > 0) falseAlerts++;
    }
    if (got === gold) exact++;
  }
  return { n: scored.length, recallHigh: highHit / highs, recallAlert: alertHit / alerts, falseAlerts: falseAlerts / nones, exact: exact / scored.length, highs, alerts, nones };
}
const pct = (x: number): string => (Number.isNaN(x) ? '  n/a' : `${(100 * x).toFixed(1)}%`.padStart(6));
const row = (f: Figures): string => `${pct(f.recallHigh)} ${pct(f.recallAlert)} ${pct(f.falseAlerts)} ${pct(f.exact)}`;

/** The lowest low threshold keeping the pooled false-alert rate within MAX_FALSE_ALERTS; then medium, if precise. */
function calibrate(scored: Scored[], afterDampening: boolean): Policy {
  const candidates = [...new Set(scored.map((s) => s.z[0]))].sort((a, b) => a - b);
  let low = Infinity;
  for (const c of candidates) {
    if (figures(scored, (s) => predict(s, { low: c, medium: Infinity, afterDampening })).falseAlerts <= MAX_FALSE_ALERTS) {
      low = c;
      break;
    }
  }
  low = Math.max(low, logit(LOW_FLOOR));
  // medium: the lowest medium threshold at which the lines the backstop alone would raise to medium are medium or high
  // often enough (alone: in files the rules were tuned on, the few lines left to it are too few to tell)
  const raised = scored.filter((s) => s.z[0] >= low).sort((a, b) => b.z[1] - a.z[1]);
  let medium = Infinity;
  let atLeast = 0;
  raised.forEach((s, k) => {
    if (s.line.gold >= 2) atLeast++;
    if (k + 1 >= MEDIUM_MIN_LINES && atLeast / (k + 1) >= MEDIUM_PRECISION) medium = s.z[1];
  });
  return { low, medium, afterDampening };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logit = (p: number): number => Math.log(p / (1 - p));

function main(): void {
  const started = Date.now();
  const lines = readLines();
  const files = [...new Set(lines.map((l) => l.file))];
  console.log(`crisis:train: ${lines.length} labelled lines in ${files.length} files (${HELD_OUT.join(', ')} and shared/crisis/dev.jsonl not read)`);
  const rulesAlone = figures(
    lines.map((line) => ({ line, z: new Float64Array(HEADS) })),
    (s) => s.line.rules.level,
  );
  console.log(`rules alone (in-sample: the rules were tuned on these files): recall(high) ${pct(rulesAlone.recallHigh)}, recall(alert) ${pct(rulesAlone.recallAlert)}, false alerts ${pct(rulesAlone.falseAlerts)}, exact ${pct(rulesAlone.exact)}`);

  // model selection: the L2 strength, by pooled CV recall at the false-alert budget. Acting where the rules dampened a
  // signal is shown for comparison but not chosen: those posts' none is the rules' reading of their context (negation,
  // idiom, past, news…), which the engine respects, and the false alerts they bring cost recall elsewhere.
  let chosen: { l2: number; scored: Scored[]; policy: Policy; f: Figures; alone: Figures } | undefined;
  for (const l2 of L2_GRID) {
    const scored = crossValidate(lines, l2);
    for (const afterDampening of [false, true]) {
      const policy = calibrate(scored, afterDampening);
      const f = figures(scored, (s) => predict(s, policy));
      const alone = figures(scored, (s) => (s.z[0] >= policy.low ? 1 : 0));
      console.log(
        `  l2=${l2} afterDampening=${afterDampening}: low p≥${sigmoid(policy.low).toFixed(3)}, rules+backstop ${row(f)} | backstop alone recall(alert) ${pct(alone.recallAlert)} false alerts ${pct(alone.falseAlerts)}`,
      );
      // ties (the rules leave few alerts to find in files they were tuned on) go to the better backstop alone
      const better = chosen === undefined || f.recallAlert > chosen.f.recallAlert || (f.recallAlert === chosen.f.recallAlert && alone.recallAlert > chosen.alone.recallAlert);
      if (!afterDampening && better) chosen = { l2, scored, policy, f, alone };
    }
  }
  const { l2, scored, policy } = chosen!;
  console.log(`chosen: l2=${l2}, low at p≥${sigmoid(policy.low).toFixed(3)}, medium ${Number.isFinite(policy.medium) ? `at p≥${sigmoid(policy.medium).toFixed(3)}` : 'never (not precise enough)'}`);

  console.log('\nleave-one-file-out CV: recall(high) recall(alert) false-alerts exact');
  console.log(`  ${'file'.padEnd(18)} ${'rules alone'.padEnd(27)} rules+backstop${''.padEnd(13)} raised (right/none)`);
  for (const file of [...files, 'pooled']) {
    const part = file === 'pooled' ? scored : scored.filter((s) => s.line.file === file);
    const raised = part.filter((s) => predict(s, policy) !== s.line.rules.level);
    const wrong = raised.filter((s) => s.line.gold === 0).length;
    console.log(`  ${file.padEnd(18)} ${row(figures(part, (s) => s.line.rules.level))}  ${row(figures(part, (s) => predict(s, policy)))}  ${raised.length - wrong}/${wrong}`);
  }
  console.log('threshold sweep, pooled CV: p  rules+backstop (recall high, alert, false alerts, exact) | backstop alone (recall alert, false alerts)');
  for (const p of [0.6, 0.667, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const at: Policy = { ...policy, low: logit(p) };
    const a = figures(scored, (s) => (s.z[0] >= at.low ? 1 : 0));
    console.log(`  ${p.toFixed(3)}  ${row(figures(scored, (s) => predict(s, at)))} | ${pct(a.recallAlert)} ${pct(a.falseAlerts)}`);
  }
  const alone = figures(scored, (s) => (s.z[0] >= policy.low ? (s.z[1] >= policy.medium ? 2 : 1) : 0));
  console.log(`backstop alone (as if the rules had missed everything), pooled CV: recall(alert) ${pct(alone.recallAlert)}, false alerts ${pct(alone.falseAlerts)}, exact ${pct(alone.exact)}`);
  const missed = scored.filter((s) => s.line.gold > 0 && s.line.rules.level === 0);
  console.log(`alerts the rules miss in-sample: ${missed.length}; the backstop raises ${missed.filter((s) => predict(s, policy) > 0).length}`);

  const model = train(lines, l2);
  const written = write(model, policy);
  checkAgainstEngine(lines, written);
  console.log(`\ntop features per head (weight as a logit):`);
  for (let h = 0; h < HEADS; h++) {
    const top = model.features
      .map((f, k) => [f, model.weights[k * HEADS + h]] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([f, wt]) => `${f} ${wt.toFixed(2)}`);
    console.log(`  ${BACKSTOP_HEADS[h]}: ${top.join(', ')}`);
  }
  console.log(`\nwrote ${OUT} (${written.features.length} features) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Rounds the model to integers, drops features all of whose weights round to 0, and writes the generated module. */
function write(model: Trained, policy: Policy): CrisisBackstopModel {
  const rows: [string, ...number[]][] = [];
  model.features.forEach((f, k) => {
    const ws = Array.from(model.weights.subarray(k * HEADS, (k + 1) * HEADS), (x) => Math.round(x * SCALE) + 0);
    if (ws.some((x) => x !== 0)) rows.push([f, ...ws]);
  });
  const round = (p: number): number => Math.round(p * 1e4) / 1e4;
  const out: CrisisBackstopModel = {
    version: 1,
    heads: [...BACKSTOP_HEADS],
    scale: SCALE,
    bias: Array.from(model.bias, (b) => Math.round(b * SCALE) + 0),
    thresholds: { low: round(sigmoid(policy.low)), medium: Number.isFinite(policy.medium) ? round(sigmoid(policy.medium)) : null },
    features: rows,
  };
  const text = [
    '// Generated by `npm run crisis:train` (scripts/train-crisis-backstop.ts): do not edit. See the README, "Learned backstop".',
    `// ${policy.afterDampening ? '' : 'The engine runs it only where the rules dampened nothing. '}Rows: feature, then a weight per head × scale (a logit).`,
    "import type { CrisisBackstopModel } from '../types.js';",
    '',
    'export const BACKSTOP_MODEL: CrisisBackstopModel = {',
    '  version: 1,',
    `  heads: ${JSON.stringify(out.heads).replaceAll('"', "'").replaceAll(',', ', ')},`,
    `  scale: ${SCALE},`,
    `  bias: [${out.bias.join(', ')}],`,
    `  thresholds: { low: ${out.thresholds.low}, medium: ${out.thresholds.medium} },`,
    '  features: [',
    ...rows.map((r) => `    ${JSON.stringify(r)},`),
    '  ],',
    '};',
    '',
  ].join('\n');
  writeFileSync(OUT, text);
  return out;
}

/** The engine with the written model must agree with the script's own reading on every training line it may raise. */
function checkAgainstEngine(lines: Line[], model: CrisisBackstopModel): void {
  const engine = createCrisisEngine({ backstop: model });
  const rounded: Trained = {
    features: model.features.map((r) => r[0]),
    weights: Float64Array.from(model.features.flatMap((r) => r.slice(1) as number[]), (x) => x / SCALE),
    bias: Float64Array.from(model.bias, (b) => b / SCALE),
  };
  const index = new Map(rounded.features.map((f, k) => [f, k]));
  const policy: Policy = {
    low: logit(model.thresholds.low),
    medium: model.thresholds.medium === null ? Infinity : logit(model.thresholds.medium),
    afterDampening: false,
  };
  let differ = 0;
  let raised = 0;
  for (const line of lines) {
    const expected = predict({ line, z: logits(rounded, index, line) }, policy);
    const r = engine.scan(line.text, { locale: line.locale });
    const got = LEVELS.indexOf(r.level);
    // the engine raises a backstop alert further when the rules' escalators stand near its words, and reports them
    if (got > expected && r.matches.some((m) => m.role === 'backstop') && r.matches.some((m) => m.role === 'escalator')) raised++;
    else if (got !== expected) differ++;
  }
  const inSample = figures(
    lines.map((line) => ({ line, z: logits(rounded, index, line) })),
    (s) => predict(s, policy),
  );
  console.log(
    `\nengine with the written model, in-sample (before escalators): ${row(inSample)}; raised by escalators: ${raised}; lines where the engine and this script disagree: ${differ}`,
  );
  if (differ > 0) process.exitCode = 1;
}

main();
