import { useQuery } from '@tanstack/react-query'

type Review = { id: string; author: string; rating: number; text: string }

async function fetchReviews(productId: string): Promise<Review[]> {
  const res = await fetch(`/api/products/${productId}/reviews`)
  if (!res.ok) throw new Error('Failed to load reviews')
  return res.json()
}

export function Reviews({ productId }: { productId: string }) {
  const { data: reviews = [], isLoading } = useQuery({
    queryKey: ['reviews', productId],
    queryFn: () => fetchReviews(productId),
  })

  if (isLoading) return <p>Loading reviews…</p>

  return (
    <ul className="space-y-4">
      {reviews.map((review) => (
        <li key={review.id} className="border-b pb-3">
          <div className="font-medium">
            {review.author} · {'★'.repeat(review.rating)}
          </div>
          <p dangerouslySetInnerHTML={{ __html: review.text.replace(/\n/g, '<br />') }} />
        </li>
      ))}
    </ul>
  )
}
