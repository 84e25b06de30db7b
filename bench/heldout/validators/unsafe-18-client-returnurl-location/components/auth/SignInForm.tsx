'use client'

import { useState } from 'react'
import { useSearchParams } from 'next/navigation'
import { createClient } from '@/lib/supabase/client'

export default function SignInForm() {
  const params = useSearchParams()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const supabase = createClient()

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault()
    const { error } = await supabase.auth.signInWithPassword({ email, password })
    if (error) {
      setError(error.message)
      return
    }
    const returnUrl = params.get('returnUrl') || '/app'
    window.location.href = returnUrl
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input value={email} onChange={(e) => setEmail(e.target.value)} className="input" placeholder="Email" />
      <input value={password} onChange={(e) => setPassword(e.target.value)} type="password" className="input" />
      {error && <p className="text-red-600 text-sm">{error}</p>}
      <button type="submit" className="btn-primary w-full">Sign in</button>
    </form>
  )
}
