import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Le Petit Bistro",
  description: "Seasonal French cooking in the heart of Lyon.",
};

const organizationJsonLd = {
  "@context": "https://schema.org",
  "@type": "Restaurant",
  name: "Le Petit Bistro",
  servesCuisine: "French",
  address: {
    "@type": "PostalAddress",
    streetAddress: "12 Rue Mercière",
    addressLocality: "Lyon",
    postalCode: "69002",
    addressCountry: "FR",
  },
  priceRange: "€€",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: JSON.stringify(organizationJsonLd).replace(/</g, "\\u003c"),
          }}
        />
      </head>
      <body>{children}</body>
    </html>
  );
}
