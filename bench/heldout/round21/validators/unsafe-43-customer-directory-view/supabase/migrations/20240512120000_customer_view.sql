create view public.customer_directory as
  select p.id, p.full_name, p.phone, u.email, u.last_sign_in_at
  from public.profiles p
  join auth.users u on u.id = p.id;

grant select on public.customer_directory to anon, authenticated;
