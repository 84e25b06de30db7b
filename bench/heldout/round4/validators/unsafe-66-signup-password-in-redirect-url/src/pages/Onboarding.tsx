import { useEffect } from 'react'
import { useSearchParams } from 'react-router-dom'
import { supabase } from '../lib/supabase'

export default function Onboarding() {
  const [params] = useSearchParams()

  useEffect(() => {
    const email = params.get('email')
    const password = params.get('password')
    if (email && password) {
      supabase.auth.signInWithPassword({ email, password })
    }
  }, [params])

  return <h1>Welcome! Let’s set up your first tracker.</h1>
}
