import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const note = await prisma.note.findFirst({ where: { id: params.noteId, userId } });
  if (!note) throw new Response("Not Found", { status: 404 });
  return json({ note });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  await prisma.note.deleteMany({ where: { id: params.noteId, userId } });
  return redirect("/notes");
}

export default function NotePage() {
  const { note } = useLoaderData<typeof loader>();
  return (
    <div>
      <h2>{note.title}</h2>
      <p>{note.body}</p>
      <Form method="post">
        <button type="submit">Delete</button>
      </Form>
    </div>
  );
}
