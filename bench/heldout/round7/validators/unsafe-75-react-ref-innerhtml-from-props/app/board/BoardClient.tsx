"use client";

import { useState } from "react";
import { Toast } from "@/components/Toast";

export function BoardClient({ initialCards }: { initialCards: { id: string; title: string }[] }) {
  const [cards, setCards] = useState(initialCards);
  const [toast, setToast] = useState<string | null>(null);

  async function remove(id: string) {
    const card = cards.find((c) => c.id === id);
    await fetch(`/api/cards/${id}`, { method: "DELETE" });
    setCards((cs) => cs.filter((c) => c.id !== id));
    setToast(`Deleted <b>${card?.title}</b>`);
  }

  return (
    <div>
      {cards.map((c) => (
        <div key={c.id}>
          {c.title} <button onClick={() => remove(c.id)}>×</button>
        </div>
      ))}
      {toast && <Toast message={toast} onClose={() => setToast(null)} />}
    </div>
  );
}
