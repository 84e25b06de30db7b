'use client'

import { useActionState } from 'react'
import { signIn } from './actions'

export function LoginForm({ redirectTo }: { redirectTo: string }) {
  const [state, action, pending] = useActionState(signIn, undefined)
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <input name="email" type="email" required placeholder="Email" className="w-full border p-2" />
      <input name="password" type="password" required placeholder="Password" className="w-full border p-2" />
      {state?.error && <p className="text-sm text-red-600">{state.error}</p>}
      <button disabled={pending} className="w-full bg-black p-2 text-white">
        Sign in
      </button>
    </form>
  )
}
