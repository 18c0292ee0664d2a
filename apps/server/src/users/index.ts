export { createUser, getUser, listUsers, updateUser } from "./service.ts";
