import type { UserEntity } from '../auth/user.entity';

export const personOf = (user: UserEntity | undefined): { id: string; displayName: string } | null =>
  user ? { id: user.id, displayName: user.displayName } : null;
