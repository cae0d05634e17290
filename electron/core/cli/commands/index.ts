import type { Command } from '../command';
import { check } from './check';
import { demoGenerate } from './demo';
import { membersList } from './members';

/** Every CLI command; a feature adds its commands here. */
export const COMMANDS: Command[] = [membersList, check, demoGenerate];
