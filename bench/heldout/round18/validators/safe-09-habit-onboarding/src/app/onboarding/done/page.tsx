"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";

const DESTINATIONS = {
  habits: "/habits",
  calendar: "/calendar",
  settings: "/settings/profile",
} as const;

type Key = keyof typeof DESTINATIONS;

export default function OnboardingDone() {
  const router = useRouter();
  const params = useSearchParams();

  useEffect(() => {
    const key = params.get("then") as Key | null;
    const dest = key && Object.hasOwn(DESTINATIONS, key) ? DESTINATIONS[key] : "/habits";
    const t = setTimeout(() => router.replace(dest), 1200);
    return () => clearTimeout(t);
  }, [params, router]);

  return <p className="p-8 text-center">All set! Taking you to your app…</p>;
}
