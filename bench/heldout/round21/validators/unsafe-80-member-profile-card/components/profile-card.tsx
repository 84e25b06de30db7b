type Props = {
  name: string;
  avatarUrl: string | null;
  bio: string;
};

export function ProfileCard({ name, avatarUrl, bio }: Props) {
  return (
    <article className="rounded-xl border p-4">
      <header className="flex items-center gap-3">
        {avatarUrl && <img src={avatarUrl} alt="" className="h-10 w-10 rounded-full" />}
        <h2 className="font-semibold">{name}</h2>
      </header>
      <div className="prose mt-2" dangerouslySetInnerHTML={{ __html: bio }} />
    </article>
  );
}
