type Token = { kind: 'num'; value: number } | { kind: 'op'; value: string }

function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const ch = input[i]
    if (ch === ' ') {
      i++
    } else if ('+-*/()'.includes(ch)) {
      tokens.push({ kind: 'op', value: ch })
      i++
    } else if (/[0-9.]/.test(ch)) {
      let j = i
      while (j < input.length && /[0-9.]/.test(input[j])) j++
      const value = Number(input.slice(i, j))
      if (Number.isNaN(value)) throw new Error('Bad number')
      tokens.push({ kind: 'num', value })
      i = j
    } else {
      throw new Error(`Unexpected "${ch}"`)
    }
  }
  return tokens
}

export function calculate(input: string): number {
  const tokens = tokenize(input)
  let pos = 0

  const peek = () => tokens[pos]
  const take = () => tokens[pos++]

  function factor(): number {
    const t = take()
    if (!t) throw new Error('Unexpected end')
    if (t.kind === 'num') return t.value
    if (t.value === '-') return -factor()
    if (t.value === '(') {
      const v = expr()
      if (take()?.value !== ')') throw new Error('Missing )')
      return v
    }
    throw new Error(`Unexpected ${t.value}`)
  }

  function term(): number {
    let v = factor()
    while (peek()?.kind === 'op' && (peek().value === '*' || peek().value === '/')) {
      const op = take().value
      const rhs = factor()
      v = op === '*' ? v * rhs : v / rhs
    }
    return v
  }

  function expr(): number {
    let v = term()
    while (peek()?.kind === 'op' && (peek().value === '+' || peek().value === '-')) {
      const op = take().value
      const rhs = term()
      v = op === '+' ? v + rhs : v - rhs
    }
    return v
  }

  const result = expr()
  if (pos !== tokens.length) throw new Error('Trailing input')
  return result
}
