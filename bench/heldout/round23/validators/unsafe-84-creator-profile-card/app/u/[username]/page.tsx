import { notFound } from 'next/navigation'
import { ProfileCard } from '@/components/ProfileCard'
import { createClient } from '@/lib/supabase/server'

export default async function PublicProfile({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params
  const supabase = await createClient()
  const { data: profile } = await supabase
    .from('public_profiles')
    .select('username, avatar_url, bio, followers_count')
    .eq('username', username)
    .maybeSingle()

  if (!profile) notFound()

  return (
    <main className="mx-auto max-w-xl p-8">
      <ProfileCard
        username={profile.username}
        avatarUrl={profile.avatar_url}
        bio={profile.bio ?? ''}
        followers={profile.followers_count}
      />
    </main>
  )
}
