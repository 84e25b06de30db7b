import { useEffect, useRef, useState } from "react";

interface Listing {
  id: string;
  title: string;
  description: string;
  host: { name: string };
}

export function ListingDescription({ listingId }: { listingId: string }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [listing, setListing] = useState<Listing | null>(null);
  const [expanded, setExpanded] = useState(false);

  useEffect(() => {
    fetch(`/api/listings/${listingId}`)
      .then((res) => res.json())
      .then(setListing);
  }, [listingId]);

  useEffect(() => {
    if (bodyRef.current && listing) {
      bodyRef.current.innerHTML = listing.description;
    }
  }, [listing]);

  if (!listing) return <div className="h-40 animate-pulse rounded bg-gray-100" />;

  return (
    <section>
      <h2 className="text-xl font-semibold">About this place</h2>
      <p className="text-sm text-gray-500">Hosted by {listing.host.name}</p>
      <div ref={bodyRef} className={expanded ? "mt-3" : "mt-3 line-clamp-4"} />
      <button className="mt-2 underline" onClick={() => setExpanded((v) => !v)}>
        {expanded ? "Show less" : "Show more"}
      </button>
    </section>
  );
}
