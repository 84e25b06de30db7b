import { NextResponse } from 'next/server'
import { config } from '@/lib/config'

export async function GET() {
  const res = await fetch('https://api.github.com/repos/shiplog/app/releases?per_page=10', {
    headers: { Authorization: `Bearer ${config.githubToken}`, Accept: 'application/vnd.github+json' },
    next: { revalidate: 3600 },
  })
  const releases = await res.json()
  return NextResponse.json(releases.map((r: { name: string; body: string }) => ({ name: r.name, body: r.body })))
}
