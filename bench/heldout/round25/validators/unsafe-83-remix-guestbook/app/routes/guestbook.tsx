import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader() {
  const entries = await db.guestbookEntry.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
  return json({ entries });
}

export default function Guestbook() {
  const { entries } = useLoaderData<typeof loader>();
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.id}>
          <b>{e.name}</b>
          <span dangerouslySetInnerHTML={{ __html: e.message }} />
        </li>
      ))}
    </ol>
  );
}
