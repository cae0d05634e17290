// Data safety: encrypted backups, verification, restore, and automatic plain snapshots.
export { createBackup, type CreateBackupOptions } from './create';
export type { BuildResult as BackupResult } from './build';
export { verifyBackup, verifyContainerFile, type VerifyResult } from './verify';
export { restoreBackup, RESTORE_STEPS, type LiveData, type RestoreOptions, type RestoreOutcome, type RestoreStep, type RestoreSummary, type RestoreTarget } from './restore';
export { takeSnapshot, listSnapshots, DEFAULT_KEEP, type SnapshotInfo } from './snapshots';
export type { Manifest, ManifestFile } from './manifest';
export type { Progress } from './io';
