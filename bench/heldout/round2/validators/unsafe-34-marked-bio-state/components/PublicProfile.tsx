import { marked } from "marked";

export default function PublicProfile({ profile }: { profile: { username: string; bio: string | null } }) {
  const html = marked.parse(profile.bio ?? "") as string;
  return (
    <section>
      <h2 className="text-xl font-semibold">@{profile.username}</h2>
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
