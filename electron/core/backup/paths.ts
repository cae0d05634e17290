// Names inside the data folder (the folder holding luoshi.db).

/** Content-addressed attachment files: attachments/<sha256[0:2]>/<sha256>. */
export const ATTACHMENTS_DIR = 'attachments';
/** Automatic plain snapshots and pre-restore copies. */
export const SNAPSHOT_DIR = 'snapshots';
