import { useQuery } from '@tanstack/react-query'
import { supabase } from '@/lib/supabase'

export function useOrderSearch(term: string) {
  return useQuery({
    queryKey: ['orders', 'search', term],
    enabled: term.length > 1,
    queryFn: async () => {
      const { data, error } = await supabase.rpc('search_my_orders', { term })
      if (error) throw error
      return data
    },
  })
}
