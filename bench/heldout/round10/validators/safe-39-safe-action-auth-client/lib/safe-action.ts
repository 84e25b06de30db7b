import { createSafeActionClient } from 'next-safe-action'
import { createClient } from '@/lib/supabase/server'

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    return e instanceof ActionError ? e.message : 'Something went wrong'
  },
})

export const authActionClient = actionClient.use(async ({ next }) => {
  const supabase = createClient()
  const { data, error } = await supabase.auth.getUser()
  if (error || !data.user) {
    throw new ActionError('Not signed in')
  }
  return next({ ctx: { userId: data.user.id, supabase } })
})
