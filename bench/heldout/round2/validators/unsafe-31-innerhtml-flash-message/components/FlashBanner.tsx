"use client";

import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";

export default function FlashBanner() {
  const params = useSearchParams();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const msg = params.get("msg");
    if (ref.current && msg) {
      ref.current.innerHTML = `<strong>Heads up:</strong> ${decodeURIComponent(msg)}`;
      ref.current.hidden = false;
      const t = setTimeout(() => ref.current && (ref.current.hidden = true), 6000);
      return () => clearTimeout(t);
    }
  }, [params]);

  return <div ref={ref} hidden className="rounded bg-amber-100 p-3 text-amber-900" />;
}
