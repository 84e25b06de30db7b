'use client'

import { useEffect, useState } from 'react'
import { createClient } from '@supabase/supabase-js'

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
)

type Row = { id: string; email: string; full_name: string | null; plan: string }

export default function UsersTable() {
  const [rows, setRows] = useState<Row[]>([])
  const [loading, setLoading] = useState(true)

  useEffect(() => {
    supabase
      .from('profiles')
      .select('id, email, full_name, plan')
      .order('created_at', { ascending: false })
      .then(({ data }) => {
        setRows(data ?? [])
        setLoading(false)
      })
  }, [])

  async function ban(id: string) {
    await supabase.auth.admin.updateUserById(id, { ban_duration: '876000h' })
    setRows((r) => r.filter((x) => x.id !== id))
  }

  if (loading) return <p className="text-sm text-muted-foreground">Loading…</p>
  return (
    <table className="w-full text-sm">
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.email}</td>
            <td>{r.full_name}</td>
            <td>{r.plan}</td>
            <td><button onClick={() => ban(r.id)}>Ban</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
