create or replace function public.get_member_emails()
returns table (id uuid, email text, last_sign_in_at timestamptz)
language sql
security definer
set search_path = public
as $$
  select u.id, u.email::text, u.last_sign_in_at
  from auth.users u
  order by u.created_at desc;
$$;

grant execute on function public.get_member_emails() to anon, authenticated;
