import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const contact = await prisma.contact.findFirst({
    where: { id: params.contactId, ownerId: userId },
  });
  if (!contact) throw new Response("Not Found", { status: 404 });
  return json({ contact });
}

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const id = String(formData.get("id"));
  console.info(`user ${userId} deleting contact ${id}`);
  await prisma.contact.delete({ where: { id } });
  return redirect("/contacts");
}

export default function ContactRoute() {
  const { contact } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{contact.name}</h1>
      <Form method="post">
        <input type="hidden" name="id" value={contact.id} />
        <button type="submit">Delete</button>
      </Form>
    </div>
  );
}
