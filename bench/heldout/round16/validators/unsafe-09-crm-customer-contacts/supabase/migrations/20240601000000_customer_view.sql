create or replace view public.customer_contacts as
  select p.id, p.full_name, u.email, p.phone, p.created_at
  from public.profiles p
  join auth.users u on u.id = p.id;

grant select on public.customer_contacts to anon, authenticated;
