export * from './pre-assessment.ts';
