import type { ReactNode } from "react";

const business = {
  "@context": "https://schema.org",
  "@type": "Bakery",
  name: "Crumb & Crust",
  address: { "@type": "PostalAddress", streetAddress: "12 Mill Lane", addressLocality: "Bristol" },
  openingHours: "Tu-Su 07:00-15:00",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(business).replace(/</g, "\\u003c") }}
        />
      </head>
      <body>{children}</body>
    </html>
  );
}
