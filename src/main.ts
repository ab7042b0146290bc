import * as core from '@actions/core';

/** The action's entry point. */
export async function run(): Promise<void> {
  core.setFailed('plancheck: the action is not built yet');
}
