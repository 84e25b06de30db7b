type Review = { id: string; author: string; rating: number; body: string };

export function ReviewCard({ review }: { review: Review }) {
  return (
    <div className="rounded-lg border p-4">
      <div className="flex items-center justify-between">
        <span className="font-medium">{review.author}</span>
        <span aria-label={`${review.rating} stars`}>{"★".repeat(review.rating)}</span>
      </div>
      <p className="mt-2 text-sm" dangerouslySetInnerHTML={{ __html: review.body }} />
    </div>
  );
}
