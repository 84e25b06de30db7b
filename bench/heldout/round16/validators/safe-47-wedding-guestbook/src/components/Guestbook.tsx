type Entry = { id: string; name: string; message: string; created_at: string };

export function Guestbook({ entries }: { entries: Entry[] }) {
  return (
    <ol className="space-y-4">
      {entries.map((e) => (
        <li key={e.id} className="rounded border p-4">
          <p className="whitespace-pre-wrap">{e.message}</p>
          <p className="mt-2 text-xs text-gray-500">
            {e.name} · {new Date(e.created_at).toLocaleDateString()}
          </p>
        </li>
      ))}
    </ol>
  );
}
