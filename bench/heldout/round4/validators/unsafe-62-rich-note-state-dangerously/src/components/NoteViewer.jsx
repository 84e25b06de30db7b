import { useEffect, useState } from "react";

export default function NoteViewer({ noteId }) {
  const [note, setNote] = useState(null);
  const [error, setError] = useState("");

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/notes/${noteId}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(r.statusText)))
      .then((data) => !cancelled && setNote(data))
      .catch(() => setError("Could not load note"));
    return () => {
      cancelled = true;
    };
  }, [noteId]);

  if (error) return <p className="error">{error}</p>;
  if (!note) return <p>Loading…</p>;

  return (
    <section className="note">
      <h2>{note.title}</h2>
      <div className="note-body" dangerouslySetInnerHTML={{ __html: note.html }} />
      <footer>Last edited by {note.lastEditedBy}</footer>
    </section>
  );
}
