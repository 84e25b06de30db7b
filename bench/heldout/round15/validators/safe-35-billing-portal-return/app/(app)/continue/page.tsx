import { redirect } from "next/navigation";

const DESTINATIONS = {
  billing: "/settings/billing",
  team: "/settings/team",
  home: "/",
  onboarding: "/onboarding/step-1",
} as const;

type Key = keyof typeof DESTINATIONS;

export default async function ContinuePage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string }>;
}) {
  const { to } = await searchParams;
  const key = (to ?? "home") as Key;
  const destination = Object.prototype.hasOwnProperty.call(DESTINATIONS, key) ? DESTINATIONS[key] : "/";
  redirect(destination);
}
