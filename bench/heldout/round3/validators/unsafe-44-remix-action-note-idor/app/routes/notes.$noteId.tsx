import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request);
  const note = await prisma.note.findFirst({ where: { id: params.noteId } });
  if (!note) throw new Response("Not Found", { status: 404 });
  return json({ note });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUserId(request);
  const form = await request.formData();
  if (form.get("intent") === "delete") {
    await prisma.note.delete({ where: { id: params.noteId } });
    return redirect("/notes");
  }
  await prisma.note.update({
    where: { id: params.noteId },
    data: { title: String(form.get("title")), body: String(form.get("body")) },
  });
  return json({ ok: true });
}

export default function NotePage() {
  const { note } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <input name="title" defaultValue={note.title} />
      <textarea name="body" defaultValue={note.body} />
      <button name="intent" value="save">Save</button>
      <button name="intent" value="delete">Delete</button>
    </Form>
  );
}
