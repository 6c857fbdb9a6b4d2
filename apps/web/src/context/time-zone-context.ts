import { createContext } from 'react';

/**
 * The time zone of the process being shown (`processes.timezone`), provided by the process page to all its tabs:
 * their instants are shown in it, labelled. Null outside a process, where times are the viewer's own.
 */
export const ProcessTimeZoneContext = createContext<string | null>(null);
