alter table public.loans disable trigger loans_touch;
update public.loans set due_on = due_on + 7 where returned_at is null and due_on < '2025-04-20';
alter table public.loans enable trigger loans_touch;
