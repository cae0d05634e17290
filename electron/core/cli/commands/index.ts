import type { Command } from '../command';
import { check } from './check';
import { demoGenerate } from './demo';
import { membersList } from './members';
import { meetingsList, printSheet } from './meetings';
import { planImport } from './plan';
import { dutiesStatus } from './duties';
import { auditVerify, backupCreate, backupRestore, backupVerify } from './backup';
import { recordsList } from './records';
import { exportReport } from './export';

/** Every CLI command; a feature adds its commands here. */
export const COMMANDS: Command[] = [membersList, meetingsList, printSheet, check, demoGenerate, planImport, dutiesStatus, backupCreate, backupVerify, backupRestore, auditVerify, recordsList, exportReport];
