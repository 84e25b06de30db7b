import { useEffect, useRef } from "react";

export function ArtistBio({ artistId }: { artistId: string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/artists/${artistId}`)
      .then((res) => res.json())
      .then((artist) => {
        if (!cancelled && ref.current) {
          ref.current.innerHTML = artist.bio;
        }
      });
    return () => {
      cancelled = true;
    };
  }, [artistId]);

  return <div ref={ref} className="prose" />;
}
