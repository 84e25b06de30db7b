"use client";

import { useSearchParams } from "next/navigation";

export function SearchHeader({ count }: { count: number }) {
  const params = useSearchParams();
  const q = params.get("q") ?? "";
  const label = `${count} results for <strong>${q}</strong>`;
  return <h2 className="text-lg" dangerouslySetInnerHTML={{ __html: label }} />;
}
