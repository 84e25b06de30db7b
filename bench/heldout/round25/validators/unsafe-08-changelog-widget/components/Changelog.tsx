"use client";

import { useEffect, useState } from "react";

type Release = { version: string; notesHtml: string };

export default function Changelog({ productId }: { productId: string }) {
  const [releases, setReleases] = useState<Release[]>([]);

  useEffect(() => {
    fetch(`/api/products/${productId}/releases`)
      .then((r) => r.json())
      .then(setReleases);
  }, [productId]);

  return (
    <section>
      {releases.map((r) => (
        <div key={r.version} className="mb-6">
          <h3 className="font-semibold">v{r.version}</h3>
          <div dangerouslySetInnerHTML={{ __html: r.notesHtml }} />
        </div>
      ))}
    </section>
  );
}
