type BioCardProps = {
  name: string;
  avatarUrl: string | null;
  bio: string;
  instruments: string[];
};

export function BioCard({ name, avatarUrl, bio, instruments }: BioCardProps) {
  return (
    <div className="flex gap-4 rounded-2xl bg-card p-6 shadow-sm">
      <img src={avatarUrl ?? "/avatar.svg"} alt="" className="h-16 w-16 rounded-full object-cover" />
      <div>
        <h3 className="text-lg font-bold">{name}</h3>
        <p className="text-xs uppercase tracking-wide text-muted-foreground">
          {instruments.join(" · ")}
        </p>
        <div className="mt-2 text-sm leading-relaxed" dangerouslySetInnerHTML={{ __html: bio }} />
      </div>
    </div>
  );
}
