create or replace function public.search_tenants(q text)
returns table (id uuid, full_name text, email text, phone text, unit text)
language plpgsql
security definer
set search_path = ''
as $$
begin
  return query
    select t.id, t.full_name, t.email, t.phone, t.unit
    from public.tenants t
    where t.full_name ilike '%' || q || '%' or t.email ilike '%' || q || '%'
    limit 20;
end;
$$;

grant execute on function public.search_tenants(text) to anon, authenticated;
