import { Initial1795440228881 } from './1795440228881-Initial';

// Every migration, in order. `npm run migration:generate -- <Name>` writes a new file; add it here.
export const MIGRATIONS: Function[] = [Initial1795440228881];
