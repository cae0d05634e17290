import type { Migration } from './types';
import { initial } from './001-initial';
import { ledgerSearch } from './002-ledger-search';
import { keyProjects } from './003-key-projects';
import { performanceIndexes } from './004-performance-indexes';
import { meetingTypeHidden } from './005-meeting-type-hidden';
import { complianceCoveringIndex } from './006-compliance-covering-index';
import { evidenceByDuty } from './007-evidence-by-duty';
import { closedYearGuards } from './009-closed-year-guards';
import { dutyMeasure } from './010-duty-measure';
import { evidenceDuration } from './011-evidence-duration';

/** Ordered, append-only (versions increase; 008 was reserved for work that did not need it). The last entry's version is the schema version of this app. */
export const MIGRATIONS: readonly Migration[] = [initial, ledgerSearch, keyProjects, performanceIndexes, meetingTypeHidden, complianceCoveringIndex, evidenceByDuty, closedYearGuards, dutyMeasure, evidenceDuration];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
