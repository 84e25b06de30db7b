import React from "react";
import StarRating from "./StarRating";

export default function ReviewItem({ review: { author, rating, body: text, createdAt } }) {
  const formatted = text.replace(/\n/g, "<br />");

  return (
    <li className="review-item">
      <div className="review-header">
        <strong>{author}</strong>
        <StarRating value={rating} readOnly />
        <time dateTime={createdAt}>{new Date(createdAt).toLocaleDateString()}</time>
      </div>
      <p className="review-body" dangerouslySetInnerHTML={{ __html: formatted }} />
    </li>
  );
}

export function ReviewList({ reviews }) {
  if (!reviews.length) {
    return <p className="muted">No reviews yet. Be the first!</p>;
  }
  return (
    <ul className="review-list">
      {reviews.map((r) => (
        <ReviewItem key={r.id} review={r} />
      ))}
    </ul>
  );
}
