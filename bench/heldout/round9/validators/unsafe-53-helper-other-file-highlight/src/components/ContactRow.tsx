import { highlight } from "@/lib/highlight";

export interface Contact {
  id: string;
  name: string;
  company: string;
  notes: string;
}

export function ContactRow({ contact, query }: { contact: Contact; query: string }) {
  const nameHtml = highlight(contact.name, query);
  const notesHtml = highlight(contact.notes, query);
  return (
    <tr className="border-b hover:bg-muted/50">
      <td className="p-2" dangerouslySetInnerHTML={{ __html: nameHtml }} />
      <td className="p-2">{contact.company}</td>
      <td className="p-2 text-sm text-muted-foreground" dangerouslySetInnerHTML={{ __html: notesHtml }} />
    </tr>
  );
}
