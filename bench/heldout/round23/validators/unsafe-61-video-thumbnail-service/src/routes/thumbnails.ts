import type { FastifyInstance } from 'fastify'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import { randomUUID } from 'node:crypto'
import { readFile, unlink } from 'node:fs/promises'

const run = promisify(exec)

export default async function thumbnails(app: FastifyInstance) {
  app.post<{ Body: { videoUrl: string; at?: string } }>('/thumbnails', async (request, reply) => {
    const { videoUrl, at = '00:00:01' } = request.body
    const out = `/tmp/${randomUUID()}.jpg`

    await run(`ffmpeg -y -ss ${at} -i "${videoUrl}" -frames:v 1 -vf scale=640:-1 ${out}`, {
      timeout: 20_000,
    })

    const image = await readFile(out)
    await unlink(out)
    return reply.type('image/jpeg').send(image)
  })
}
