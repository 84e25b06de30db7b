const HEART_ICON =
  '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M12 21s-7-4.4-9.5-9A5.5 5.5 0 0 1 12 6a5.5 5.5 0 0 1 9.5 6c-2.5 4.6-9.5 9-9.5 9z"/></svg>';

type Entry = { id: number; name: string; message: string; likes: number };

export function Guestbook({ entries }: { entries: Entry[] }) {
  return (
    <ul className="space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="rounded border p-3">
          <p className="font-semibold">{e.name}</p>
          <p className="whitespace-pre-wrap">{e.message}</p>
          <span className="inline-flex items-center gap-1 text-pink-600">
            <span dangerouslySetInnerHTML={{ __html: HEART_ICON }} />
            {e.likes}
          </span>
        </li>
      ))}
    </ul>
  );
}
