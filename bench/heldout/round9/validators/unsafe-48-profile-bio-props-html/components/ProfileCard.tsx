import Image from "next/image";

type ProfileCardProps = {
  name: string;
  avatarUrl?: string | null;
  bio: string;
  website?: string | null;
};

export function ProfileCard({ name, avatarUrl, bio, website }: ProfileCardProps) {
  return (
    <div className="rounded-xl border bg-card p-6 shadow-sm">
      <div className="flex items-center gap-4">
        {avatarUrl ? (
          <Image src={avatarUrl} alt={name} width={56} height={56} className="rounded-full" />
        ) : (
          <div className="h-14 w-14 rounded-full bg-muted" />
        )}
        <div>
          <h2 className="text-lg font-semibold">{name}</h2>
          {website && <span className="text-sm text-muted-foreground">{website}</span>}
        </div>
      </div>
      {/* bio supports basic formatting (bold, links) */}
      <div
        className="prose prose-sm mt-4 dark:prose-invert"
        dangerouslySetInnerHTML={{ __html: bio }}
      />
    </div>
  );
}
