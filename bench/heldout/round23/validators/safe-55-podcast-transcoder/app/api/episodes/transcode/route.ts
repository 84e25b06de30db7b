import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@/lib/supabase/server'

const run = promisify(execFile)

const BITRATES = { low: '64k', standard: '128k', high: '192k' } as const
type Quality = keyof typeof BITRATES

export const runtime = 'nodejs'

export async function POST(req: Request) {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 })

  const form = await req.formData()
  const file = form.get('audio')
  const quality = String(form.get('quality') ?? 'standard')
  if (!(file instanceof File) || file.size > 200 * 1024 * 1024) {
    return Response.json({ error: 'Upload an audio file under 200 MB' }, { status: 400 })
  }
  if (!Object.hasOwn(BITRATES, quality)) {
    return Response.json({ error: 'Unknown quality' }, { status: 400 })
  }

  const id = randomUUID()
  const input = path.join(tmpdir(), `${id}.in`)
  const output = path.join(tmpdir(), `${id}.mp3`)
  await writeFile(input, Buffer.from(await file.arrayBuffer()))

  try {
    await run('ffmpeg', ['-y', '-i', input, '-vn', '-codec:a', 'libmp3lame', '-b:a', BITRATES[quality as Quality], output], {
      timeout: 120_000,
    })
    const mp3 = await readFile(output)
    const key = `${user.id}/${id}.mp3`
    const { error } = await supabase.storage.from('episodes').upload(key, mp3, { contentType: 'audio/mpeg' })
    if (error) return Response.json({ error: 'Upload failed' }, { status: 500 })
    return Response.json({ key }, { status: 201 })
  } finally {
    await rm(input, { force: true })
    await rm(output, { force: true })
  }
}
