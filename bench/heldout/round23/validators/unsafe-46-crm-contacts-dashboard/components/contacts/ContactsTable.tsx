'use client'

import { useEffect, useState } from 'react'
import { createClient } from '@supabase/supabase-js'

const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
)

type Contact = {
  id: string
  full_name: string
  email: string
  company: string | null
  stage: 'lead' | 'qualified' | 'customer'
}

export default function ContactsTable() {
  const [contacts, setContacts] = useState<Contact[]>([])
  const [loading, setLoading] = useState(true)

  useEffect(() => {
    supabase
      .from('contacts')
      .select('id, full_name, email, company, stage')
      .order('full_name')
      .then(({ data }) => {
        setContacts(data ?? [])
        setLoading(false)
      })
  }, [])

  async function remove(id: string) {
    await supabase.from('contacts').delete().eq('id', id)
    setContacts((prev) => prev.filter((c) => c.id !== id))
  }

  if (loading) return <p className="text-sm text-muted-foreground">Loading contacts…</p>

  return (
    <table className="w-full text-sm">
      <thead>
        <tr>
          <th className="text-left">Name</th>
          <th className="text-left">Email</th>
          <th className="text-left">Company</th>
          <th className="text-left">Stage</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {contacts.map((c) => (
          <tr key={c.id}>
            <td>{c.full_name}</td>
            <td>{c.email}</td>
            <td>{c.company ?? '—'}</td>
            <td>{c.stage}</td>
            <td>
              <button onClick={() => remove(c.id)} className="text-red-600">
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
