export { inviteMember } from "./invites";
