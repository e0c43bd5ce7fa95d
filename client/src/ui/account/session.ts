// Who is signed in, for every panel that shows or hides a write control.
// One holder for the page: the account menu changes it, the details'
// curation section and the review list follow it. The page's <body> carries
// the role (data-role) so CSS hides write controls from readers outright.
import type { Role, User } from '../../../../contract/index.js';
import { accountApi } from '../../api/curation.js';

const RANK: Record<Role, number> = { reader: 0, editor: 1, reviewer: 2, admin: 3 };

/** Whether `user` may do what `role` may (no one signed in may not). */
export const roleAtLeast = (user: User | null, role: Role) =>
  user !== null && RANK[user.role] >= RANK[role];

type Listener = (user: User | null) => void;

class AccountState {
  private user: User | null = null;
  private readonly listeners = new Set<Listener>();

  current(): User | null {
    return this.user;
  }

  /** Whether the signed-in person may do what `role` may (no one signed in may not). */
  can(role: Role): boolean {
    return roleAtLeast(this.user, role);
  }

  set(user: User | null): void {
    this.user = user;
    const body = document.body;
    if (user) body.dataset['role'] = user.role;
    else delete body.dataset['role'];
    // The CSS hides .needs-editor unless this is set: a reader never sees a write control.
    if (this.can('editor')) body.dataset['canEdit'] = 'true';
    else delete body.dataset['canEdit'];
    if (this.can('reviewer')) body.dataset['canReview'] = 'true';
    else delete body.dataset['canReview'];
    for (const fn of this.listeners) fn(user);
  }

  /** Asks the server who is signed in (the cookie is HttpOnly: the page cannot read it). */
  async refresh(): Promise<User | null> {
    try {
      this.set((await accountApi.session()).user);
    } catch {
      this.set(null);
    }
    return this.user;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

export const account = new AccountState();
