create or replace function public.search_contacts(term text)
returns setof public.contacts
language plpgsql
security definer
set search_path = public
as $$
begin
  return query execute
    'select * from public.contacts where owner_id = ''' || auth.uid() || ''' and (name ilike ''%' || term || '%'' or email ilike ''%' || term || '%'')';
end;
$$;

grant execute on function public.search_contacts(text) to authenticated;
