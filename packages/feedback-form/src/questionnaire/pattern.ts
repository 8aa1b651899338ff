/** A check of typed text that runs in time linear in the text. */
export interface Pattern {
  test(text: string): boolean;
}

/**
 * A questionnaire's `regex` (SDC), checked in time linear in the text typed: the pattern
 * is compiled to a state machine and run over the text once, keeping every state it
 * could be in (Thompson's construction), so no pattern can make a keystroke freeze the
 * page, whatever the questionnaire says. It matches anywhere in the text unless the
 * pattern is anchored with `^` and `$`, as JavaScript's `RegExp.test` does.
 *
 * The syntax is the part of JavaScript's that needs no backtracking: characters and
 * escapes (`\d \w \s \b` and their negations, `\.`, `\u00e9`…), classes (`[A-Z0-9-]`,
 * `[^@]`), `.`, `^`, `$`, groups (`(…)`, `(?:…)`, `(?<name>…)`), `|` and the quantifiers
 * `* + ? {n} {n,} {n,m}` (lazy ones too). Backreferences and lookaround need backtracking
 * and are refused, as is a pattern too large to check quickly.
 */

/** Why a pattern is refused, for the problem that names it. */
export class PatternError extends Error {}

type Test = (c: string) => boolean;
type Node =
  | {kind: 'char'; test: Test}
  | {kind: 'assert'; at: '^' | '$' | 'b' | 'B'}
  | {kind: 'seq'; parts: Node[]}
  | {kind: 'alt'; options: Node[]}
  | {kind: 'repeat'; node: Node; min: number; max: number};

/** Most states a compiled pattern may have (a `{n,m}` copies what it repeats). */
const MAX_STATES = 5000;
/** Longest pattern read. */
const MAX_LENGTH = 1000;

const isWord: Test = (c) => /\w/.test(c);
const isDigit: Test = (c) => c >= '0' && c <= '9';
const isSpace: Test = (c) => /\s/.test(c);
const not =
  (test: Test): Test =>
  (c) =>
    !test(c);
const CLASSES: Record<string, Test> = {
  d: isDigit,
  D: not(isDigit),
  w: isWord,
  W: not(isWord),
  s: isSpace,
  S: not(isSpace),
};
const CONTROLS: Record<string, string> = {t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0'};

class Parser {
  i = 0;
  constructor(readonly source: string) {}

  fail(what: string): never {
    throw new PatternError(`${what} at ${this.i}`);
  }

  peek(): string | undefined {
    return this.source[this.i];
  }

  alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : {kind: 'alt', options};
  }

  sequence(): Node {
    const parts: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) parts.push(this.quantified());
    return {kind: 'seq', parts};
  }

  quantified(): Node {
    const node = this.atom();
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.i))) {
      const [, low, comma, high] = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i))!;
      this.i = this.source.indexOf('}', this.i) + 1;
      min = Number(low);
      max = comma === undefined ? min : high ? Number(high) : Infinity;
      if (max < min) this.fail('a {min,max} whose max is less than its min');
    } else return node;
    if (node.kind === 'assert') this.fail('a quantifier after an anchor');
    // Lazy and greedy match the same texts; `test` only asks whether one does.
    if (this.peek() === '?') this.i++;
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?' || next === '{') this.fail('two quantifiers in a row');
    return {kind: 'repeat', node, min, max};
  }

  atom(): Node {
    const c = this.source[this.i++];
    switch (c) {
      case '(': {
        if (this.source.startsWith('?:', this.i)) this.i += 2;
        else if (/^\?<[A-Za-z_$][\w$]*>/.test(this.source.slice(this.i))) this.i = this.source.indexOf('>', this.i) + 1;
        else if (this.peek() === '?') this.fail('lookaround, which needs backtracking,');
        const inner = this.alternation();
        if (this.source[this.i++] !== ')') this.fail('a group that is not closed');
        return inner;
      }
      case ')':
        return this.fail('a ) with no (');
      case '[':
        return {kind: 'char', test: this.charClass()};
      case '.':
        return {kind: 'char', test: (ch) => ch !== '\n' && ch !== '\r' && ch !== '\u2028' && ch !== '\u2029'};
      case '^':
      case '$':
        return {kind: 'assert', at: c};
      case '\\': {
        const e = this.peek();
        if (e === 'b' || e === 'B') {
          this.i++;
          return {kind: 'assert', at: e};
        }
        return {kind: 'char', test: this.escape()};
      }
      case '*':
      case '+':
      case '?':
        return this.fail('a quantifier with nothing to repeat');
      case '{':
      case '}':
      case ']':
        return this.fail(`a ${c} that is not escaped`);
      default:
        return {kind: 'char', test: (ch) => ch === c};
    }
  }

  /** After a backslash: a class (`\d`) or one character, as a test. */
  escape(): Test {
    const single = this.escapedChar();
    if (typeof single !== 'string') return single;
    return (ch) => ch === single;
  }

  escapedChar(): string | Test {
    const e = this.source[this.i++];
    if (e === undefined) return this.fail('a \\ at the end');
    if (CLASSES[e]) return CLASSES[e];
    if (CONTROLS[e] !== undefined && !(e === '0' && isDigit(this.peek() ?? ''))) return CONTROLS[e];
    if (/[1-9]/.test(e) || e === 'k') return this.fail('a backreference, which needs backtracking,');
    const hex = (length: number) => {
      const digits = this.source.slice(this.i, this.i + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) this.fail(`\\${e} without ${length} hex digits`);
      this.i += length;
      return String.fromCharCode(parseInt(digits, 16));
    };
    if (e === 'u') return hex(4);
    if (e === 'x') return hex(2);
    if (/[A-Za-z0-9]/.test(e)) return this.fail(`the escape \\${e}, which this form does not know,`);
    return e;
  }

  /** After `[`: the class up to its `]`. */
  charClass(): Test {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const tests: Test[] = [];
    for (;;) {
      const c = this.source[this.i++];
      if (c === undefined) this.fail('a [ that is not closed');
      // As in JavaScript, `[]` matches nothing and `[^]` anything.
      if (c === ']') break;
      const low = c === '\\' ? this.escapedChar() : c;
      if (typeof low !== 'string') {
        tests.push(low);
        continue;
      }
      if (this.peek() === '-' && this.source[this.i + 1] !== ']' && this.source[this.i + 1] !== undefined) {
        this.i++;
        const h = this.source[this.i++]!;
        const high = h === '\\' ? this.escapedChar() : h;
        if (typeof high !== 'string') return this.fail('a range that ends in a class');
        if (high < low) this.fail('a range whose end comes before its start');
        tests.push((ch) => ch >= low && ch <= high);
      } else tests.push((ch) => ch === low);
    }
    return (ch) => tests.some((test) => test(ch)) !== negated;
  }
}

/** A state of the machine: it reads a character, checks where it is, or splits in two. */
type State =
  | {kind: 'char'; test: Test; next: number}
  | {kind: 'assert'; at: '^' | '$' | 'b' | 'B'; next: number}
  | {kind: 'split'; next: number; other: number}
  | {kind: 'match'};

/** Builds the states for `node`, ending at `next`; returns where it starts. */
function build(node: Node, next: number, states: State[]): number {
  const add = (state: State) => {
    if (states.push(state) > MAX_STATES) throw new PatternError('a pattern too large to check');
    return states.length - 1;
  };
  switch (node.kind) {
    case 'char':
      return add({kind: 'char', test: node.test, next});
    case 'assert':
      return add({kind: 'assert', at: node.at, next});
    case 'seq':
      return node.parts.reduceRight((after, part) => build(part, after, states), next);
    case 'alt':
      return node.options
        .map((option) => build(option, next, states))
        .reduce((other, start) => add({kind: 'split', next: start, other}));
    case 'repeat': {
      let start = next;
      if (node.max === Infinity) {
        // A loop: the split either enters the node (which comes back to it) or leaves.
        const loop = add({kind: 'split', next: -1, other: next});
        const body = build(node.node, loop, states);
        (states[loop] as {next: number}).next = body;
        start = loop;
      } else {
        for (let n = node.min; n < node.max; n++)
          start = add({kind: 'split', next: build(node.node, start, states), other: next});
      }
      for (let n = 0; n < node.min; n++) start = build(node.node, start, states);
      return start;
    }
  }
}

/**
 * Compiles a questionnaire's regex. Throws a PatternError naming what it cannot check
 * in linear time (a backreference, lookaround) or what is not a pattern at all.
 */
export function compilePattern(source: string): Pattern {
  if (source.length > MAX_LENGTH) throw new PatternError(`a pattern longer than ${MAX_LENGTH} characters`);
  const parser = new Parser(source);
  const tree = parser.alternation();
  if (parser.i < source.length) parser.fail('a ) with no (');
  const states: State[] = [{kind: 'match'}];
  const start = build(tree, 0, states);
  return {
    test(text: string): boolean {
      const boundary = (i: number) => (i > 0 && isWord(text[i - 1]!)) !== (i < text.length && isWord(text[i]!));
      /** Adds `index` and every state reached from it without reading, at position `i`; true on a match. */
      const follow = (index: number, i: number, into: Set<number>): boolean => {
        const stack = [index];
        while (stack.length > 0) {
          const at = stack.pop()!;
          if (into.has(at)) continue;
          into.add(at);
          const state = states[at]!;
          if (state.kind === 'match') return true;
          if (state.kind === 'split') stack.push(state.other, state.next);
          else if (state.kind === 'assert') {
            const holds =
              state.at === '^'
                ? i === 0
                : state.at === '$'
                  ? i === text.length
                  : state.at === 'b'
                    ? boundary(i)
                    : !boundary(i);
            if (holds) stack.push(state.next);
          }
        }
        return false;
      };
      let current = new Set<number>();
      for (let i = 0; ; i++) {
        // A match may start anywhere: the start state joins at every position.
        if (follow(start, i, current)) return true;
        if (i === text.length) return false;
        const next = new Set<number>();
        for (const at of current) {
          const state = states[at]!;
          if (state.kind === 'char' && state.test(text[i]!) && follow(state.next, i + 1, next)) return true;
        }
        current = next;
      }
    },
  };
}
