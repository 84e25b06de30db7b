type Profile = {
  username: string;
  avatarUrl: string | null;
  bio: string;
};

export function ProfileCard({ profile }: { profile: Profile }) {
  return (
    <section className="rounded-xl border p-6">
      <div className="flex items-center gap-4">
        <img src={profile.avatarUrl ?? "/avatar.png"} alt="" className="h-14 w-14 rounded-full" />
        <h2 className="text-xl font-semibold">@{profile.username}</h2>
      </div>
      <div className="prose mt-4" dangerouslySetInnerHTML={{ __html: profile.bio }} />
    </section>
  );
}
