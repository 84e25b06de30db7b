'use server'

import { createClient } from '@supabase/supabase-js'

const ROLE = 'SERVICE_ROLE'
const keyName = `SUPABASE_${ROLE}_KEY`

function getClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[keyName]!)
}

export async function acceptInvite(code: string) {
  const db = getClient()
  const { data: invite } = await db
    .from('invites')
    .select('id, team_id, email')
    .eq('code', code)
    .single()
  if (!invite) return { ok: false, message: 'Invalid invite' }

  await db.from('team_members').insert({ team_id: invite.team_id, email: invite.email, role: 'member' })
  await db.from('invites').delete().eq('id', invite.id)
  return { ok: true }
}
