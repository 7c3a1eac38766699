/**
 * A small, safe expression language for formula rules (编制准确 = (1 − 10 × 调剂金额 / 年初预算数) × 分值).
 * Hand-written tokenizer and recursive-descent parser over decimals: numbers, named variables (Chinese
 * allowed), + − × ÷ * /, parentheses (ASCII or full width), unary minus, percent literals ("10%") and the
 * functions min, max, abs, round(x, places). Nothing else — never eval or Function.
 */
import { Dec, dec, roundHalfUp } from '../money/index.ts';

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

type Token =
  | { type: 'num'; value: Dec; pos: number }
  | { type: 'id'; name: string; pos: number }
  | { type: 'op'; op: '+' | '-' | '*' | '/' | '(' | ')' | ',' | '%'; pos: number }
  | { type: 'end'; pos: number };

const OPS: Record<string, '+' | '-' | '*' | '/' | '(' | ')' | ',' | '%'> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
  '(': '(',
  '（': '(',
  ')': ')',
  '）': ')',
  ',': ',',
  '，': ',',
  '%': '%',
  '％': '%',
};

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[0-9.]/.test(c)) {
      const m = /^\d*\.?\d+|^\d+\.?/.exec(source.slice(i));
      if (!m) throw new ExpressionError(`第${i + 1}个字符处的数字无法识别。`, i);
      tokens.push({ type: 'num', value: dec(m[0].endsWith('.') ? m[0].slice(0, -1) : m[0]), pos: i });
      i += m[0].length;
      continue;
    }
    const op = OPS[c];
    if (op) {
      tokens.push({ type: 'op', op, pos: i });
      i++;
      continue;
    }
    const m = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(source.slice(i));
    if (m) {
      tokens.push({ type: 'id', name: m[0], pos: i });
      i += m[0].length;
      continue;
    }
    throw new ExpressionError(`公式第${i + 1}个字符“${c}”不是允许的符号。`, i);
  }
  tokens.push({ type: 'end', pos: source.length });
  return tokens;
}

export type Expr =
  | { type: 'num'; value: Dec }
  | { type: 'var'; name: string; pos: number }
  | { type: 'neg'; arg: Expr }
  | { type: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr; pos: number }
  | { type: 'call'; name: string; args: Expr[]; pos: number };

const FUNCTIONS: Record<string, { arity: [number, number] }> = {
  min: { arity: [1, 99] },
  max: { arity: [1, 99] },
  abs: { arity: [1, 1] },
  round: { arity: [1, 2] },
};

/** Parses a formula into a tree; throws ExpressionError with a Chinese message and the position. */
export function parseExpression(source: string): Expr {
  const tokens = tokenize(source);
  let k = 0;
  const peek = (): Token => tokens[k]!;
  const isOp = (t: Token, op: string): boolean => t.type === 'op' && t.op === op;

  const expr = (): Expr => {
    let left = term();
    for (;;) {
      const t = peek();
      if (t.type === 'op' && (t.op === '+' || t.op === '-')) {
        k++;
        left = { type: 'bin', op: t.op, left, right: term(), pos: t.pos };
      } else return left;
    }
  };
  const term = (): Expr => {
    let left = unary();
    for (;;) {
      const t = peek();
      if (t.type === 'op' && (t.op === '*' || t.op === '/')) {
        k++;
        left = { type: 'bin', op: t.op, left, right: unary(), pos: t.pos };
      } else return left;
    }
  };
  const unary = (): Expr => {
    const t = peek();
    if (isOp(t, '-')) {
      k++;
      return { type: 'neg', arg: unary() };
    }
    if (isOp(t, '+')) {
      k++;
      return unary();
    }
    return postfix();
  };
  const postfix = (): Expr => {
    let e = primary();
    while (isOp(peek(), '%')) {
      k++;
      e = { type: 'bin', op: '/', left: e, right: { type: 'num', value: new Dec(100) }, pos: peek().pos };
    }
    return e;
  };
  const primary = (): Expr => {
    const t = peek();
    if (t.type === 'num') {
      k++;
      return { type: 'num', value: t.value };
    }
    if (t.type === 'id') {
      k++;
      if (isOp(peek(), '(')) {
        const fn = Object.hasOwn(FUNCTIONS, t.name) ? FUNCTIONS[t.name] : undefined;
        if (!fn) throw new ExpressionError(`未知函数“${t.name}”，只允许 min、max、abs、round。`, t.pos);
        k++;
        const args: Expr[] = [];
        if (!isOp(peek(), ')')) {
          args.push(expr());
          while (isOp(peek(), ',')) {
            k++;
            args.push(expr());
          }
        }
        if (!isOp(peek(), ')'))
          throw new ExpressionError(`第${peek().pos + 1}个字符处缺少右括号。`, peek().pos);
        k++;
        if (args.length < fn.arity[0] || args.length > fn.arity[1]) {
          throw new ExpressionError(`函数 ${t.name} 的参数个数不对。`, t.pos);
        }
        return { type: 'call', name: t.name, args, pos: t.pos };
      }
      return { type: 'var', name: t.name, pos: t.pos };
    }
    if (isOp(t, '(')) {
      k++;
      const e = expr();
      if (!isOp(peek(), ')'))
        throw new ExpressionError(`第${peek().pos + 1}个字符处缺少右括号。`, peek().pos);
      k++;
      return e;
    }
    throw new ExpressionError(
      t.type === 'end' ? '公式不完整。' : `公式第${t.pos + 1}个字符处不应出现该符号。`,
      t.pos,
    );
  };

  const tree = expr();
  if (peek().type !== 'end')
    throw new ExpressionError(`公式第${peek().pos + 1}个字符处有多余内容。`, peek().pos);
  return tree;
}

/** The variable names a formula uses, in first-use order. */
export function variablesOf(e: Expr): string[] {
  const out: string[] = [];
  const walk = (x: Expr): void => {
    if (x.type === 'var' && !out.includes(x.name)) out.push(x.name);
    else if (x.type === 'neg') walk(x.arg);
    else if (x.type === 'bin') {
      walk(x.left);
      walk(x.right);
    } else if (x.type === 'call') x.args.forEach(walk);
  };
  walk(e);
  return out;
}

export function evaluateExpression(e: Expr, vars: Readonly<Record<string, Dec>>): Dec {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'var': {
      const v = Object.prototype.hasOwnProperty.call(vars, e.name) ? vars[e.name] : undefined;
      if (v === undefined) throw new ExpressionError(`公式中的“${e.name}”没有提供数值。`, e.pos);
      return v;
    }
    case 'neg':
      return evaluateExpression(e.arg, vars).neg();
    case 'bin': {
      const l = evaluateExpression(e.left, vars);
      const r = evaluateExpression(e.right, vars);
      if (e.op === '+') return l.plus(r);
      if (e.op === '-') return l.minus(r);
      if (e.op === '*') return l.times(r);
      if (r.isZero()) throw new ExpressionError('公式中出现除以零。', e.pos);
      return l.div(r);
    }
    case 'call': {
      const args = e.args.map((a) => evaluateExpression(a, vars));
      if (e.name === 'min') return Dec.min(...args);
      if (e.name === 'max') return Dec.max(...args);
      if (e.name === 'abs') return args[0]!.abs();
      const places = args[1] ?? new Dec(0);
      if (!places.isInteger() || places.isNegative())
        throw new ExpressionError('round 的小数位数应为非负整数。', e.pos);
      return roundHalfUp(args[0]!, places.toNumber());
    }
  }
}

/** Parses and evaluates in one step. */
export function evaluateFormula(source: string, vars: Readonly<Record<string, Dec>>): Dec {
  return evaluateExpression(parseExpression(source), vars);
}
