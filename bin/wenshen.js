#!/usr/bin/env node
// Runs the wenshen CLI from its TypeScript source through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
