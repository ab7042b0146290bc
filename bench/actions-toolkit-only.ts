/**
 * A bundle of `@actions/core` and `@actions/github` and nothing else, for `npm run bench` only:
 * what loading the toolkit the action needs before its first request costs by itself (its HTTP
 * client loads undici at start), so that the action's cold start can be split into what
 * plancheck's own code adds and what it cannot avoid.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';

process.exitCode = typeof core.getInput === 'function' && typeof github.getOctokit === 'function' ? 0 : 1;
