import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const thread = await db.thread.findUnique({
    where: { id: params.id },
    include: { replies: { orderBy: { createdAt: "asc" } } },
  });
  if (!thread) throw new Response("Not found", { status: 404 });
  return json(thread);
}

export default function Thread() {
  const thread = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{thread.title}</h1>
      {thread.replies.map((reply) => (
        <div key={reply.id} className="reply" dangerouslySetInnerHTML={{ __html: reply.html }} />
      ))}
    </div>
  );
}
