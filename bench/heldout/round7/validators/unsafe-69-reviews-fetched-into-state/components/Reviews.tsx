"use client";

import { useEffect, useState } from "react";
import { Star } from "lucide-react";

type Review = { id: string; rating: number; text: string; author: string };

export function Reviews({ productId }: { productId: string }) {
  const [reviews, setReviews] = useState<Review[]>([]);

  useEffect(() => {
    fetch(`/api/products/${productId}/reviews`)
      .then((r) => r.json())
      .then(setReviews);
  }, [productId]);

  return (
    <section className="space-y-4">
      <h2 className="text-xl font-semibold">Reviews</h2>
      {reviews.map((review) => (
        <div key={review.id} className="border-b pb-3">
          <div className="flex gap-1">
            {Array.from({ length: review.rating }).map((_, i) => (
              <Star key={i} className="h-4 w-4 fill-yellow-400" />
            ))}
          </div>
          <p dangerouslySetInnerHTML={{ __html: review.text }} />
          <span className="text-xs text-gray-500">— {review.author}</span>
        </div>
      ))}
    </section>
  );
}
