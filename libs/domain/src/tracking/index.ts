/** The tracking capability of the Implement phase: milestones, costs, progress and report-back dates. */
export * from './milestones';
export * from './costs';
export * from './progress';
