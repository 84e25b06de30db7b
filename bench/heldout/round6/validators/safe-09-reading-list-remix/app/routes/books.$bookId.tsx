import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const book = await prisma.book.findFirst({ where: { id: params.bookId, readerId: userId } });
  if (!book) throw new Response("Not found", { status: 404 });
  return json({ book });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const { count } = await prisma.book.updateMany({
    where: { id: params.bookId, readerId: userId },
    data: { status: String(form.get("status")), rating: Number(form.get("rating")) || null },
  });
  if (count === 0) throw new Response("Not found", { status: 404 });
  return redirect("/books");
}

export default function Book() {
  const { book } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <h1>{book.title}</h1>
      <select name="status" defaultValue={book.status}>
        <option value="want">Want to read</option>
        <option value="reading">Reading</option>
        <option value="done">Done</option>
      </select>
      <input name="rating" type="number" min={1} max={5} defaultValue={book.rating ?? ""} />
      <button>Save</button>
    </Form>
  );
}
