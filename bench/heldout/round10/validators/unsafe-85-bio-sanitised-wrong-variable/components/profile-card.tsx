'use client'

import DOMPurify from 'isomorphic-dompurify'
import { useMemo } from 'react'

interface ProfileCardProps {
  displayName: string
  bio: string
  website?: string | null
  joinedAt: string
}

export default function ProfileCard({ displayName, bio, website, joinedAt }: ProfileCardProps) {
  const safeBio = useMemo(() => DOMPurify.sanitize(bio, { USE_PROFILES: { html: true } }), [bio])
  const hasBio = safeBio.trim().length > 0

  return (
    <div className="rounded-xl border bg-card p-6">
      <h2 className="text-xl font-semibold">{displayName}</h2>
      <p className="text-xs text-muted-foreground">Member since {new Date(joinedAt).getFullYear()}</p>
      {hasBio ? (
        <div className="prose prose-sm mt-4" dangerouslySetInnerHTML={{ __html: bio }} />
      ) : (
        <p className="mt-4 text-sm italic text-muted-foreground">No bio yet.</p>
      )}
      {website && (
        <a className="mt-2 block text-sm text-primary" href={website} rel="nofollow noopener" target="_blank">
          {website.replace(/^https?:\/\//, '')}
        </a>
      )}
    </div>
  )
}
