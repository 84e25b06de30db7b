import type { ReactNode } from 'react'

const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: 'Crumbs Bakery',
  url: 'https://crumbs.example',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd) }} />
        {children}
      </body>
    </html>
  )
}
