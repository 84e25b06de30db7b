import { cleanHtml } from "../utils/clean";

interface Props {
  review: { author: string; rating: number; text: string };
}

export function ReviewCard({ review }: Props) {
  return (
    <div className="review-card">
      <strong>{review.author}</strong> <span>{"★".repeat(review.rating)}</span>
      <p dangerouslySetInnerHTML={{ __html: cleanHtml(review.text) }} />
    </div>
  );
}
