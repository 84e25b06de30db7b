import type { ReactNode } from "react";

const business = {
  "@context": "https://schema.org",
  "@type": "Bakery",
  name: "Crumb & Co.",
  address: { "@type": "PostalAddress", streetAddress: "12 Mill Lane", addressLocality: "Bristol" },
  openingHours: "Tu-Sa 07:00-15:00",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(business).replace(/</g, "\\u003c") }}
        />
      </body>
    </html>
  );
}
