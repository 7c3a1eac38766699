/**
 * Review workflows (issue 4), pure: chains as configuration, the state machine, assignment, inbox and
 * history. See docs/workflow.md.
 */
export * from './types.ts';
export * from './messages.ts';
export * from './chain.ts';
export * from './presets.ts';
export * from './assignment.ts';
export * from './fields.ts';
export * from './field-changes.ts';
export * from './machine.ts';
export * from './history.ts';
export * from './inbox.ts';
export * from './actions.ts';
export { commandFingerprint } from './fingerprint.ts';
