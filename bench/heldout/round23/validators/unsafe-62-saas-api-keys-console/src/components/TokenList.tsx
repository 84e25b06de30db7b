'use client'

import { useEffect, useState } from 'react'
import { createBrowserClient } from '@supabase/ssr'

const supabase = createBrowserClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
)

type Token = { id: string; label: string; last_used_at: string | null }

export function TokenList({ profileId }: { profileId: string }) {
  const [tokens, setTokens] = useState<Token[]>([])

  useEffect(() => {
    supabase
      .from('api_tokens')
      .select('id, label, last_used_at')
      .eq('profile_id', profileId)
      .then(({ data }) => setTokens(data ?? []))
  }, [profileId])

  return (
    <ul>
      {tokens.map((t) => (
        <li key={t.id}>
          {t.label} <small>{t.last_used_at ?? 'never used'}</small>
        </li>
      ))}
    </ul>
  )
}
