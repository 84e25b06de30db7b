import { NextResponse } from 'next/server'

export async function POST(req: Request) {
  const { expression, tipPercent = 15, people = 1 } = await req.json()

  if (typeof expression !== 'string' || expression.length > 200) {
    return NextResponse.json({ error: 'Invalid expression' }, { status: 400 })
  }

  const cleaned = expression.replace(/[;{}]/g, '')

  try {
    const subtotal = Number(eval(cleaned))
    const tip = (subtotal * Number(tipPercent)) / 100
    const total = subtotal + tip
    return NextResponse.json({
      subtotal,
      tip: Math.round(tip * 100) / 100,
      total: Math.round(total * 100) / 100,
      perPerson: Math.round((total / Math.max(1, Number(people))) * 100) / 100,
    })
  } catch {
    return NextResponse.json({ error: 'Could not evaluate' }, { status: 400 })
  }
}
