/**
 * plan-required: raised by the action, not over a document: the pull request changes files the
 * configuration's `require.when-changed` names and adds, changes or references no plan.
 */
export declare const planRequired: import("./rule.js").Rule<"plan-required">;
