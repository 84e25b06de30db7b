import { Markdown } from "./Markdown";

export function ReviewCard({ review }: { review: { author: string; rating: number; body: string } }) {
  return (
    <div className="rounded-lg border p-4">
      <div className="flex items-center justify-between">
        <span className="font-medium">{review.author}</span>
        <span aria-label={`${review.rating} out of 5`}>{"★".repeat(review.rating)}</span>
      </div>
      <div className="prose prose-sm mt-2">
        <Markdown source={review.body} />
      </div>
    </div>
  );
}
