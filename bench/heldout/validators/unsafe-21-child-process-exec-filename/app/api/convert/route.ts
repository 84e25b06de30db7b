import { NextResponse } from 'next/server'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import { writeFile, readFile } from 'node:fs/promises'
import path from 'node:path'
import os from 'node:os'
import { createClient } from '@/lib/supabase/server'

const run = promisify(exec)

export const POST = async (req: Request) => {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const form = await req.formData()
  const file = form.get('image') as File
  const format = (form.get('format') as string) || 'webp'

  const input = path.join(os.tmpdir(), file.name)
  await writeFile(input, Buffer.from(await file.arrayBuffer()))
  const output = input.replace(/\.[^.]+$/, `.${format}`)

  await run(`convert "${input}" -resize 1200x1200 "${output}"`)

  const out = await readFile(output)
  return new NextResponse(out, { headers: { 'content-type': `image/${format}` } })
}
