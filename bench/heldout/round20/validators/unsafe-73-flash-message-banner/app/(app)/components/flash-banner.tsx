"use client";
import { useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";

export function FlashBanner() {
  const params = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const m = params.get("message");
    if (m) setMessage(m);
  }, [params]);

  if (!message) return null;
  return (
    <div role="status" className="rounded bg-emerald-50 px-4 py-2 text-emerald-800">
      <span dangerouslySetInnerHTML={{ __html: message }} />
      <button onClick={() => setMessage(null)} aria-label="Dismiss">
        x
      </button>
    </div>
  );
}
