'use client'

import { useEffect, useState } from 'react'
import { supabase } from '@/lib/supabaseClient'

export default function Guestbook() {
  const [entries, setEntries] = useState([])
  const [name, setName] = useState('')
  const [message, setMessage] = useState('')

  useEffect(() => {
    supabase.from('guestbook').select('*').order('created_at', { ascending: false }).then(({ data }) => setEntries(data || []))
  }, [])

  const submit = async (e) => {
    e.preventDefault()
    const { data } = await supabase.from('guestbook').insert({ name, message }).select()
    if (data) setEntries([data[0], ...entries])
    setName('')
    setMessage('')
  }

  return (
    <div className="max-w-lg mx-auto p-6">
      <form onSubmit={submit} className="space-y-2">
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Your name" className="border p-2 w-full" />
        <textarea value={message} onChange={(e) => setMessage(e.target.value)} placeholder="Say hi" className="border p-2 w-full" />
        <button className="bg-black text-white px-4 py-2">Sign</button>
      </form>
      <ul className="mt-6 space-y-3">
        {entries.map((e) => (
          <li key={e.id}><b>{e.name}</b>: {e.message}</li>
        ))}
      </ul>
    </div>
  )
}
