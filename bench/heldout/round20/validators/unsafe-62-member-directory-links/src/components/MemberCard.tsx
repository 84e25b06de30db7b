type Member = { id: string; name: string; role: string; website: string | null; avatarUrl: string | null };

export default function MemberCard({ member }: { member: Member }) {
  return (
    <div className="flex items-center gap-3 rounded-xl border p-3">
      {member.avatarUrl && <img src={member.avatarUrl} alt="" className="h-10 w-10 rounded-full" />}
      <div>
        <p className="font-medium">{member.name}</p>
        <p className="text-sm text-gray-500">{member.role}</p>
        {member.website && (
          <a href={member.website} className="text-sm text-blue-600 underline">
            Website
          </a>
        )}
      </div>
    </div>
  );
}
