"use client";

import { useEffect, useRef } from "react";
import Image from "next/image";

type Props = {
  name: string;
  avatarUrl: string | null;
  bio: string;
};

export default function ProfileCard({ name, avatarUrl, bio }: Props) {
  const bioRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (bioRef.current) {
      // keep the line breaks and links users type in their bio
      bioRef.current.innerHTML = bio
        .replace(/\n/g, "<br/>")
        .replace(/(https?:\/\/\S+)/g, '<a href="$1" target="_blank">$1</a>');
    }
  }, [bio]);

  return (
    <div className="rounded-xl border p-6 shadow-sm">
      <div className="flex items-center gap-3">
        {avatarUrl && <Image src={avatarUrl} alt={name} width={48} height={48} className="rounded-full" />}
        <h3 className="text-lg font-semibold">{name}</h3>
      </div>
      <div ref={bioRef} className="mt-3 text-sm text-gray-700" />
    </div>
  );
}
