type Ticket = {
  id: number;
  subject: string;
  messageHtml: string;
  customerEmail: string;
  createdAt: string;
  priority: "low" | "normal" | "high";
};

const COLORS = {
  low: "bg-slate-100 text-slate-700",
  normal: "bg-blue-100 text-blue-700",
  high: "bg-red-100 text-red-700",
};

export function TicketCard({ ticket, onAssign }: { ticket: Ticket; onAssign: (id: number) => void }) {
  return (
    <div className="rounded-lg border p-4 shadow-sm">
      <div className="flex items-center justify-between">
        <h3 className="font-medium">{ticket.subject}</h3>
        <span className={`rounded px-2 py-0.5 text-xs ${COLORS[ticket.priority]}`}>{ticket.priority}</span>
      </div>
      <p className="text-xs text-gray-500">
        {ticket.customerEmail} · {new Date(ticket.createdAt).toLocaleString()}
      </p>
      <div className="mt-3 text-sm" dangerouslySetInnerHTML={{ __html: ticket.messageHtml }} />
      <button className="mt-3 text-sm underline" onClick={() => onAssign(ticket.id)}>
        Assign to me
      </button>
    </div>
  );
}
