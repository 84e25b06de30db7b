type Props = {
  name: string;
  avatarUrl: string | null;
  bio: string;
};

export function ProfileCard({ name, avatarUrl, bio }: Props) {
  return (
    <article className="rounded-2xl border p-6 shadow-sm">
      <div className="flex items-center gap-4">
        {avatarUrl && <img src={avatarUrl} alt="" className="h-14 w-14 rounded-full" />}
        <h2 className="text-xl font-semibold">{name}</h2>
      </div>
      <div className="prose mt-4" dangerouslySetInnerHTML={{ __html: bio }} />
    </article>
  );
}
