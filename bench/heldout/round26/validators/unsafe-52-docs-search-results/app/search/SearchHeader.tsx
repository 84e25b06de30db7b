"use client";

import { useSearchParams } from "next/navigation";

export function SearchHeader({ total }: { total: number }) {
  const params = useSearchParams();
  const q = params.get("q") ?? "";

  return (
    <h2
      className="text-xl text-muted-foreground"
      dangerouslySetInnerHTML={{
        __html: `${total} results for <strong class="text-foreground">${q}</strong>`,
      }}
    />
  );
}
