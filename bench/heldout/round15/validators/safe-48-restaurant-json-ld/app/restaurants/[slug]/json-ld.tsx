type Restaurant = {
  name: string;
  address: string;
  phone: string;
  cuisine: string;
  rating: number;
};

export function RestaurantJsonLd({ r }: { r: Restaurant }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Restaurant",
    name: r.name,
    address: r.address,
    telephone: r.phone,
    servesCuisine: r.cuisine,
    aggregateRating: { "@type": "AggregateRating", ratingValue: r.rating },
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
