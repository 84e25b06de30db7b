import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import invariant from "tiny-invariant";
import { db } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  invariant(params.messageId, "messageId not found");

  const message = await db.message.findFirst({
    where: {
      id: params.messageId,
      OR: [{ senderId: userId }, { recipientId: userId }],
    },
    include: { sender: { select: { name: true } } },
  });

  if (!message) {
    throw new Response("Not Found", { status: 404 });
  }

  return json({ message });
}

export default function MessageRoute() {
  const { message } = useLoaderData<typeof loader>();
  return (
    <article>
      <h2>{message.subject}</h2>
      <p>From {message.sender.name}</p>
      <p>{message.body}</p>
    </article>
  );
}
