// Extracts the ```ts blocks of every TSDoc @example in src/ so they can be compiled and run
// against the packed package. A line `console.log(EXPR); // EXPECTED` whose EXPECTED is a JS
// literal becomes an assertion, so an example that prints a wrong value fails the check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DocExample {
  /** Source file, relative to the project root. */
  readonly file: string;
  /** 1-based line of the opening fence in the source file. */
  readonly line: number;
  /** The example's code, with `console.log(x); // y` lines turned into assertions. */
  readonly code: string;
  /** How many assertions were derived from trailing comments. */
  readonly assertions: number;
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listTs(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Parses a JS literal written in a comment; undefined when it is prose rather than a value. */
export function parseLiteral(text: string): { value: unknown } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- literals written by us in our own docs
    const evaluate = new Function(`"use strict"; return (${trimmed});`) as () => unknown;
    const value = evaluate();
    if (typeof value === 'function') return undefined;
    return { value };
  } catch {
    return undefined;
  }
}

const LOG_LINE = /^(\s*)console\.log\((.*)\);\s*\/\/\s*(?:=>\s*)?(.+)$/;

function splitTopLevelArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quote !== undefined) {
      current += ch;
      if (ch === '\\') {
        current += text.charAt(i + 1);
        i++;
      } else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

export function instrument(code: string, location: string): { code: string; assertions: number } {
  let assertions = 0;
  const lines = code.split('\n').map((line, index) => {
    const match = LOG_LINE.exec(line);
    if (!match) return line;
    const [, indent = '', argsText = '', expectedText = ''] = match;
    const args = splitTopLevelArgs(argsText);
    if (args.length !== 1) return line;
    const expected = parseLiteral(expectedText);
    if (expected === undefined) return line;
    assertions++;
    const where = JSON.stringify(`${location} (example line ${String(index + 1)})`);
    return `${indent}__expectExample((${args[0] ?? ''}), ${expectedText.trim()}, ${where});`;
  });
  return { code: lines.join('\n'), assertions };
}

export function extractDocExamples(projectRoot: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of listTs(join(projectRoot, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    let inExample = false;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] ?? '';
      const body = raw.replace(/^\s*\*\s?/, '');
      if (/^\s*\*\s*@example\b/.test(raw)) {
        inExample = true;
        continue;
      }
      if (inExample && /^\s*\*\s*@\w+/.test(raw)) inExample = false;
      if (inExample && /^\s*\*\/\s*$/.test(raw)) inExample = false;
      if (inExample && /^```(ts|typescript)\s*$/.test(body.trim())) {
        const start = i + 1;
        const code: string[] = [];
        i++;
        while (i < lines.length && !/^```\s*$/.test((lines[i] ?? '').replace(/^\s*\*\s?/, '').trim())) {
          code.push((lines[i] ?? '').replace(/^\s*\*\s?/, ''));
          i++;
        }
        const location = `${relative(projectRoot, file)}:${String(start)}`;
        const instrumented = instrument(code.join('\n'), location);
        examples.push({ file: relative(projectRoot, file), line: start, ...instrumented });
      }
    }
  }
  return examples;
}
