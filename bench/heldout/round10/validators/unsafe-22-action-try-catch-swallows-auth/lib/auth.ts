import { createClient } from '@/lib/supabase/server'

export class AuthError extends Error {
  constructor() {
    super('Not authenticated')
  }
}

export async function requireUser() {
  const supabase = createClient()
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser()
  if (error || !user) throw new AuthError()
  return user
}

export async function getUserOrNull() {
  try {
    return await requireUser()
  } catch {
    return null
  }
}
