import { createSafeActionClient } from 'next-safe-action'
import { createClient } from '@/lib/supabase/server'

export const actionClient = createSafeActionClient()

export const authActionClient = actionClient.use(async ({ next }) => {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) throw new Error('Not signed in')
  return next({ ctx: { user } })
})
