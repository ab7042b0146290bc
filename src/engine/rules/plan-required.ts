import { defineRule } from './rule.js';

/**
 * plan-required: raised by the action, not over a document: the pull request changes files the
 * configuration's `require.when-changed` names and adds, changes or references no plan.
 */
export const planRequired = defineRule({
  id: 'plan-required',
  description: 'The pull request changes files that need a plan and adds, changes or references none.',
  severity: 'error',
  leftover: false,
  // After an unreadable document: a plan that exists but cannot be read is the sharper news.
  priority: 0.5
});
