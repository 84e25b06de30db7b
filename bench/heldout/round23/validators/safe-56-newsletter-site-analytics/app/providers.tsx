'use client'

import posthog from 'posthog-js'
import { PostHogProvider } from 'posthog-js/react'
import { useEffect } from 'react'

export function Providers({ children }: { children: React.ReactNode }) {
  useEffect(() => {
    posthog.init('phc_IS3TvTY8WD2VQqdE1bB8R5ABl2U5JvzFnf3ptMeAYjr', {
      api_host: 'https://us.i.posthog.com',
      person_profiles: 'identified_only',
      capture_pageview: false,
    })
  }, [])

  return <PostHogProvider client={posthog}>{children}</PostHogProvider>
}
