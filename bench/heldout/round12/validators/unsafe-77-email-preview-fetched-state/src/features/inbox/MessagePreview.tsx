import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabaseClient";

interface Props {
  messageId: string | null;
}

export function MessagePreview({ messageId }: Props) {
  const [subject, setSubject] = useState("");
  const [from, setFrom] = useState("");
  const [bodyHtml, setBodyHtml] = useState("");

  useEffect(() => {
    if (!messageId) return;
    let cancelled = false;
    supabase
      .from("inbound_emails")
      .select("subject, from_address, html_body")
      .eq("id", messageId)
      .single()
      .then(({ data }) => {
        if (cancelled || !data) return;
        setSubject(data.subject);
        setFrom(data.from_address);
        setBodyHtml(data.html_body);
      });
    return () => {
      cancelled = true;
    };
  }, [messageId]);

  if (!messageId) {
    return <div className="p-8 text-center text-gray-400">Select a message</div>;
  }

  return (
    <div className="flex h-full flex-col">
      <div className="border-b p-4">
        <h2 className="font-semibold">{subject}</h2>
        <p className="text-sm text-gray-500">{from}</p>
      </div>
      <div className="flex-1 overflow-auto p-4" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </div>
  );
}
