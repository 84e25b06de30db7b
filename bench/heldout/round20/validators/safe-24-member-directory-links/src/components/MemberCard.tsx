type Member = { id: string; name: string; role: string; website: string | null };

function safeHttpUrl(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === "https:" || u.protocol === "http:" ? u.toString() : null;
  } catch {
    return null;
  }
}

export default function MemberCard({ member }: { member: Member }) {
  const website = safeHttpUrl(member.website);
  return (
    <div className="rounded-xl border p-3">
      <p className="font-medium">{member.name}</p>
      <p className="text-sm text-gray-500">{member.role}</p>
      {website && (
        <a href={website} rel="noopener noreferrer nofollow" target="_blank" className="text-sm text-blue-600 underline">
          Website
        </a>
      )}
    </div>
  );
}
