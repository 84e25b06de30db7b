import { useState } from "react";

const FLIP_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2"><path d="M3 12a9 9 0 0 1 15-6.7L21 8"/><path d="M21 3v5h-5"/></svg>';

interface FlashcardProps {
  front: string;
  back: string;
  onAnswer: (correct: boolean) => void;
}

export function Flashcard({ front, back, onAnswer }: FlashcardProps) {
  const [flipped, setFlipped] = useState(false);

  return (
    <div className="flex flex-col items-center gap-4">
      <button
        type="button"
        onClick={() => setFlipped((f) => !f)}
        className="flex h-48 w-80 items-center justify-center rounded-2xl border bg-white p-6 text-center text-xl shadow"
      >
        {flipped ? back : front}
      </button>
      <div className="flex gap-2">
        <button type="button" onClick={() => setFlipped((f) => !f)} aria-label="Flip card">
          <span dangerouslySetInnerHTML={{ __html: FLIP_ICON }} />
        </button>
        {flipped && (
          <>
            <button type="button" onClick={() => onAnswer(false)}>Missed it</button>
            <button type="button" onClick={() => onAnswer(true)}>Got it</button>
          </>
        )}
      </div>
    </div>
  );
}
