"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase";

export function Gallery() {
  const [photos, setPhotos] = useState<{ id: string; url: string; caption: string }[]>([]);
  useEffect(() => {
    createClient()
      .from("photos")
      .select("id, url, caption")
      .eq("is_public", true)
      .then(({ data }) => setPhotos(data ?? []));
  }, []);
  return (
    <div className="grid grid-cols-3 gap-2">
      {photos.map((p) => (
        <img key={p.id} src={p.url} alt={p.caption} />
      ))}
    </div>
  );
}
