import { useQuery } from "@tanstack/react-query";
import { Star } from "lucide-react";

type Review = { id: string; author: string; rating: number; body: string };

export function ReviewList({ productId }: { productId: string }) {
  const { data: reviews = [], isLoading } = useQuery({
    queryKey: ["reviews", productId],
    queryFn: async (): Promise<Review[]> => {
      const res = await fetch(`/api/products/${productId}/reviews`);
      if (!res.ok) throw new Error("Failed to load reviews");
      return res.json();
    },
  });

  if (isLoading) return <p>Loading reviews…</p>;

  return (
    <ul className="space-y-6">
      {reviews.map((r) => (
        <li key={r.id}>
          <div className="flex items-center gap-1">
            {Array.from({ length: r.rating }).map((_, i) => (
              <Star key={i} className="h-4 w-4 fill-yellow-400 text-yellow-400" />
            ))}
            <span className="ml-2 text-sm font-medium">{r.author}</span>
          </div>
          <p className="mt-1 text-sm" dangerouslySetInnerHTML={{ __html: r.body }} />
        </li>
      ))}
    </ul>
  );
}
