type ProfileCardProps = {
  username: string
  avatarUrl: string | null
  bio: string
  followers: number
}

export function ProfileCard({ username, avatarUrl, bio, followers }: ProfileCardProps) {
  return (
    <div className="flex gap-4 rounded-xl border p-5">
      {avatarUrl && <img src={avatarUrl} alt="" className="h-16 w-16 rounded-full" />}
      <div>
        <h2 className="text-lg font-semibold">@{username}</h2>
        <div className="text-sm text-gray-600" dangerouslySetInnerHTML={{ __html: bio }} />
        <p className="mt-2 text-xs">{followers.toLocaleString()} followers</p>
      </div>
    </div>
  )
}
