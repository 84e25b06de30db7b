import { z } from 'zod'
import { createClient } from '@/lib/supabase/server'

const Widget = z.object({
  kind: z.enum(['line', 'bar', 'number', 'table']),
  metric: z.string().regex(/^[a-z_]{1,40}$/),
  x: z.number().int().min(0).max(11),
  y: z.number().int().min(0).max(100),
  w: z.number().int().min(1).max(12),
  h: z.number().int().min(1).max(12),
})
const Layout = z.array(Widget).max(40)

export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return Response.json({ error: 'Unauthorized' }, { status: 401 })

  const text = await req.text()
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return Response.json({ error: 'Layout must be JSON' }, { status: 400 })
  }

  const layout = Layout.safeParse(raw)
  if (!layout.success) return Response.json({ error: 'Invalid layout' }, { status: 400 })

  const { data, error } = await supabase
    .from('dashboards')
    .update({ layout: layout.data, updated_at: new Date().toISOString() })
    .eq('id', id)
    .eq('owner_id', user.id)
    .select('id')
    .maybeSingle()

  if (error) return Response.json({ error: 'Could not save' }, { status: 500 })
  if (!data) return Response.json({ error: 'Not found' }, { status: 404 })
  return Response.json({ ok: true })
}
