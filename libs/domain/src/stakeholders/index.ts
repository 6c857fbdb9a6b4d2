/** The stakeholders capability: the process's stakeholder groups and the Design phase's register. */
export * from './groups';
export * from './register';
