"use client";

import DOMPurify from "isomorphic-dompurify";

interface ProfileBioProps {
  bio: string;
  displayName: string;
}

export function ProfileBio({ bio, displayName }: ProfileBioProps) {
  const clean = DOMPurify.sanitize(bio, { USE_PROFILES: { html: true } });

  if (!clean.trim()) {
    return <p className="italic text-gray-500">{displayName} hasn&apos;t written a bio yet.</p>;
  }

  return (
    <div
      className="prose dark:prose-invert"
      dangerouslySetInnerHTML={{ __html: bio }}
    />
  );
}
