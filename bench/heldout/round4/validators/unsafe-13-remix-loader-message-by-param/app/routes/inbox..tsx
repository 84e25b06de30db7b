import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import invariant from "tiny-invariant";
import { db } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request);
  invariant(params.messageId, "messageId not found");

  const message = await db.message.findUnique({
    where: { id: params.messageId },
    include: { sender: { select: { name: true, email: true } } },
  });

  if (!message) {
    throw new Response("Not Found", { status: 404 });
  }

  await db.message.update({ where: { id: message.id }, data: { readAt: new Date() } });

  return json({ message });
}

export default function MessageRoute() {
  const { message } = useLoaderData<typeof loader>();
  return (
    <article className="prose">
      <h2>{message.subject}</h2>
      <p className="text-sm text-gray-500">From {message.sender.name}</p>
      <p>{message.body}</p>
    </article>
  );
}
