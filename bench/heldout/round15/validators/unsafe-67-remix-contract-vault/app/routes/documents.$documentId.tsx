import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUserId } from "~/session.server";
import { knex } from "~/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const document = await knex("documents")
    .where({ id: params.documentId })
    .first("id", "title", "signed_pdf_url", "counterparty", "created_at");

  if (!document) throw new Response("Not Found", { status: 404 });
  return json({ document, viewer: userId });
}

export default function DocumentRoute() {
  const { document } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>{document.title}</h1>
      <p>Counterparty: {document.counterparty}</p>
      <a href={document.signed_pdf_url}>Download signed PDF</a>
    </main>
  );
}
