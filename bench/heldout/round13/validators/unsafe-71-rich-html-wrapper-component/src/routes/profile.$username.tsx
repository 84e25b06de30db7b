import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";
import { RichText } from "~/components/RichText";

export async function loader({ params }: LoaderFunctionArgs) {
  const profile = await db.profile.findUniqueOrThrow({
    where: { username: params.username },
    select: { username: true, displayName: true, bioHtml: true },
  });
  return json({ profile });
}

export default function ProfilePage() {
  const { profile } = useLoaderData<typeof loader>();
  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-2xl font-semibold">{profile.displayName}</h1>
      <p className="text-muted-foreground">@{profile.username}</p>
      <RichText html={profile.bioHtml ?? ""} className="mt-4" />
    </main>
  );
}
