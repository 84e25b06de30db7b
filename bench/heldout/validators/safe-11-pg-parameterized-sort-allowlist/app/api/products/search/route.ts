import { NextRequest, NextResponse } from 'next/server'
import { pool } from '@/lib/db'

const SORTS = { newest: 'created_at', price: 'price', name: 'name' } as const

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? ''
  const sortParam = req.nextUrl.searchParams.get('sort') ?? 'newest'
  const column = Object.hasOwn(SORTS, sortParam) ? SORTS[sortParam as keyof typeof SORTS] : 'created_at'

  const { rows } = await pool.query(
    `SELECT id, name, price, image_url FROM products
     WHERE published = true AND name ILIKE $1
     ORDER BY ${column} DESC LIMIT 50`,
    [`%${q}%`]
  )

  return NextResponse.json(rows)
}
