import { z } from 'zod';

/**
 * What a signed-in person may do: a reader reads (needed when READ_ACCESS=signed-in),
 * an editor also drafts, a reviewer also publishes, rejects and reverts, an admin also manages accounts.
 */
export const Role = z.enum(['reader', 'editor', 'reviewer', 'admin']).meta({
  id: 'Role',
  description: 'reader < editor < reviewer < admin: each may do what the one before may',
});
export type Role = z.infer<typeof Role>;

export const AccountName = z
  .string()
  .trim()
  .min(2, 'A user name has at least 2 characters')
  .max(64, 'A user name has at most 64 characters')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'Use letters, digits and . _ @ - in a user name (no spaces)');

export const Password = z
  .string()
  .min(10, 'A password has at least 10 characters')
  .max(256, 'A password has at most 256 characters');

export const User = z
  .object({ id: z.string(), name: z.string(), role: Role })
  .meta({ id: 'User', description: 'A signed-in person' });
export type User = z.infer<typeof User>;

export const Session = z
  .object({
    user: User.nullable(),
    csrfToken: z
      .string()
      .nullable()
      .meta({ description: 'Send it as the X-CSRF-Token header on every write' }),
    readAccess: z.enum(['open', 'signed-in']),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const LoginRequest = z.object({ name: AccountName, password: z.string().min(1).max(256) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const FirstAdminRequest = z.object({
  token: z.string().min(16).max(200),
  name: AccountName,
  password: Password,
});
export type FirstAdminRequest = z.infer<typeof FirstAdminRequest>;

export const Account = z
  .object({
    id: z.string(),
    name: z.string(),
    role: Role,
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;

export const AccountList = z.object({ accounts: z.array(Account) });
export type AccountList = z.infer<typeof AccountList>;

export const NewAccountRequest = z.object({ name: AccountName, password: Password, role: Role });
export type NewAccountRequest = z.infer<typeof NewAccountRequest>;

export const AccountUpdateRequest = z
  .object({ role: Role.optional(), disabled: z.boolean().optional() })
  .refine((u) => u.role !== undefined || u.disabled !== undefined, 'Give a role or disabled');
export type AccountUpdateRequest = z.infer<typeof AccountUpdateRequest>;

export const Done = z.object({ ok: z.literal(true) });
