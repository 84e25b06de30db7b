"use client";
import { useSearchParams } from "next/navigation";

const MESSAGES: Record<string, string> = {
  saved: "Your changes were saved.",
  deleted: "The item was deleted.",
  invited: "Invitation sent.",
};

export function FlashBanner() {
  const key = useSearchParams().get("flash") ?? "";
  const message = Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : null;
  if (!message) return null;
  return (
    <div role="status" className="rounded bg-emerald-50 px-4 py-2 text-emerald-800">
      {message}
    </div>
  );
}
