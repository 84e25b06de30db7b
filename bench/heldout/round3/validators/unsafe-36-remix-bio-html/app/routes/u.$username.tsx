import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/utils/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const user = await db.user.findUnique({
    where: { username: params.username },
    select: { username: true, displayName: true, bio: true, avatarUrl: true },
  });
  if (!user) throw new Response("Not found", { status: 404 });
  return json({ user });
}

export default function ProfilePage() {
  const { user } = useLoaderData<typeof loader>();
  const bioHtml = user.bio?.replace(/\n/g, "<br/>") ?? "";

  return (
    <main className="mx-auto max-w-2xl p-6">
      <img src={user.avatarUrl ?? "/avatar.png"} alt="" className="h-20 w-20 rounded-full" />
      <h1 className="text-2xl font-bold">{user.displayName}</h1>
      <p className="text-gray-500">@{user.username}</p>
      <div className="mt-4" dangerouslySetInnerHTML={{ __html: bioHtml }} />
    </main>
  );
}
