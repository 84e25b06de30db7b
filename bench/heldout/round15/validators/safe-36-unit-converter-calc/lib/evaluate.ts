export type Operator = "+" | "-" | "*" | "/" | "%";

const OPS: ReadonlySet<string> = new Set(["+", "-", "*", "/", "%"]);

export function evaluate(left: number, op: Operator, right: number): number {
  switch (op) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      if (right === 0) throw new RangeError("division by zero");
      return left / right;
    case "%":
      return (left * right) / 100;
  }
}

export function parseExpression(input: string): [number, Operator, number] {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*([+\-*/%])\s*(-?\d+(?:\.\d+)?)\s*$/.exec(input);
  if (!match || !OPS.has(match[2])) throw new SyntaxError("unsupported expression");
  return [Number(match[1]), match[2] as Operator, Number(match[3])];
}
