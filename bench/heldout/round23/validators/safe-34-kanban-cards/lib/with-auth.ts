import type { User } from '@supabase/supabase-js'
import { createClient } from '@/lib/supabase/server'

type Handler<P> = (req: Request, ctx: { user: User; params: P }) => Promise<Response>

export function withAuth<P>(handler: Handler<P>) {
  return async (req: Request, { params }: { params: Promise<P> }) => {
    const supabase = await createClient()
    const {
      data: { user },
      error,
    } = await supabase.auth.getUser()

    if (error || !user) {
      return Response.json({ error: 'Unauthorized' }, { status: 401 })
    }

    return handler(req, { user, params: await params })
  }
}
