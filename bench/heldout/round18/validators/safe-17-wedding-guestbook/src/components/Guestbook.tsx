import type { Entry } from "../types";

export function Guestbook({ entries }: { entries: Entry[] }) {
  return (
    <ol className="space-y-3">
      {entries.map((e) => (
        <li key={e.id}>
          <strong>{e.name}</strong>
          <p className="whitespace-pre-wrap">{e.message}</p>
          {e.website && /^https?:\/\//.test(e.website) ? (
            <a href={e.website} rel="nofollow noopener" target="_blank">
              website
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
