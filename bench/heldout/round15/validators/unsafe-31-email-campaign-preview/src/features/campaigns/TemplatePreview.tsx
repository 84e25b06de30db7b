import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api";

export function TemplatePreview({ templateId }: { templateId: string }) {
  const { data, isLoading } = useQuery({
    queryKey: ["template", templateId],
    queryFn: () => api.get<{ subject: string; html: string }>(`/templates/${templateId}`),
  });

  if (isLoading || !data) return <div className="h-96 animate-pulse bg-gray-100" />;

  return (
    <div className="space-y-2">
      <p className="font-medium">Subject: {data.subject}</p>
      <iframe title="Email preview" className="h-[600px] w-full border" srcDoc={data.html} />
    </div>
  );
}
