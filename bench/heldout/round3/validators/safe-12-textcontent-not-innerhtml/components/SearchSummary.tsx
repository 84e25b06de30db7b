"use client";

import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";

export function SearchSummary({ count }: { count: number }) {
  const params = useSearchParams();
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.innerHTML = "";
    const q = params.get("q");
    if (!q) return;
    const strong = document.createElement("strong");
    strong.textContent = String(count);
    const em = document.createElement("em");
    em.textContent = q;
    el.append("Showing ", strong, " results for ", em);
  }, [params, count]);

  return <p ref={ref} className="text-sm text-gray-500" />;
}
