export * from './meetings';
export * from './quorum';
export * from './decisions';
