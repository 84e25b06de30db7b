import { sanitizeHtml } from "@/lib/sanitize";

export function AnnouncementBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div
      role="status"
      className="bg-amber-100 px-4 py-2 text-center text-sm"
      dangerouslySetInnerHTML={{ __html: sanitizeHtml(message) }}
    />
  );
}
