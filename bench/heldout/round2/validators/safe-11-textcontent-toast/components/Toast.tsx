"use client";

import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";

const KNOWN: Record<string, string> = {
  saved: "Your changes were saved.",
  deleted: "Item deleted.",
};

export default function Toast() {
  const params = useSearchParams();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.innerHTML = "";
    const key = params.get("toast");
    const text = key ? KNOWN[key] ?? params.get("detail") ?? "" : "";
    if (!text) return;

    const strong = document.createElement("strong");
    strong.textContent = "Note: ";
    const span = document.createElement("span");
    span.textContent = text;
    el.append(strong, span);
  }, [params]);

  return <div ref={box} role="status" className="fixed bottom-4 right-4 rounded bg-gray-900 px-4 py-2 text-white empty:hidden" />;
}
