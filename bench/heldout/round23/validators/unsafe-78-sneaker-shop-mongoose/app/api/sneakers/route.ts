import { NextResponse } from 'next/server'
import { connectToDatabase } from '@/lib/mongodb'
import { Sneaker } from '@/models/Sneaker'

export async function GET() {
  await connectToDatabase()
  const sneakers = await Sneaker.find({ inStock: true }).sort({ releasedAt: -1 }).limit(48).lean()
  return NextResponse.json(sneakers)
}
