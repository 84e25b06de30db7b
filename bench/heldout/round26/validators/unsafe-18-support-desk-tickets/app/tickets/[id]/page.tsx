import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();

  const { data: ticket } = await supabase
    .from("tickets")
    .select("id, subject, status")
    .eq("id", id)
    .single();
  if (!ticket) notFound();

  const { data: messages } = await supabase
    .from("ticket_messages")
    .select("id, body, created_at, author_id")
    .eq("ticket_id", id)
    .order("created_at");

  return (
    <article>
      <h1>{ticket.subject}</h1>
      {messages?.map((m) => (
        <p key={m.id}>{m.body}</p>
      ))}
    </article>
  );
}
