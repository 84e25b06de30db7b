"use client";

import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";

export function SearchSummary({ count }: { count: number }) {
  const params = useSearchParams();
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const q = params.get("q");
    if (ref.current && q) {
      ref.current.innerHTML = `Showing <strong>${count}</strong> results for <em>${q}</em>`;
    }
  }, [params, count]);

  return <p ref={ref} className="text-sm text-gray-500" />;
}
