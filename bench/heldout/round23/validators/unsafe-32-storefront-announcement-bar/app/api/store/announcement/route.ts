import { z } from 'zod'
import { db } from '@/lib/db'

const Announcement = z.object({
  message: z.string().max(160),
  tone: z.enum(['info', 'sale', 'warning']),
  visible: z.boolean(),
})

export async function GET() {
  const row = await db
    .selectFrom('store_settings')
    .select(['announcement', 'announcement_tone', 'announcement_visible'])
    .where('id', '=', 1)
    .executeTakeFirst()
  return Response.json(row ?? null)
}

async function handler(req: Request) {
  const input = Announcement.parse(await req.json())

  await db
    .updateTable('store_settings')
    .set({
      announcement: input.message,
      announcement_tone: input.tone,
      announcement_visible: input.visible,
      updated_at: new Date(),
    })
    .where('id', '=', 1)
    .execute()

  return Response.json({ ok: true })
}

export { handler as PUT }
