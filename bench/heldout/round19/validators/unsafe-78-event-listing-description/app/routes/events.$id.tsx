import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const event = await db.event.findUnique({
    where: { id: params.id },
    select: { title: true, startsAt: true, descriptionHtml: true, venue: true },
  });
  if (!event) throw new Response("Not found", { status: 404 });
  return json({ event });
}

export default function EventPage() {
  const { event } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>{event.title}</h1>
      <p>{new Date(event.startsAt).toLocaleString()} · {event.venue}</p>
      <div className="description" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
    </main>
  );
}
