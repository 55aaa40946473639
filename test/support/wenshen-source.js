#!/usr/bin/env node
// Runs the wenshen CLI from its TypeScript sources through tsx, so CLI tests exercise the code as it is, not a build.
import { register } from 'tsx/esm/api';

register();
await import('../../src/cli.ts');
