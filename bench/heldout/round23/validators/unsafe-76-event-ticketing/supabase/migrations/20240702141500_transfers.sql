create table public.ticket_transfers (
  like public.tickets including all,
  from_holder_id uuid not null references auth.users (id),
  transferred_at timestamptz not null default now()
);

create or replace function public.transfer_ticket(p_ticket uuid, p_to uuid, p_to_email text)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  insert into public.ticket_transfers
    select t.*, auth.uid(), now() from public.tickets t
    where t.id = p_ticket and t.holder_id = auth.uid();
  update public.tickets set holder_id = p_to, holder_email = p_to_email
    where id = p_ticket and holder_id = auth.uid();
end;
$$;
