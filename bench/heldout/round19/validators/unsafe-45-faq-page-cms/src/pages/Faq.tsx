import { useQuery } from "@tanstack/react-query";
import { supabase } from "@/integrations/supabase/client";
import { clean } from "@/lib/clean";

export default function Faq() {
  const { data } = useQuery({
    queryKey: ["faq"],
    queryFn: async () => (await supabase.from("faq_entries").select("id, question, answer_html")).data ?? [],
  });

  return (
    <div className="mx-auto max-w-2xl divide-y">
      {data?.map((f) => (
        <details key={f.id} className="py-3">
          <summary className="font-medium">{f.question}</summary>
          <div dangerouslySetInnerHTML={{ __html: clean(f.answer_html) }} />
        </details>
      ))}
    </div>
  );
}
