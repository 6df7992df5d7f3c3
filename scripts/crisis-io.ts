/** Shared helpers of the crisis scripts: JSONL reading and the engine import (compiled to dist/scripts). */
import { readFileSync } from 'node:fs';
// Scripts are compiled with plain tsc, which does not rewrite the @alongside/* path aliases.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { createCrisisEngine, type CrisisEngine, type CrisisRule, parseRulesJson } from '../libs/crisis-engine/src/index.js';

export interface JsonlLine {
  lineNo: number;
  value: Record<string, unknown> | undefined;
  error: string | undefined;
}

export function readJsonl(path: string): JsonlLine[] {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  const out: JsonlLine[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) out.push({ lineNo: i + 1, value: undefined, error: 'not a JSON object' });
      else out.push({ lineNo: i + 1, value: value as Record<string, unknown>, error: undefined });
    } catch (e) {
      out.push({ lineNo: i + 1, value: undefined, error: (e as Error).message });
    }
  });
  return out;
}

/** Parses `FILE [--rules org-rules.json] [--flag ...]`; returns the positional file and the options. */
export function parseArgs(argv: string[]): { file: string | undefined; rules: string | undefined; flags: Set<string> } {
  let file: string | undefined;
  let rules: string | undefined;
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rules') rules = argv[++i];
    else if (a.startsWith('--rules=')) rules = a.slice('--rules='.length);
    else if (a.startsWith('--')) flags.add(a.slice(2));
    else file ??= a;
  }
  return { file, rules, flags };
}

export function engineFor(rulesPath: string | undefined): CrisisEngine {
  if (rulesPath === undefined) return createCrisisEngine();
  const extra = parseRulesJson(readFileSync(rulesPath, 'utf8'), rulesPath);
  return createCrisisEngine({ extraRules: extra });
}

export type { CrisisRule };
