import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { supabase } from '../lib/supabase'

export default function Signup() {
  const navigate = useNavigate()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState('')

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault()
    const { error } = await supabase.auth.signUp({ email, password })
    if (error) {
      setError(error.message)
      return
    }
    // go to the onboarding step which signs the user in automatically
    navigate(`/onboarding?email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`)
  }

  return (
    <form onSubmit={onSubmit} className="auth-form">
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} minLength={8} required />
      {error && <p className="error">{error}</p>}
      <button type="submit">Create account</button>
    </form>
  )
}
