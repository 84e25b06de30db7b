'use client'

import { useEffect, useState } from 'react'
import { supabase } from '@/lib/supabaseClient'

type AppUser = { id: string; email?: string; created_at: string }

export default function AdminUsersPage() {
  const [users, setUsers] = useState<AppUser[]>([])

  useEffect(() => {
    supabase.auth.admin.listUsers().then(({ data }) => {
      setUsers((data?.users ?? []) as AppUser[])
    })
  }, [])

  return (
    <main className="p-8">
      <h1 className="text-2xl font-bold mb-4">Users</h1>
      <ul className="space-y-2">
        {users.map((u) => (
          <li key={u.id} className="border rounded p-2">
            {u.email} <span className="text-gray-500">{new Date(u.created_at).toLocaleDateString()}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
