import { NextResponse } from 'next/server'

export async function POST(req: Request) {
  const { expression } = await req.json()

  if (typeof expression !== 'string' || expression.length > 200) {
    return NextResponse.json({ error: 'Invalid expression' }, { status: 400 })
  }

  // basic sanitization: strip semicolons
  const cleaned = expression.replace(/;/g, '')

  try {
    const result = eval(cleaned)
    return NextResponse.json({ result })
  } catch {
    return NextResponse.json({ error: 'Could not evaluate' }, { status: 422 })
  }
}
