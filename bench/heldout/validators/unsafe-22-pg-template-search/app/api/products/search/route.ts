import { NextRequest, NextResponse } from 'next/server'
import { pool } from '@/lib/db'

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? ''
  const sort = req.nextUrl.searchParams.get('sort') ?? 'created_at'

  const { rows } = await pool.query(
    `SELECT id, name, price, image_url FROM products
     WHERE published = true AND name ILIKE '%${q}%'
     ORDER BY ${sort} DESC LIMIT 50`
  )

  return NextResponse.json(rows)
}
