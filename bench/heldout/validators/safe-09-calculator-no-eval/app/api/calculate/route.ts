import { NextResponse } from 'next/server'

// We deliberately avoid eval()/new Function here: only two numbers and a known operator.
const OPS = {
  add: (a: number, b: number) => a + b,
  sub: (a: number, b: number) => a - b,
  mul: (a: number, b: number) => a * b,
  div: (a: number, b: number) => (b === 0 ? NaN : a / b),
} as const

type Op = keyof typeof OPS

export async function POST(req: Request) {
  const { a, b, op } = await req.json()
  const x = Number(a)
  const y = Number(b)
  if (!Number.isFinite(x) || !Number.isFinite(y) || !(op in OPS)) {
    return NextResponse.json({ error: 'Invalid input' }, { status: 400 })
  }
  const result = OPS[op as Op](x, y)
  return NextResponse.json({ result: Number.isFinite(result) ? result : null })
}
