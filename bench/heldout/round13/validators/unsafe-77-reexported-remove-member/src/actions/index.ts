export { removeMember, inviteMember } from "./team";
export { updateAvatar } from "./profile";
