import { useMemo } from "react";
import { MapPin, Link as LinkIcon } from "lucide-react";

type Profile = {
  displayName: string;
  handle: string;
  bio: string;
  location?: string;
  website?: string;
};

export default function ProfileHeader({ profile }: { profile: Profile }) {
  const bioProps = useMemo(
    () => ({ dangerouslySetInnerHTML: { __html: profile.bio } }),
    [profile.bio]
  );

  return (
    <header className="border-b pb-6">
      <h1 className="text-2xl font-bold">{profile.displayName}</h1>
      <p className="text-sm text-gray-500">@{profile.handle}</p>
      <div className="mt-3 text-gray-800" {...bioProps} />
      <div className="mt-3 flex gap-4 text-sm text-gray-600">
        {profile.location && (
          <span className="flex items-center gap-1">
            <MapPin className="h-4 w-4" /> {profile.location}
          </span>
        )}
        {profile.website && (
          <span className="flex items-center gap-1">
            <LinkIcon className="h-4 w-4" /> {profile.website.replace(/^https?:\/\//, "")}
          </span>
        )}
      </div>
    </header>
  );
}
