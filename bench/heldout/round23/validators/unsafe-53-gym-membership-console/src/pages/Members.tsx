import { useEffect, useState } from 'react'
import type { User } from '@supabase/supabase-js'
import { supabaseAdmin } from '../lib/supabaseAdmin'

export default function Members() {
  const [members, setMembers] = useState<User[]>([])
  const [page, setPage] = useState(1)

  useEffect(() => {
    supabaseAdmin.auth.admin.listUsers({ page, perPage: 50 }).then(({ data }) => {
      setMembers(data?.users ?? [])
    })
  }, [page])

  async function cancelMembership(user: User) {
    if (!confirm(`Cancel membership for ${user.email}?`)) return
    await supabaseAdmin.from('memberships').update({ status: 'cancelled' }).eq('user_id', user.id)
    await supabaseAdmin.auth.admin.deleteUser(user.id)
    setMembers((m) => m.filter((x) => x.id !== user.id))
  }

  return (
    <section className="space-y-4">
      <h2 className="text-xl font-bold">Members</h2>
      <ul className="divide-y">
        {members.map((m) => (
          <li key={m.id} className="flex items-center justify-between py-2">
            <span>{m.email}</span>
            <button className="btn btn-sm" onClick={() => cancelMembership(m)}>
              Cancel
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <button disabled={page === 1} onClick={() => setPage((p) => p - 1)}>
          Previous
        </button>
        <button onClick={() => setPage((p) => p + 1)}>Next</button>
      </div>
    </section>
  )
}
