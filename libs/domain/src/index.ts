export * from './errors';
export * from './lifecycle';
export * from './permissions';
export * from './process';
export * from './password';
export * from './charter';
export * from './agreements';
export * from './stakeholders';
