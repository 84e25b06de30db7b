type UserBioProps = {
  bio: string | null;
  location?: string | null;
};

export function UserBio({ bio, location }: UserBioProps) {
  if (!bio) return <p className="text-sm text-muted-foreground">No bio yet.</p>;

  return (
    <section className="space-y-2">
      <div
        className="text-sm leading-relaxed"
        dangerouslySetInnerHTML={{ __html: bio.replace(/\n/g, "<br />") }}
      />
      {location && <p className="text-xs text-muted-foreground">📍 {location}</p>}
    </section>
  );
}
