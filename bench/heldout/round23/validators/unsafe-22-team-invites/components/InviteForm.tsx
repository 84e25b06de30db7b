'use client'

import { useState } from 'react'
import { db } from '@/lib/db'

export function InviteForm({ teamId }: { teamId: string }) {
  const [email, setEmail] = useState('')
  const [status, setStatus] = useState<'idle' | 'sent' | 'error'>('idle')

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault()
    const { error } = await db.from('team_invites').insert({ team_id: teamId, email, role: 'member' })
    if (!error) await db.auth.admin.inviteUserByEmail(email, { data: { team_id: teamId } })
    setStatus(error ? 'error' : 'sent')
  }

  return (
    <form onSubmit={onSubmit} className="flex gap-2">
      <input
        type="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        placeholder="teammate@company.com"
        className="flex-1 rounded border px-3 py-2"
      />
      <button type="submit" className="rounded bg-black px-4 py-2 text-white">
        Invite
      </button>
      {status === 'sent' && <span className="text-green-600">Invite sent</span>}
      {status === 'error' && <span className="text-red-600">Could not invite</span>}
    </form>
  )
}
